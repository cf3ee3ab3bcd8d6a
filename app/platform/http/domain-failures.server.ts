import type { SessionFailure, SessionFailureReason } from "~/modules/sessions/session-failures";
import { formFailure } from "~/platform/http/form-responses.server";

/** The one place a domain failure becomes an HTTP status. */
const STATUS: Record<SessionFailureReason, 400 | 403 | 404 | 409 | 410 | 429> = {
  "not-found": 404,
  "not-seated": 403,
  "not-host": 403,
  ended: 410,
  full: 409,
  "password-required": 403,
  "wrong-password": 403,
  "unknown-problem": 400,
  "rate-limited": 429,
  changed: 409,
};

export const failureStatus = (failure: Pick<SessionFailure, "reason">) => STATUS[failure.reason];

/** A failed rule as a form answer: the message next to its field (or above the form), `Retry-After` on 429. */
export function failureResponse(failure: SessionFailure, values?: Record<string, string>) {
  const headers = failure.retryAfterSeconds ? { "Retry-After": String(failure.retryAfterSeconds) } : undefined;
  const errors = failure.field
    ? { fieldErrors: { [failure.field]: [failure.message] }, values }
    : { formErrors: [failure.message], values };
  return formFailure(errors, failureStatus(failure), headers);
}

/** A failed rule as a thrown Response (loaders and resource routes). */
export function failureAsResponse(failure: SessionFailure): Response {
  return Response.json(
    { error: failure.message },
    { status: failureStatus(failure), headers: { "Cache-Control": "no-store" } },
  );
}
