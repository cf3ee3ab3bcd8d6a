import crypto from "node:crypto";

import bcrypt from "bcryptjs";

import { getServices, getStore } from "~/composition.server";
import { getProblem, listProblems } from "~/modules/problems/problem-bank.server";
import type { Difficulty } from "~/modules/problems/problem-schema";
import { openLobbySessions } from "~/modules/sessions/lobby-list.server";
import { sessionFailure, type SessionResult } from "~/modules/sessions/session-failures";
import { roleOf, toSessionView } from "~/modules/sessions/session-view";
import { assertNotLimited, consume, limiters, RateLimitedError } from "~/platform/rate-limit.server";
import type { PracticeSession, User } from "~/storage/store.server";

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
  if (!slug) return sessionFailure("unknown-problem", { field: "problem" });
  const { env, events } = getServices();
  const passwordHash =
    input.visibility === "private" && input.password ? await bcrypt.hash(input.password, env.BCRYPT_COST) : null;
  const session = await getStore().sessions.create({
    id: newSessionId(),
    hostId: host.id,
    problemSlug: slug,
    visibility: input.visibility,
    passwordHash,
  });
  await events.emit({
    type: "session.created",
    sessionId: session.id,
    host: ref(host),
    problemSlug: slug,
    visibility: input.visibility,
  });
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

async function checkPassword(user: User, session: PracticeSession, password: string | undefined) {
  try {
    await assertNotLimited(limiters.sessionPasswordByUser, user.id);
    await assertNotLimited(limiters.sessionPasswordBySession, session.id);
  } catch (error) {
    if (error instanceof RateLimitedError) {
      return sessionFailure("rate-limited", {
        message: `Too many wrong passwords. Try again in ${error.retryAfterSeconds} s.`,
        field: "password",
        retryAfterSeconds: error.retryAfterSeconds,
      });
    }
    throw error;
  }
  const valid =
    Boolean(password) && session.passwordHash !== null && (await bcrypt.compare(password!, session.passwordHash));
  if (valid) return null;
  await consume(limiters.sessionPasswordByUser, user.id).catch(() => undefined);
  await consume(limiters.sessionPasswordBySession, session.id).catch(() => undefined);
  return sessionFailure(password ? "wrong-password" : "password-required", { field: "password" });
}

export async function joinSession(user: User, sessionId: string, password: string | undefined): Promise<SessionResult> {
  const store = getStore();
  try {
    await consume(limiters.joinByUser, user.id);
  } catch (error) {
    if (error instanceof RateLimitedError)
      return sessionFailure("rate-limited", { message: error.message, retryAfterSeconds: error.retryAfterSeconds });
    throw error;
  }
  const session = await store.sessions.findById(sessionId);
  if (!session) return sessionFailure("not-found");
  // Rejoining your own seat is idempotent.
  if (roleOf(session, user.id) !== "visitor")
    return session.status === "ended" ? sessionFailure("ended") : { ok: true };
  if (session.status === "ended") return sessionFailure("ended");
  if (session.guestId) return sessionFailure("full");
  if (session.visibility === "private") {
    const refused = await checkPassword(user, session, password);
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
  return sessionFailure("full");
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
