import type { z } from "zod";

export type FieldErrors = Record<string, string[] | undefined>;

export type FormResult<T> =
  { success: true; data: T } | { success: false; fieldErrors: FieldErrors; formErrors: string[] };

/** Validates FormData with a zod schema; errors come back keyed by field name. */
export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): FormResult<z.output<S>> {
  const values: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of formData) {
    if (!(key in values)) values[key] = value;
  }
  const result = schema.safeParse(values);
  if (result.success) return { success: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    if (typeof key === "string") (fieldErrors[key] ??= []).push(issue.message);
    else formErrors.push(issue.message);
  }
  return { success: false, fieldErrors, formErrors };
}

/** The non-secret values a form should get back after a failed submit. */
export function pickValues(formData: FormData, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = formData.get(key);
    if (typeof value === "string") out[key] = value.slice(0, 500);
  }
  return out;
}
