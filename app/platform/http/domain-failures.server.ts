import type { SchedulingFailure, SchedulingFailureReason } from "~/modules/scheduling/scheduling-failures";
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
  "already-hosting": 409,
  "seated-elsewhere": 409,
  changed: 409,
  "same-problem": 400,
  "proposal-pending": 409,
  "proposal-gone": 409,
  "own-proposal": 403,
};

const SCHEDULING_STATUS: Record<SchedulingFailureReason, 400 | 403 | 404 | 409 | 410 | 429> = {
  "not-found": 404,
  "not-member": 404,
  "not-host": 403,
  "not-partner": 400,
  cancelled: 410,
  "already-open": 409,
  full: 409,
  "password-required": 403,
  "wrong-password": 403,
  "bad-time": 400,
  "too-early": 409,
  "unknown-problem": 400,
  "rate-limited": 429,
  "seated-elsewhere": 409,
  "room-ended": 410,
};

export const failureStatus = (failure: Pick<SessionFailure, "reason"> | Pick<SchedulingFailure, "reason">) =>
  failure.reason in STATUS
    ? STATUS[failure.reason as SessionFailureReason]
    : SCHEDULING_STATUS[failure.reason as SchedulingFailureReason];

/** A failed rule as a form answer: the message next to its field (or above the form), `Retry-After` on 429. */
export function failureResponse(failure: SessionFailure | SchedulingFailure, values?: Record<string, string>) {
  const headers = failure.retryAfterSeconds ? { "Retry-After": String(failure.retryAfterSeconds) } : undefined;
  const link = failure.openSessionId
    ? { href: `/sessions/${failure.openSessionId}`, label: "Go to your open session" }
    : undefined;
  const errors = failure.field
    ? { fieldErrors: { [failure.field]: [failure.message] }, values, link }
    : { formErrors: [failure.message], values, link };
  return formFailure(errors, failureStatus(failure), headers);
}

/** A failed rule as a thrown Response (loaders and resource routes). */
export function failureAsResponse(failure: SessionFailure): Response {
  return Response.json(
    { error: failure.message },
    { status: failureStatus(failure), headers: { "Cache-Control": "no-store" } },
  );
}
