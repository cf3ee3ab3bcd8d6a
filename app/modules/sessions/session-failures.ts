/**
 * Why a session rule refused, in the domain's words. Routes map a reason to an HTTP
 * status (`failureStatus` in platform/http), socket handlers answer the message.
 */
export type SessionFailureReason =
  | "not-found"
  | "not-seated"
  | "not-host"
  | "ended"
  | "full"
  | "password-required"
  | "wrong-password"
  | "unknown-problem"
  | "rate-limited"
  | "already-hosting"
  | "seated-elsewhere"
  | "changed"
  | "same-problem"
  | "proposal-pending"
  | "proposal-gone"
  | "own-proposal";

export interface SessionFailure {
  ok: false;
  reason: SessionFailureReason;
  message: string;
  field?: "password" | "problem";
  retryAfterSeconds?: number;
  /** The caller's own open session, when that is why they cannot create or join this one. */
  openSessionId?: string;
}

export type SessionResult<T = object> = ({ ok: true } & T) | SessionFailure;

export const SESSION_MESSAGES = {
  "not-found": "We could not find that session",
  "not-seated": "You are not in this session",
  "not-host": "Only the host can end the session for both of you",
  ended: "This session has ended",
  full: "This session is full",
  "password-required": "Enter the session's password",
  "wrong-password": "Wrong password",
  "unknown-problem": "Choose a problem from the list",
  "rate-limited": "Too many attempts. Please wait a moment.",
  "already-hosting": "You already have an open session. Go back to it, or leave it before starting another.",
  "seated-elsewhere": "You are already in another session. Leave it before joining this one.",
  changed: "The session changed while you were leaving. Please try again.",
  "same-problem": "That is already the session's problem",
  "proposal-pending": "Your partner has proposed a problem: answer it first",
  "proposal-gone": "That proposal is no longer open",
  "own-proposal": "Your partner answers your proposal",
} as const satisfies Record<SessionFailureReason, string>;

export function sessionFailure(
  reason: SessionFailureReason,
  extra: Partial<Pick<SessionFailure, "message" | "field" | "retryAfterSeconds" | "openSessionId">> = {},
): SessionFailure {
  return { ok: false, reason, message: SESSION_MESSAGES[reason], ...extra };
}
