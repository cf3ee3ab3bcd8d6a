import crypto from "node:crypto";

import bcrypt from "bcryptjs";

import { getServices, getStore } from "~/composition.server";
import type { Difficulty } from "~/modules/problems/problem-schema";
import { joinSession, leaveSession, openSessionRoom, pickProblem } from "~/modules/sessions/sessions.server";
import { consume, limiters, RateLimitedError, refund } from "~/platform/rate-limit.server";
import type { ScheduledSession } from "~/storage/scheduling-store.server";
import type { User } from "~/storage/store.server";

import { mayOpen } from "./schedule-rules";
import { schedulingFailure, type SchedulingResult } from "./scheduling-failures";

/**
 * Scheduled sessions: create one for later, reserve its free seat, change or cancel it, and
 * open it as a normal session room when its time comes (through the sessions domain, so the
 * one-open-session-per-user rule holds). Each change is one conditional update in storage
 * followed by one domain event; notifications and reminders are listeners.
 */

const MAX_AHEAD_MS = 90 * 24 * 3_600_000;
const ref = (user: Pick<User, "id" | "username">) => ({ id: user.id, username: user.username });

export function newScheduledId(): string {
  return crypto.randomBytes(16).toString("base64url");
}

export const membersOf = (s: Pick<ScheduledSession, "hostId" | "guestId">) =>
  s.guestId ? [s.hostId, s.guestId] : [s.hostId];

export type ScheduledRole = "host" | "guest" | "visitor";
export const scheduledRoleOf = (s: ScheduledSession, userId: string): ScheduledRole =>
  s.hostId === userId ? "host" : s.guestId === userId ? "guest" : "visitor";

function limited(error: unknown) {
  if (error instanceof RateLimitedError)
    return schedulingFailure("rate-limited", { message: error.message, retryAfterSeconds: error.retryAfterSeconds });
  throw error;
}

export function validStart(startsAt: Date, now = new Date()): boolean {
  const ms = startsAt.getTime();
  return Number.isFinite(ms) && ms > now.getTime() - 60_000 && ms < now.getTime() + MAX_AHEAD_MS;
}

export interface ScheduleInput {
  problem: string;
  difficulty?: Difficulty | "";
  visibility: "public" | "private";
  password?: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  /** A practice partner invited straight into the second seat. */
  guestId?: string | null;
}

export async function scheduleSession(
  host: User,
  input: ScheduleInput,
): Promise<SchedulingResult<{ scheduled: ScheduledSession }>> {
  const slug = pickProblem(input.problem, input.difficulty);
  if (!slug) return schedulingFailure("unknown-problem", { field: "problem" });
  if (!validStart(input.startsAt)) return schedulingFailure("bad-time", { field: "startsAt" });
  try {
    await consume(limiters.createSessionByUser, host.id, { reason: "You have scheduled many sessions just now." });
  } catch (error) {
    return limited(error);
  }
  const passwordHash =
    input.visibility === "private" && input.password
      ? await bcrypt.hash(input.password, getServices().env.BCRYPT_COST)
      : null;
  const scheduled = await getStore().scheduled.create({
    id: newScheduledId(),
    hostId: host.id,
    guestId: input.guestId ?? null,
    problemSlug: slug,
    visibility: input.visibility,
    passwordHash,
    startsAt: input.startsAt,
    durationMinutes: input.durationMinutes,
    timeZone: input.timeZone,
  });
  await getServices().events.emit({
    type: "scheduled.created",
    scheduledId: scheduled.id,
    host: ref(host),
    guestId: scheduled.guestId,
    startsAt: scheduled.startsAt.toISOString(),
  });
  return { ok: true, scheduled };
}

/** The scheduled session and the caller's place in it. Visitors of a private one learn only that it exists. */
export async function loadScheduledFor(user: User, id: string) {
  const scheduled = await getStore().scheduled.findById(id);
  if (!scheduled) return null;
  return { scheduled, role: scheduledRoleOf(scheduled, user.id) };
}

async function checkPassword(user: User, scheduled: ScheduledSession, password: string | undefined) {
  if (!password) return schedulingFailure("password-required", { field: "password" });
  const taken: Array<[typeof limiters.sessionPasswordByUser, string]> = [];
  try {
    await consume(limiters.sessionPasswordByUser, user.id, { reason: "Too many wrong session passwords." });
    taken.push([limiters.sessionPasswordByUser, user.id]);
    await consume(limiters.sessionPasswordBySession, `scheduled:${scheduled.id}`, {
      reason: "Too many wrong passwords for this session.",
    });
    taken.push([limiters.sessionPasswordBySession, `scheduled:${scheduled.id}`]);
  } catch (error) {
    const failure = limited(error);
    return { ...failure, field: "password" as const };
  }
  const valid = scheduled.passwordHash !== null && (await bcrypt.compare(password, scheduled.passwordHash));
  if (!valid) return schedulingFailure("wrong-password", { field: "password" });
  for (const [limiter, key] of taken) await refund(limiter, key);
  return null;
}

/** Reserves the free seat: public for anyone signed in, private with the password. */
export async function reserveSeat(user: User, id: string, password?: string): Promise<SchedulingResult> {
  const scheduled = await getStore().scheduled.findById(id);
  if (!scheduled) return schedulingFailure("not-found");
  const role = scheduledRoleOf(scheduled, user.id);
  if (role !== "visitor") return { ok: true };
  if (scheduled.status === "cancelled") return schedulingFailure("cancelled");
  if (scheduled.guestId) return schedulingFailure("full");
  if (scheduled.visibility === "private") {
    const refused = await checkPassword(user, scheduled, password);
    if (refused) return refused;
  }
  if (!(await getStore().scheduled.reserveGuest(id, user.id, new Date()))) return schedulingFailure("full");
  await getServices().events.emit({
    type: "scheduled.reserved",
    scheduledId: id,
    hostId: scheduled.hostId,
    guest: ref(user),
  });
  return { ok: true };
}

export async function releaseSeat(user: User, id: string): Promise<SchedulingResult> {
  const scheduled = await getStore().scheduled.findById(id);
  if (!scheduled) return schedulingFailure("not-found");
  if (scheduled.guestId !== user.id) return schedulingFailure("not-member");
  if (!(await getStore().scheduled.releaseGuest(id, user.id, new Date()))) return schedulingFailure("already-open");
  await getServices().events.emit({
    type: "scheduled.released",
    scheduledId: id,
    hostId: scheduled.hostId,
    guest: ref(user),
  });
  return { ok: true };
}

async function hostOnly(user: User, id: string): Promise<SchedulingResult<{ scheduled: ScheduledSession }>> {
  const scheduled = await getStore().scheduled.findById(id);
  if (!scheduled) return schedulingFailure("not-found");
  const role = scheduledRoleOf(scheduled, user.id);
  if (role === "visitor") return schedulingFailure("not-member");
  if (role !== "host") return schedulingFailure("not-host");
  if (scheduled.status === "cancelled") return schedulingFailure("cancelled");
  if (scheduled.status === "open") return schedulingFailure("already-open");
  return { ok: true, scheduled };
}

export async function rescheduleSession(
  user: User,
  id: string,
  startsAt: Date,
  durationMinutes: number,
): Promise<SchedulingResult> {
  const checked = await hostOnly(user, id);
  if (!checked.ok) return checked;
  if (!validStart(startsAt)) return schedulingFailure("bad-time", { field: "startsAt" });
  if (!(await getStore().scheduled.reschedule(id, user.id, startsAt, durationMinutes, new Date())))
    return schedulingFailure("already-open");
  await getServices().events.emit({
    type: "scheduled.changed",
    scheduledId: id,
    change: "rescheduled",
    by: ref(user),
    memberIds: membersOf(checked.scheduled),
    startsAt: startsAt.toISOString(),
  });
  return { ok: true };
}

export async function cancelScheduled(user: User, id: string): Promise<SchedulingResult> {
  const checked = await hostOnly(user, id);
  if (!checked.ok) return checked;
  return cancelAsHost(checked.scheduled, ref(user));
}

/** Cancels for the host (also when a weekly slot ends, whoever of the two ended it). */
export async function cancelAsHost(
  scheduled: ScheduledSession,
  by: { id: string; username: string },
): Promise<SchedulingResult> {
  if (!(await getStore().scheduled.cancel(scheduled.id, scheduled.hostId, new Date())))
    return schedulingFailure("already-open");
  await getServices().events.emit({
    type: "scheduled.changed",
    scheduledId: scheduled.id,
    change: "cancelled",
    by,
    memberIds: membersOf(scheduled),
    startsAt: scheduled.startsAt.toISOString(),
  });
  return { ok: true };
}

/** The room a scheduled session opens as: listed only when nobody has reserved the seat. */
function roomOptions(scheduled: ScheduledSession) {
  const listed = scheduled.visibility === "public" && !scheduled.guestId;
  return {
    problemSlug: scheduled.problemSlug,
    visibility: listed ? ("public" as const) : ("private" as const),
    passwordHash: scheduled.passwordHash,
    timerEndsAt: null,
  };
}

/**
 * Opens the room with `opener` as its host. Storage allows one open session per user, so
 * an opener seated elsewhere is told which session blocks it.
 */
async function openRoom(
  scheduled: ScheduledSession,
  opener: User,
  now: Date,
): Promise<SchedulingResult<{ sessionId: string }>> {
  const opened = await openSessionRoom(opener, roomOptions(scheduled));
  if (!opened.ok) {
    if (opened.openSessionId) return schedulingFailure("seated-elsewhere", { openSessionId: opened.openSessionId });
    return schedulingFailure("rate-limited", { message: opened.message });
  }
  if (!(await getStore().scheduled.markOpened(scheduled.id, opened.id, now))) {
    // Someone else opened it a moment earlier: this extra room goes, theirs is the one.
    await leaveSession(opener, opened.id);
    const again = await getStore().scheduled.findById(scheduled.id);
    if (!again?.sessionId) return schedulingFailure("room-ended");
    return { ok: true, sessionId: again.sessionId };
  }
  await getServices().events.emit({
    type: "scheduled.opened",
    scheduledId: scheduled.id,
    sessionId: opened.id,
    hostId: opener.id,
    memberIds: membersOf(scheduled),
  });
  return { ok: true, sessionId: opened.id };
}

/**
 * A member goes to the room: it opens (from ten minutes before) if it is not open yet, and
 * the member takes their reserved seat in it.
 */
export async function enterScheduled(
  user: User,
  id: string,
  now = new Date(),
): Promise<SchedulingResult<{ sessionId: string }>> {
  const scheduled = await getStore().scheduled.findById(id);
  if (!scheduled) return schedulingFailure("not-found");
  if (scheduledRoleOf(scheduled, user.id) === "visitor") return schedulingFailure("not-member");
  if (scheduled.status === "cancelled") return schedulingFailure("cancelled");
  if (scheduled.status === "scheduled") {
    if (!mayOpen(scheduled.startsAt, now)) return schedulingFailure("too-early");
    return openRoom(scheduled, user, now);
  }
  const sessionId = scheduled.sessionId;
  if (!sessionId) return schedulingFailure("room-ended");
  const joined = await joinSession(user, sessionId, undefined, "scheduled", { reserved: true });
  if (joined.ok) return { ok: true, sessionId };
  if (joined.reason === "seated-elsewhere")
    return schedulingFailure("seated-elsewhere", { openSessionId: joined.openSessionId });
  if (joined.reason === "ended" || joined.reason === "not-found") return schedulingFailure("room-ended");
  if (joined.reason === "full") return schedulingFailure("full");
  return schedulingFailure("rate-limited", { message: joined.message });
}

/** The start came: the room opens for the host who scheduled it (the tick calls this). */
export async function openAtStart(scheduled: ScheduledSession, now: Date): Promise<void> {
  const host = await getStore().users.findById(scheduled.hostId);
  if (!host) return;
  const opened = await openRoom(scheduled, host, now);
  if (!opened.ok && opened.reason === "seated-elsewhere" && opened.openSessionId) {
    await getServices().events.emit({
      type: "scheduled.openBlocked",
      scheduledId: scheduled.id,
      userId: host.id,
      openSessionId: opened.openSessionId,
    });
  }
}

/**
 * Ten minutes after the start: a seat still empty is a no-show. The one waiting is offered
 * quick match or solo practice; the scheduled session records who did not come.
 */
export async function checkNoShow(scheduled: ScheduledSession, now: Date): Promise<void> {
  const room = scheduled.sessionId ? await getStore().sessions.findById(scheduled.sessionId) : null;
  let waiting: string | null = null;
  let missing: string | null = null;
  if (room && room.status !== "ended" && !room.guestId) {
    waiting = room.hostId;
    missing = membersOf(scheduled).find((id) => id !== room.hostId) ?? null;
  } else if (!room && scheduled.status === "scheduled") {
    // Nobody opened the room: whoever reserved the other seat waited for the host.
    waiting = scheduled.guestId;
    missing = scheduled.hostId;
  }
  if (!(await getStore().scheduled.markNoShowChecked(scheduled.id, missing, now))) return;
  if (waiting === null && missing === null) return;
  await getServices().events.emit({
    type: "scheduled.noShow",
    scheduledId: scheduled.id,
    waitingUserId: waiting,
    missingUserId: missing,
    sessionId: room?.id ?? null,
  });
}
