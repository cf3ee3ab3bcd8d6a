import { data } from "react-router";

import type { FieldErrors } from "~/platform/http/forms";
import { RateLimitedError } from "~/platform/rate-limit.server";

export interface FormFailure {
  fieldErrors: FieldErrors;
  formErrors: string[];
  values: Record<string, string>;
}

/** A form's errors, with status 400 unless said otherwise. Never echoes passwords. */
export function formFailure(failure: Partial<FormFailure>, status = 400, headers?: HeadersInit) {
  return data<FormFailure>(
    { fieldErrors: failure.fieldErrors ?? {}, formErrors: failure.formErrors ?? [], values: failure.values ?? {} },
    { status, headers },
  );
}

export function rateLimitedFailure(error: RateLimitedError, values: Record<string, string> = {}) {
  return formFailure({ formErrors: [error.message], values }, 429, {
    "Retry-After": String(error.retryAfterSeconds),
  });
}

export const HONEYPOT_MESSAGE = "This form could not be sent. Please reload the page and try again.";

export { RateLimitedError };
