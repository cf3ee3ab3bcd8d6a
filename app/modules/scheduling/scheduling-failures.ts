/**
 * Why a scheduling rule refused, in the domain's words; `platform/http/domain-failures`
 * maps each reason to an HTTP status.
 */
export type SchedulingFailureReason =
  | "not-found"
  | "not-member"
  | "not-host"
  | "not-partner"
  | "cancelled"
  | "already-open"
  | "full"
  | "password-required"
  | "wrong-password"
  | "bad-time"
  | "too-early"
  | "unknown-problem"
  | "rate-limited"
  | "seated-elsewhere"
  | "room-ended";

export interface SchedulingFailure {
  ok: false;
  reason: SchedulingFailureReason;
  message: string;
  field?: "password" | "startsAt" | "problem" | "partner" | "time";
  retryAfterSeconds?: number;
  /** The caller's own open session, when that is why the room cannot open for them. */
  openSessionId?: string;
}

export type SchedulingResult<T = object> = ({ ok: true } & T) | SchedulingFailure;

export const SCHEDULING_MESSAGES = {
  "not-found": "We could not find that scheduled session",
  "not-member": "This scheduled session is not yours",
  "not-host": "Only the person who scheduled it can change it",
  "not-partner": "Choose one of your practice partners",
  cancelled: "This scheduled session was cancelled",
  "already-open": "This session has already started and can no longer be changed",
  full: "Someone has already reserved the other seat",
  "password-required": "Enter the session's password",
  "wrong-password": "Wrong password",
  "bad-time": "Choose a time in the future (within 90 days)",
  "too-early": "The room opens 10 minutes before the start",
  "unknown-problem": "Choose a problem from the list",
  "rate-limited": "Too many attempts. Please wait a moment.",
  "seated-elsewhere":
    "You are still in another session, and a person can sit in only one open session at a time. Leave it, then open this one.",
  "room-ended": "The room of this scheduled session has ended",
} as const satisfies Record<SchedulingFailureReason, string>;

export function schedulingFailure(
  reason: SchedulingFailureReason,
  extra: Partial<Pick<SchedulingFailure, "message" | "field" | "retryAfterSeconds" | "openSessionId">> = {},
): SchedulingFailure {
  return { ok: false, reason, message: SCHEDULING_MESSAGES[reason], ...extra };
}
