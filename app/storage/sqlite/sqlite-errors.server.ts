import { UniqueConstraintError } from "../store.server";

/** Turns SQLite's "UNIQUE constraint failed: users.email" into a domain error. */
export function rethrowUnique(error: unknown): never {
  if (error instanceof Error && "code" in error && error.code === "SQLITE_CONSTRAINT_UNIQUE") {
    const match = /UNIQUE constraint failed: \w+\.(\w+)/.exec(error.message);
    throw new UniqueConstraintError(match?.[1] ?? "value");
  }
  throw error;
}
