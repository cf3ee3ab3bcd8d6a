import { data } from "react-router";

import { RateLimitedError } from "~/security/rate-limit.server";

import type { FieldErrors } from "./forms";

export interface FormFailure {
  fieldErrors: FieldErrors;
  formErrors: string[];
  values: Record<string, string>;
  /** A page that resolves the error (e.g. the open session that blocks a new one). */
  link?: { href: string; label: string };
}

/** A form's errors, with status 400 unless said otherwise. Never echoes passwords. */
export function formFailure(failure: Partial<FormFailure>, status = 400, headers?: HeadersInit) {
  return data<FormFailure>(
    {
      fieldErrors: failure.fieldErrors ?? {},
      formErrors: failure.formErrors ?? [],
      values: failure.values ?? {},
      ...(failure.link ? { link: failure.link } : {}),
    },
    { status, headers },
  );
}

export function rateLimitedFailure(error: RateLimitedError, values: Record<string, string> = {}) {
  return formFailure({ formErrors: [error.message], values }, 429, {
    "Retry-After": String(error.retryAfterSeconds),
  });
}

/** A refused session action as a form failure: Retry-After on 429, a link to the blocking session. */
export function sessionFailure(
  result: { status: number; message: string; field?: string; retryAfterSeconds?: number; openSessionId?: string },
  values: Record<string, string> = {},
) {
  const headers = result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : undefined;
  const link = result.openSessionId
    ? { href: `/sessions/${result.openSessionId}`, label: "Go to your open session" }
    : undefined;
  return result.field
    ? formFailure({ fieldErrors: { [result.field]: [result.message] }, values, link }, result.status, headers)
    : formFailure({ formErrors: [result.message], values, link }, result.status, headers);
}

export const HONEYPOT_MESSAGE = "This form could not be sent. Please reload the page and try again.";

export { RateLimitedError };
