/** The session timer's choices, zod-free so the lobby's form can list them without zod. */
export const TIMER_MINUTES = [15, 30, 45, 60, 90] as const;
