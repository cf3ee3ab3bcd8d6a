import { UniqueConstraintError } from "../store.server";

const FIELD_OF_KEY: Record<string, string> = { usernameKey: "username", emailKey: "email" };

export function isDuplicateKey(error: unknown): error is { code: 11000; keyPattern?: Record<string, unknown> } {
  return Boolean(error && typeof error === "object" && "code" in error && error.code === 11000);
}

/** Turns MongoDB's duplicate-key error (E11000) into the domain's UniqueConstraintError. */
export function rethrowDuplicate(error: unknown): never {
  if (isDuplicateKey(error)) {
    const key = Object.keys(error.keyPattern ?? {})[0] ?? "value";
    throw new UniqueConstraintError(FIELD_OF_KEY[key] ?? key);
  }
  throw error;
}
