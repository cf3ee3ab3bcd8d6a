/**
 * The worker's last argument, for Python: start cold, take a memory snapshot (written to
 * fd 3, then exit), or any other value: start from the snapshot in that file. Kept apart
 * from the protocol so the worker bundle does not carry zod for two strings.
 */
export const SNAPSHOT_NONE = "-";
export const SNAPSHOT_MAKE = "make-snapshot";
