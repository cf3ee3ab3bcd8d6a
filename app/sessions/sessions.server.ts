import crypto from "node:crypto";

import bcrypt from "bcryptjs";
import type { RateLimiterAbstract } from "rate-limiter-flexible";

import { getEnv } from "~/config/env.server";
import { getProblem, listProblems } from "~/problems/problem-bank.server";
import type { Difficulty } from "~/problems/problem-schema";
import { announce, realtimeBus } from "~/realtime/realtime-bus.server";
import { consume, limiters, RateLimitedError, refund } from "~/security/rate-limit.server";
import { getStore } from "~/storage/index.server";
import { AlreadySeatedError, type PracticeSession, type SessionMember, type User } from "~/storage/store.server";

import { openLobbySessions } from "./lobby-list.server";
import { emitSessionLifecycle } from "./session-lifecycle.server";

/**
 * The sessions domain: who may create, join, leave and end, and what each person sees.
 * Seat changes happen in storage as single conditional updates; this module decides which
 * to call and turns outcomes into messages. Password hashes never leave it.
 */

export type SessionFailure = {
  ok: false;
  status: 400 | 403 | 404 | 409 | 410 | 429;
  message: string;
  field?: "password" | "problem";
  retryAfterSeconds?: number;
  /** The caller's own open session, when that is why they cannot create or join this one. */
  openSessionId?: string;
};
export type SessionResult<T = object> = ({ ok: true } & T) | SessionFailure;

const fail = (status: SessionFailure["status"], message: string, field?: SessionFailure["field"]): SessionFailure => ({
  ok: false,
  status,
  message,
  field,
});

export const SESSION_ENDED = "This session has ended";
export const SESSION_FULL = "This session is full";
export const WRONG_PASSWORD = "Wrong password";
export const ALREADY_HOSTING = "You already have an open session. Go back to it, or leave it before starting another.";
export const SEATED_ELSEWHERE = "You are already in another session. Leave it before joining this one.";

const seatedIn = (message: string, openSessionId: string): SessionFailure => ({
  ...fail(409, message),
  openSessionId,
});

const limited = (error: RateLimitedError, field?: SessionFailure["field"]): SessionFailure => ({
  ...fail(429, error.message, field),
  retryAfterSeconds: error.retryAfterSeconds,
});

/** A participant counts as present if seen this recently (page heartbeat or socket). */
export const PRESENCE_WINDOW_MS = 30_000;

export function newSessionId(): string {
  return crypto.randomBytes(16).toString("base64url");
}

function pickProblem(problem: string, difficulty: Difficulty | "" | undefined): string | null {
  if (problem !== "random") return getProblem(problem) ? problem : null;
  const pool = listProblems().filter((p) => !difficulty || p.difficulty === difficulty);
  if (pool.length === 0) return null;
  return pool[crypto.randomInt(pool.length)]!.slug;
}

export async function createSession(
  host: User,
  input: { problem: string; difficulty?: Difficulty | ""; visibility: "public" | "private"; password?: string },
): Promise<SessionResult<{ id: string }>> {
  const slug = pickProblem(input.problem, input.difficulty);
  if (!slug) return fail(400, "Choose a problem from the list", "problem");
  // One open session per user: the clear answer first; storage enforces it atomically below.
  const open = await getStore().sessions.findOpenForUser(host.id);
  if (open) return seatedIn(ALREADY_HOSTING, open.id);
  try {
    await consume(limiters.createSessionByUser, host.id, { reason: "You have started many sessions just now." });
  } catch (error) {
    if (error instanceof RateLimitedError) return limited(error);
    throw error;
  }
  const passwordHash =
    input.visibility === "private" && input.password ? await bcrypt.hash(input.password, getEnv().BCRYPT_COST) : null;
  let session: PracticeSession;
  try {
    session = await getStore().sessions.create({
      id: newSessionId(),
      hostId: host.id,
      problemSlug: slug,
      visibility: input.visibility,
      passwordHash,
    });
  } catch (error) {
    if (error instanceof AlreadySeatedError) return seatedIn(ALREADY_HOSTING, error.sessionId);
    throw error;
  }
  await emitSessionLifecycle({
    type: "created",
    sessionId: session.id,
    host: { id: host.id, username: host.username },
  });
  return { ok: true, id: session.id };
}

export type Role = "host" | "guest" | "visitor";

export function roleOf(session: PracticeSession, userId: string): Role {
  if (session.hostId === userId) return "host";
  if (session.guestId === userId) return "guest";
  return "visitor";
}

/**
 * Points are taken before bcrypt runs, so simultaneous guesses get no more checks than
 * the limits allow; a right password gives its points back. The session's own limits
 * are per address plus a high backstop, so strangers' guesses from elsewhere do not lock
 * the invited partner out.
 */
async function checkSessionPassword(
  user: User,
  session: PracticeSession,
  password: string | undefined,
  source: string,
): Promise<SessionFailure | null> {
  if (!password) return fail(403, "Enter the session's password", "password");
  const taken: Array<[RateLimiterAbstract, string]> = [];
  try {
    for (const [limiter, key, reason] of [
      [limiters.sessionPasswordByUser, user.id, "Too many wrong session passwords from your account."],
      [
        limiters.sessionPasswordBySessionAndIp,
        `${session.id}:${source}`,
        "Too many wrong passwords for this session from your network.",
      ],
      [limiters.sessionPasswordBySession, session.id, "Too many wrong passwords for this session."],
    ] as const) {
      await consume(limiter, key, { reason });
      taken.push([limiter, key]);
    }
  } catch (error) {
    if (error instanceof RateLimitedError) return limited(error, "password");
    throw error;
  }
  const valid = session.passwordHash !== null && (await bcrypt.compare(password, session.passwordHash));
  if (!valid) return fail(403, WRONG_PASSWORD, "password");
  for (const [limiter, key] of taken) await refund(limiter, key);
  return null;
}

export async function joinSession(
  user: User,
  sessionId: string,
  password: string | undefined,
  source = "unknown",
): Promise<SessionResult> {
  const store = getStore();
  try {
    await consume(limiters.joinByUser, user.id, { reason: "Too many join attempts." });
  } catch (error) {
    if (error instanceof RateLimitedError) return limited(error);
    throw error;
  }
  const session = await store.sessions.findById(sessionId);
  if (!session) return fail(404, "We could not find that session");
  if (roleOf(session, user.id) !== "visitor") {
    return session.status === "ended" ? fail(410, SESSION_ENDED) : { ok: true };
  }
  if (session.status === "ended") return fail(410, SESSION_ENDED);
  if (session.guestId) return fail(409, SESSION_FULL);
  const elsewhere = await store.sessions.findOpenForUser(user.id);
  if (elsewhere && elsewhere.id !== session.id) return seatedIn(SEATED_ELSEWHERE, elsewhere.id);

  if (session.visibility === "private") {
    const denied = await checkSessionPassword(user, session, password, source);
    if (denied) return denied;
  }

  if (await store.sessions.claimGuestSeat(session.id, user.id, new Date())) {
    await emitSessionLifecycle({
      type: "joined",
      sessionId: session.id,
      hostId: session.hostId,
      guest: { id: user.id, username: user.username },
    });
    await announce(session.id, `${user.username} joined`);
    realtimeBus()?.sessionChanged(session.id);
    return { ok: true };
  }
  // Someone else got there first, or the session ended meanwhile: say which.
  const now = await store.sessions.findById(session.id);
  if (!now || now.status === "ended") return fail(410, SESSION_ENDED);
  if (roleOf(now, user.id) !== "visitor") return { ok: true };
  if (now.guestId) return fail(409, SESSION_FULL);
  // The seat was free: storage refused because the user took a seat elsewhere meanwhile.
  const seated = await store.sessions.findOpenForUser(user.id);
  return seated ? seatedIn(SEATED_ELSEWHERE, seated.id) : fail(409, SESSION_FULL);
}

/** The session and the caller's seat in it, or why they cannot act on it. */
async function findOwnSeat(
  user: User,
  sessionId: string,
): Promise<SessionResult<{ session: PracticeSession; role: "host" | "guest" }>> {
  const session = await getStore().sessions.findById(sessionId);
  if (!session) return fail(404, "We could not find that session");
  const role = roleOf(session, user.id);
  if (role === "visitor") return fail(403, "You are not in this session");
  if (session.status === "ended") return fail(410, SESSION_ENDED);
  return { ok: true, session, role };
}

export async function leaveSession(
  user: User,
  sessionId: string,
  attempt = 1,
): Promise<SessionResult<{ outcome: "left" | "handed-over" | "ended" }>> {
  const seat = await findOwnSeat(user, sessionId);
  if (!seat.ok) return seat;
  const { session, role } = seat;
  const sessions = getStore().sessions;
  const now = new Date();
  if (role === "guest") {
    if (await sessions.releaseGuestSeat(session.id, user.id, now)) {
      await emitSessionLifecycle({ type: "left", sessionId: session.id, userId: user.id });
      await announce(session.id, `${user.username} left`);
      realtimeBus()?.sessionChanged(session.id, [user.id]);
      return { ok: true, outcome: "left" };
    }
  } else if (session.guestId) {
    if (await sessions.handOverHost(session.id, user.id, now)) {
      await emitSessionLifecycle({
        type: "handed-over",
        sessionId: session.id,
        formerHostId: user.id,
        newHostId: session.guestId,
      });
      await announce(session.id, `${user.username} left; their partner is now the host`);
      realtimeBus()?.sessionChanged(session.id, [user.id]);
      return { ok: true, outcome: "handed-over" };
    }
  } else if (await sessions.end(session.id, "everyone-left", now, user.id)) {
    await emitSessionLifecycle({ type: "ended", sessionId: session.id, reason: "everyone-left" });
    realtimeBus()?.sessionEnded(session.id, "everyone-left");
    return { ok: true, outcome: "ended" };
  }
  // The session changed under us (the partner joined or left meanwhile): decide again.
  if (attempt >= 3) return fail(409, "The session changed while you were leaving. Please try again.");
  return leaveSession(user, sessionId, attempt + 1);
}

export async function endSession(user: User, sessionId: string): Promise<SessionResult> {
  const seat = await findOwnSeat(user, sessionId);
  if (!seat.ok) return seat;
  if (seat.role !== "host") return fail(403, "Only the host can end the session for both of you");
  if (await getStore().sessions.end(sessionId, "host-ended", new Date(), user.id)) {
    await emitSessionLifecycle({ type: "ended", sessionId, reason: "host-ended" });
    await announce(sessionId, `${user.username} ended the session`);
    realtimeBus()?.sessionEnded(sessionId, "host-ended");
    return { ok: true };
  }
  return fail(410, SESSION_ENDED);
}

export interface ParticipantView {
  username: string;
  role: "host" | "guest";
  present: boolean;
  isYou: boolean;
}

/** What anyone may know about a session: never the password or its hash. */
export interface SessionView {
  id: string;
  status: PracticeSession["status"];
  visibility: PracticeSession["visibility"];
  problemSlug: string;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  endReason: PracticeSession["endReason"];
  participants: ParticipantView[];
}

export function toSessionView(
  session: PracticeSession,
  members: SessionMember[],
  viewerId: string,
  now = Date.now(),
): SessionView {
  const member = (id: string | null) => (id ? members.find((m) => m.userId === id) : undefined);
  const participants: ParticipantView[] = [];
  for (const [id, role] of [
    [session.hostId, "host"],
    [session.guestId, "guest"],
  ] as const) {
    const m = member(id);
    if (!id || !m) continue;
    participants.push({
      username: m.username,
      role,
      present: session.status !== "ended" && !m.leftAt && now - m.lastSeenAt.getTime() < PRESENCE_WINDOW_MS,
      isYou: id === viewerId,
    });
  }
  return {
    id: session.id,
    status: session.status,
    visibility: session.visibility,
    problemSlug: session.problemSlug,
    createdAt: session.createdAt.toISOString(),
    startedAt: session.startedAt?.toISOString() ?? null,
    endedAt: session.endedAt?.toISOString() ?? null,
    endReason: session.endReason,
    participants,
  };
}

export async function loadSessionFor(user: User, sessionId: string) {
  const store = getStore();
  const session = await store.sessions.findById(sessionId);
  if (!session) return null;
  const role = roleOf(session, user.id);
  if (role !== "visitor" && session.status !== "ended")
    await store.sessions.touchPresence(session.id, user.id, new Date());
  const members = await store.sessions.members(session.id);
  return { session, role, view: toSessionView(session, members, user.id) };
}

/** Lobby rows: public sessions with a free seat, with their problem. */
export async function listLobby(difficulty?: Difficulty) {
  const rows = [];
  for (const session of await openLobbySessions()) {
    const problem = getProblem(session.problemSlug);
    if (!problem || (difficulty && problem.difficulty !== difficulty)) continue;
    rows.push({
      id: session.id,
      hostUsername: session.hostUsername,
      problemTitle: problem.title,
      difficulty: problem.difficulty,
      createdAt: session.createdAt.toISOString(),
    });
  }
  return rows;
}
