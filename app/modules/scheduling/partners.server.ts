import crypto from "node:crypto";

import { getServices, getStore } from "~/composition.server";
import { pickProblem } from "~/modules/sessions/sessions.server";
import type { PairStreakSetting, PairStreakUnit } from "~/storage/pair-streak-store.server";
import type { RecurringSlot } from "~/storage/scheduling-store.server";
import type { User } from "~/storage/store.server";

import { nextWeeklyOccurrence, SLOT_HORIZON_MS, weeklyOccurrences } from "./schedule-rules";
import { cancelAsHost, enterScheduled, newScheduledId, scheduleSession } from "./scheduling.server";
import { schedulingFailure, type SchedulingResult } from "./scheduling-failures";

/**
 * Practice partners: anyone you finished a session with can be saved; partners invite each
 * other straight into a new session and keep a weekly slot that schedules itself.
 */

const ref = (user: Pick<User, "id" | "username">) => ({ id: user.id, username: user.username });

/** Both sat in the session and it has ended: the one rule for saving a partner. */
export async function savePartner(user: User, sessionId: string, partnerId: string): Promise<SchedulingResult> {
  const store = getStore();
  const session = await store.sessions.findById(sessionId);
  if (!session || session.status !== "ended" || partnerId === user.id) return schedulingFailure("not-partner");
  const members = new Set((await store.sessions.members(sessionId)).map((m) => m.userId));
  if (!members.has(user.id) || !members.has(partnerId)) return schedulingFailure("not-partner");
  await store.partners.add(user.id, partnerId, new Date());
  return { ok: true };
}

export async function removePartner(user: User, partnerId: string): Promise<void> {
  await getStore().partners.remove(user.id, partnerId);
}

export const partnersOf = (user: User) => getStore().partners.list(user.id);

async function requirePartner(user: User, partnerId: string): Promise<SchedulingResult<{ partner: User }>> {
  if (!(await getStore().partners.has(user.id, partnerId)))
    return schedulingFailure("not-partner", { field: "partner" });
  const partner = await getStore().users.findById(partnerId);
  if (!partner) return schedulingFailure("not-partner", { field: "partner" });
  return { ok: true, partner };
}

/**
 * Invites a partner to a new session: now (the room opens at once for the inviter) or at a
 * later time. The partner is notified with the link; the seat is theirs.
 */
export async function invitePartner(
  user: User,
  input: { partnerId: string; problem: string; startsAt: Date | null; timeZone: string; durationMinutes: number },
): Promise<SchedulingResult<{ scheduledId: string; sessionId: string | null }>> {
  const checked = await requirePartner(user, input.partnerId);
  if (!checked.ok) return checked;
  const now = new Date();
  const created = await scheduleSession(user, {
    problem: input.problem,
    visibility: "private",
    startsAt: input.startsAt ?? now,
    durationMinutes: input.durationMinutes,
    timeZone: input.timeZone,
    guestId: checked.partner.id,
  });
  if (!created.ok) return created;
  const { scheduled } = created;
  await getServices().events.emit({
    type: "partner.invited",
    scheduledId: scheduled.id,
    from: ref(user),
    toUserId: checked.partner.id,
    startsAt: scheduled.startsAt.toISOString(),
  });
  if (input.startsAt) return { ok: true, scheduledId: scheduled.id, sessionId: null };
  const entered = await enterScheduled(user, scheduled.id, now);
  // The invitation stands even when the inviter's room cannot open yet (they are seated elsewhere).
  return entered.ok
    ? { ok: true, scheduledId: scheduled.id, sessionId: entered.sessionId }
    : { ...entered, message: `Invitation sent. ${entered.message}` };
}

export async function createSlot(
  user: User,
  input: {
    partnerId: string;
    weekday: number;
    minuteOfDay: number;
    timeZone: string;
    durationMinutes: number;
    problem: string;
  },
  now = new Date(),
): Promise<SchedulingResult<{ slot: RecurringSlot }>> {
  const checked = await requirePartner(user, input.partnerId);
  if (!checked.ok) return checked;
  const problem = input.problem.trim().toLowerCase() === "random" ? "random" : pickProblem(input.problem, "");
  if (!problem) return schedulingFailure("unknown-problem", { field: "problem" });
  const slot = await getStore().slots.create({
    id: crypto.randomUUID(),
    ownerId: user.id,
    partnerId: checked.partner.id,
    weekday: input.weekday,
    minuteOfDay: input.minuteOfDay,
    timeZone: input.timeZone,
    durationMinutes: input.durationMinutes,
    problemSlug: problem,
  });
  await materializeSlot(slot, now);
  return { ok: true, slot };
}

/**
 * Creates the slot's sessions that start within the horizon (the next week): each once,
 * however many instances or restarts ask (storage is unique on slot and start).
 */
export async function materializeSlot(slot: RecurringSlot, now: Date): Promise<number> {
  let created = 0;
  const starts = weeklyOccurrences(slot, now, new Date(now.getTime() + SLOT_HORIZON_MS));
  if (starts.length === 0) starts.push(nextWeeklyOccurrence(slot, now));
  for (const startsAt of starts) {
    const problemSlug = pickProblem(slot.problemSlug, "");
    if (!problemSlug) continue;
    const id = newScheduledId();
    const made = await getStore().scheduled.createForSlot({
      id,
      hostId: slot.ownerId,
      guestId: slot.partnerId,
      problemSlug,
      visibility: "private",
      passwordHash: null,
      startsAt,
      durationMinutes: slot.durationMinutes,
      timeZone: slot.timeZone,
      slotId: slot.id,
    });
    if (!made) continue;
    created++;
    const { events } = getServices();
    const host = { id: slot.ownerId, username: slot.ownerUsername };
    await events.emit({
      type: "scheduled.created",
      scheduledId: id,
      host,
      guestId: slot.partnerId,
      startsAt: startsAt.toISOString(),
    });
    await events.emit({
      type: "partner.invited",
      scheduledId: id,
      from: host,
      toUserId: slot.partnerId,
      startsAt: startsAt.toISOString(),
    });
  }
  return created;
}

/**
 * Either partner sets how their pair streak counts, for both (one setting per pair): weeks
 * (UTC) or days, whose midnight is the chooser's zone. The other partner is told.
 */
export async function setPairStreakUnit(
  user: User,
  input: { partnerId: string; unit: PairStreakUnit; timeZone: string },
  now = new Date(),
): Promise<SchedulingResult<{ setting: PairStreakSetting }>> {
  const checked = await requirePartner(user, input.partnerId);
  if (!checked.ok) return checked;
  const store = getStore();
  const before = await store.pairStreaks.setting(user.id, input.partnerId);
  const timeZone = input.unit === "day" ? input.timeZone : (before?.timeZone ?? input.timeZone);
  if (before && before.unit === input.unit && before.timeZone === timeZone) return { ok: true, setting: before };
  const setting = await store.pairStreaks.set(user.id, input.partnerId, { unit: input.unit, timeZone }, now);
  await getServices().events.emit({
    type: "partner.streakUnitChanged",
    by: ref(user),
    partnerId: input.partnerId,
    unit: setting.unit,
    timeZone: setting.timeZone,
    changedAt: now.toISOString(),
  });
  return { ok: true, setting };
}

export const slotsOf = (user: User) => getStore().slots.listForUser(user.id);

/** Either of the two ends the slot; its sessions still to come are cancelled with it. */
export async function cancelSlot(user: User, slotId: string): Promise<SchedulingResult> {
  const slot = await getStore().slots.findById(slotId);
  if (!slot || (slot.ownerId !== user.id && slot.partnerId !== user.id)) return schedulingFailure("not-found");
  if (!(await getStore().slots.cancel(slotId, user.id, new Date()))) return schedulingFailure("cancelled");
  for (const pending of await getStore().scheduled.listPendingForSlot(slotId)) await cancelAsHost(pending, ref(user));
  return { ok: true };
}

/** Who the user may save as a partner from one session: the others in it, once it has ended. */
export async function partnerChoicesFor(user: User, sessionId: string) {
  const store = getStore();
  const session = await store.sessions.findById(sessionId);
  if (!session || session.status !== "ended") return [];
  const others = (await store.sessions.members(sessionId)).filter((m) => m.userId !== user.id);
  return Promise.all(
    others.map(async (m) => ({
      userId: m.userId,
      username: m.username,
      saved: await store.partners.has(user.id, m.userId),
    })),
  );
}
