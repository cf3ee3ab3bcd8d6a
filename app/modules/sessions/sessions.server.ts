import crypto from "node:crypto";

import bcrypt from "bcryptjs";
import type { RateLimiterAbstract } from "rate-limiter-flexible";

import { getServices, getStore } from "~/composition.server";
import { findProblemSlug, getProblem, listProblems } from "~/modules/problems/problem-bank.server";
import type { Difficulty } from "~/modules/problems/problem-schema";
import { openLobbySessions } from "~/modules/sessions/lobby-list.server";
import { type SessionFailure, sessionFailure, type SessionResult } from "~/modules/sessions/session-failures";
import { roleOf, toSessionView } from "~/modules/sessions/session-view";
import { consume, limiters, RateLimitedError, refund } from "~/platform/rate-limit.server";
import { roomPresence } from "~/platform/realtime/room-presence.server";
import { AlreadySeatedError, type PracticeSession, type User } from "~/storage/store.server";

/**
 * The sessions domain: who may create, join, leave and end, and what each person sees.
 * Seat changes happen in storage as single conditional updates; this module decides which
 * to call, emits one domain event per change (realtime, chat lines, the lobby and Stream
 * listen) and answers in domain failures. Password hashes never leave it.
 */

export function newSessionId(): string {
  return crypto.randomBytes(16).toString("base64url");
}

const ref = (user: Pick<User, "id" | "username">) => ({ id: user.id, username: user.username });

/** A problem by title or slug, or "random" (within a difficulty). */
export function pickProblem(problem: string, difficulty: Difficulty | "" | undefined): string | null {
  if (problem.trim().toLowerCase() !== "random") return findProblemSlug(problem) ?? null;
  const pool = listProblems().filter((p) => !difficulty || p.difficulty === difficulty);
  if (pool.length === 0) return null;
  return pool[crypto.randomInt(pool.length)]!.slug;
}

export async function createSession(
  host: User,
  input: {
    problem: string;
    difficulty?: Difficulty | "";
    visibility: "public" | "private";
    password?: string;
    /** Minutes of the optional countdown ("" or absent: none). */
    timer?: string;
  },
): Promise<SessionResult<{ id: string }>> {
  const slug = pickProblem(input.problem, input.difficulty);
  if (!slug) return sessionFailure("unknown-problem", { field: "problem" });
  // One open session per user (ADR 031): the clear answer first; storage enforces it atomically below.
  const open = await getStore().sessions.findOpenForUser(host.id);
  if (open) return sessionFailure("already-hosting", { openSessionId: open.id });
  try {
    await consume(limiters.createSessionByUser, host.id, { reason: "You have started many sessions just now." });
  } catch (error) {
    if (error instanceof RateLimitedError) return limited(error);
    throw error;
  }
  const passwordHash =
    input.visibility === "private" && input.password
      ? await bcrypt.hash(input.password, getServices().env.BCRYPT_COST)
      : null;
  return openSessionRoom(host, {
    problemSlug: slug,
    visibility: input.visibility,
    passwordHash,
    timerEndsAt: input.timer ? new Date(Date.now() + Number(input.timer) * 60_000) : null,
  });
}

/**
 * Opens a room with `host` in the first seat (a new session, or a scheduled one whose time
 * has come): one open session per user is enforced here and by storage, and
 * `session.created` goes out.
 */
export async function openSessionRoom(
  host: User,
  input: {
    problemSlug: string;
    visibility: "public" | "private";
    passwordHash: string | null;
    timerEndsAt?: Date | null;
  },
): Promise<SessionResult<{ id: string }>> {
  let session: PracticeSession;
  try {
    session = await getStore().sessions.create({
      id: newSessionId(),
      hostId: host.id,
      problemSlug: input.problemSlug,
      visibility: input.visibility,
      passwordHash: input.passwordHash,
      timerEndsAt: input.timerEndsAt ?? null,
    });
  } catch (error) {
    if (error instanceof AlreadySeatedError)
      return sessionFailure("already-hosting", { openSessionId: error.sessionId });
    throw error;
  }
  await getServices().events.emit({
    type: "session.created",
    sessionId: session.id,
    host: ref(host),
    problemSlug: input.problemSlug,
    visibility: input.visibility,
  });
  return { ok: true, id: session.id };
}

/**
 * A session for two people matched by quick match, both seated at once. It is private
 * (never listed, no password: nobody else can take a seat that is already taken) and
 * obeys the one-open-session rule for both: when either already sits elsewhere, nothing
 * stays behind and the failure names who sits elsewhere.
 */
export async function createMatchedSession(
  host: Pick<User, "id" | "username">,
  guest: Pick<User, "id" | "username">,
  problemSlug: string,
): Promise<{ ok: true; id: string } | { ok: false; seatedUserId: string; openSessionId: string }> {
  const store = getStore();
  const { events } = getServices();
  let session: PracticeSession;
  try {
    session = await store.sessions.create({
      id: newSessionId(),
      hostId: host.id,
      problemSlug,
      visibility: "private",
      passwordHash: null,
    });
  } catch (error) {
    if (error instanceof AlreadySeatedError)
      return { ok: false, seatedUserId: host.id, openSessionId: error.sessionId };
    throw error;
  }
  await events.emit({
    type: "session.created",
    sessionId: session.id,
    host: ref(host),
    problemSlug,
    visibility: "private",
  });
  if (!(await store.sessions.claimGuestSeat(session.id, guest.id, new Date()))) {
    // The guest sat down elsewhere meanwhile: the half-made session ends at once.
    if (await store.sessions.end(session.id, "everyone-left", new Date()))
      await events.emit({ type: "session.ended", sessionId: session.id, reason: "everyone-left", by: null });
    const elsewhere = await store.sessions.findOpenForUser(guest.id);
    return { ok: false, seatedUserId: guest.id, openSessionId: elsewhere?.id ?? "" };
  }
  await events.emit({ type: "session.seatTaken", sessionId: session.id, hostId: host.id, guest: ref(guest) });
  return { ok: true, id: session.id };
}

/**
 * The one seat check: the session and the caller's seat in it, or why they cannot act on
 * it. Routes, socket handlers and the Stream token endpoint all ask this.
 */
export async function requireSeat(
  userId: string,
  sessionId: string,
  found?: PracticeSession | null,
): Promise<SessionResult<{ session: PracticeSession; role: "host" | "guest" }>> {
  const session = found === undefined ? await getStore().sessions.findById(sessionId) : found;
  if (!session) return sessionFailure("not-found");
  const role = roleOf(session, userId);
  if (role === "visitor") return sessionFailure("not-seated");
  if (session.status === "ended") return sessionFailure("ended");
  return { ok: true, session, role };
}

const limited = (error: RateLimitedError, field?: SessionFailure["field"]) =>
  sessionFailure("rate-limited", { message: error.message, retryAfterSeconds: error.retryAfterSeconds, field });

/**
 * Points are taken before bcrypt runs, so simultaneous guesses get no more checks than
 * the limits allow; a right password gives its points back. The session's own limits
 * are per address plus a high backstop, so strangers' guesses from elsewhere do not lock
 * the invited partner out (ADR 030).
 */
async function checkPassword(user: User, session: PracticeSession, password: string | undefined, source: string) {
  if (!password) return sessionFailure("password-required", { field: "password" });
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
  if (!valid) return sessionFailure("wrong-password", { field: "password" });
  for (const [limiter, key] of taken) await refund(limiter, key);
  return null;
}

export async function joinSession(
  user: User,
  sessionId: string,
  password: string | undefined,
  source = "unknown",
  /** The caller holds the reserved seat of the scheduled session this room opened from: no password. */
  options: { reserved?: boolean } = {},
): Promise<SessionResult> {
  const store = getStore();
  try {
    await consume(limiters.joinByUser, user.id, { reason: "Too many join attempts." });
  } catch (error) {
    if (error instanceof RateLimitedError) return limited(error);
    throw error;
  }
  const session = await store.sessions.findById(sessionId);
  if (!session) return sessionFailure("not-found");
  // Rejoining your own seat is idempotent.
  if (roleOf(session, user.id) !== "visitor")
    return session.status === "ended" ? sessionFailure("ended") : { ok: true };
  if (session.status === "ended") return sessionFailure("ended");
  if (session.guestId) return sessionFailure("full");
  const elsewhere = await store.sessions.findOpenForUser(user.id);
  if (elsewhere && elsewhere.id !== session.id)
    return sessionFailure("seated-elsewhere", { openSessionId: elsewhere.id });
  if (session.visibility === "private" && !options.reserved) {
    const refused = await checkPassword(user, session, password, source);
    if (refused) return refused;
  }

  if (await store.sessions.claimGuestSeat(session.id, user.id, new Date())) {
    await getServices().events.emit({
      type: "session.seatTaken",
      sessionId: session.id,
      hostId: session.hostId,
      guest: ref(user),
    });
    return { ok: true };
  }
  // Someone else got there first, or the session ended meanwhile: say which.
  const now = await store.sessions.findById(session.id);
  if (!now || now.status === "ended") return sessionFailure("ended");
  if (roleOf(now, user.id) !== "visitor") return { ok: true };
  if (now.guestId) return sessionFailure("full");
  // The seat was free: storage refused because the user took a seat elsewhere meanwhile.
  const seated = await store.sessions.findOpenForUser(user.id);
  return seated ? sessionFailure("seated-elsewhere", { openSessionId: seated.id }) : sessionFailure("full");
}

export async function leaveSession(
  user: User,
  sessionId: string,
  attempt = 1,
): Promise<SessionResult<{ outcome: "left" | "handed-over" | "ended" }>> {
  const seat = await requireSeat(user.id, sessionId);
  if (!seat.ok) return seat;
  const { session, role } = seat;
  const { events } = getServices();
  const sessions = getStore().sessions;
  const now = new Date();
  if (role === "guest") {
    if (await sessions.releaseGuestSeat(session.id, user.id, now)) {
      await events.emit({
        type: "session.seatReleased",
        sessionId: session.id,
        hostId: session.hostId,
        guest: ref(user),
      });
      return { ok: true, outcome: "left" };
    }
  } else if (session.guestId) {
    if (await sessions.handOverHost(session.id, user.id, now)) {
      await events.emit({
        type: "session.hostHandedOver",
        sessionId: session.id,
        formerHost: ref(user),
        newHostId: session.guestId,
      });
      return { ok: true, outcome: "handed-over" };
    }
  } else if (await sessions.end(session.id, "everyone-left", now, user.id)) {
    await events.emit({ type: "session.ended", sessionId: session.id, reason: "everyone-left", by: ref(user) });
    return { ok: true, outcome: "ended" };
  }
  // The session changed under us (the partner joined or left meanwhile): decide again.
  if (attempt >= 3) return sessionFailure("changed");
  return leaveSession(user, sessionId, attempt + 1);
}

export async function endSession(user: User, sessionId: string): Promise<SessionResult> {
  const seat = await requireSeat(user.id, sessionId);
  if (!seat.ok) return seat;
  if (seat.role !== "host") return sessionFailure("not-host");
  if (await getStore().sessions.end(sessionId, "host-ended", new Date(), user.id)) {
    await getServices().events.emit({ type: "session.ended", sessionId, reason: "host-ended", by: ref(user) });
    return { ok: true };
  }
  return sessionFailure("ended");
}

/** The session as the caller sees it; a seated visit counts as presence. */
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

/**
 * Lobby rows: public sessions with a free seat, with their problem. Whether the host is
 * in the room comes from the live sockets (null when no realtime server runs, as in tests
 * of loaders); sessions whose host is away are listed last, saying so.
 */
export async function listLobby(difficulty?: Difficulty) {
  const sessions = (await openLobbySessions()).filter((session) => {
    const problem = getProblem(session.problemSlug);
    return problem && (!difficulty || problem.difficulty === difficulty);
  });
  const present = await roomPresence()?.(sessions.map((s) => s.id)).catch(() => null);
  const rows = sessions.map((session) => {
    const problem = getProblem(session.problemSlug)!;
    return {
      id: session.id,
      hostUsername: session.hostUsername,
      hostPresent: present ? Boolean(present.get(session.id)?.has(session.hostId)) : null,
      problemTitle: problem.title,
      difficulty: problem.difficulty,
      createdAt: session.createdAt.toISOString(),
    };
  });
  // A stable sort: newest first within each group.
  return rows.sort((a, b) => Number(a.hostPresent === false) - Number(b.hostPresent === false));
}
