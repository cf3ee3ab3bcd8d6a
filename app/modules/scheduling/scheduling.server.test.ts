import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { getServices, getStore } from "~/composition.server";
import { endSession, joinSession } from "~/modules/sessions/sessions.server";
import type { DomainEvent } from "~/platform/events/domain-events.server";

import { person } from "../../../tests/support/people";
import { cancelSlot, createSlot, invitePartner, savePartner } from "./partners.server";
import { type Reminder, type ReminderChannel } from "./reminder-channels.server";
import { scheduledCalendar } from "./scheduled-calendar.server";
import { cancelScheduled, enterScheduled, rescheduleSession, reserveSeat, scheduleSession } from "./scheduling.server";
import { runSchedulingTick } from "./scheduling-jobs.server";

const MIN = 60_000;

async function scheduled(hostId: Parameters<typeof scheduleSession>[0], minutesAhead: number, extra = {}) {
  const result = await scheduleSession(hostId, {
    problem: "two-sum",
    visibility: "public",
    startsAt: new Date(Date.now() + minutesAhead * MIN),
    durationMinutes: 45,
    timeZone: "Europe/London",
    ...extra,
  });
  if (!result.ok) throw new Error(result.message);
  return result.scheduled;
}

function recordEvents() {
  const seen: DomainEvent[] = [];
  const stop = getServices().events.on("*", "test-recorder", (e) => void seen.push(e));
  return { seen, stop };
}

const notificationsOf = async (userId: string) =>
  (await getStore().notifications.listForUser(userId, 50)).map((n) => n.type);

describe("scheduled sessions", () => {
  it("reminds both members once, ten minutes before, however often the tick runs", async () => {
    const host = await person("rh");
    const guest = await person("rg");
    const s = await scheduled(host.user, 11);
    expect((await reserveSeat(guest.user, s.id)).ok).toBe(true);
    const { seen, stop } = recordEvents();
    // At 11 minutes before nothing is due; at 9.5 minutes before the reminder is.
    await runSchedulingTick(new Date());
    expect(seen.filter((e) => e.type === "scheduled.reminderDue" && e.scheduledId === s.id)).toHaveLength(0);
    const at = new Date(Date.now() + 1.5 * MIN);
    await Promise.all([runSchedulingTick(at), runSchedulingTick(at)]);
    await runSchedulingTick(at);
    stop();
    expect(seen.filter((e) => e.type === "scheduled.reminderDue" && e.scheduledId === s.id)).toHaveLength(1);
    expect(await notificationsOf(host.user.id)).toContain("starting-soon");
    expect(await notificationsOf(guest.user.id)).toContain("starting-soon");
  });

  it("reminds again after the time changes (a new sequence)", async () => {
    const host = await person("ra");
    const s = await scheduled(host.user, 5);
    await runSchedulingTick(new Date());
    expect((await rescheduleSession(host.user, s.id, new Date(Date.now() + 8 * MIN), 45)).ok).toBe(true);
    await runSchedulingTick(new Date());
    const reminders = (await getStore().notifications.listForUser(host.user.id, 50)).filter(
      (n) => n.type === "starting-soon",
    );
    expect(reminders).toHaveLength(2);
  });

  it("sends each reminder on every channel, and one failing channel does not stop the others", async () => {
    const { deliverRemindersOn } = await import("./reminder-channels.server");
    const { DomainEvents } = await import("~/platform/events/domain-events.server");
    const events = new DomainEvents();
    const delivered: Array<[string, Reminder]> = [];
    const broken: ReminderChannel = {
      name: "broken",
      deliver: async () => {
        throw new Error("down");
      },
    };
    const recording: ReminderChannel = { name: "mail", deliver: async (r) => void delivered.push(["mail", r]) };
    deliverRemindersOn(events, [broken, recording], async () => 3);
    await events.emit({
      type: "scheduled.reminderDue",
      scheduledId: "abc",
      memberIds: ["u1", "u2"],
      startsAt: new Date(0).toISOString(),
      title: "Two Sum",
    });
    expect(delivered.map(([, r]) => [r.userId, r.sequence, r.link])).toEqual([
      ["u1", 3, "/scheduled/abc"],
      ["u2", 3, "/scheduled/abc"],
    ]);
  });

  it("opens as a room at the start; the reserved guest takes the seat without the password", async () => {
    const host = await person("oh");
    const guest = await person("og");
    const s = await scheduled(host.user, 3, { visibility: "private", password: "secret pw" });
    expect((await reserveSeat(guest.user, s.id, "wrong one")).ok).toBe(false);
    expect((await reserveSeat(guest.user, s.id, "secret pw")).ok).toBe(true);
    await runSchedulingTick(new Date(Date.now() + 3.5 * MIN));
    const opened = await getStore().scheduled.findById(s.id);
    expect(opened).toMatchObject({ status: "open" });
    const room = await getStore().sessions.findById(opened!.sessionId!);
    expect(room).toMatchObject({ hostId: host.user.id, visibility: "private", guestId: null });
    const entered = await enterScheduled(guest.user, s.id);
    expect(entered).toEqual({ ok: true, sessionId: room!.id });
    expect((await getStore().sessions.findById(room!.id))?.guestId).toBe(guest.user.id);
    expect(await notificationsOf(host.user.id)).toContain("partner-joined");
  });

  it("explains that a host seated in another session blocks the opening, and the guest may open it", async () => {
    const host = await person("bh");
    const guest = await person("bg");
    const s = await scheduled(host.user, 2);
    await reserveSeat(guest.user, s.id);
    const { createSession } = await import("~/modules/sessions/sessions.server");
    const other = await createSession(host.user, { problem: "two-sum", visibility: "public" });
    expect(other.ok).toBe(true);
    await runSchedulingTick(new Date(Date.now() + 2.5 * MIN));
    expect((await getStore().scheduled.findById(s.id))?.status).toBe("scheduled");
    const blocked = (await getStore().notifications.listForUser(host.user.id, 50)).find((n) =>
      n.title.includes("could not open"),
    );
    expect(blocked?.body).toMatch(/another open session/);
    const byHost = await enterScheduled(host.user, s.id, new Date(Date.now() + 2.5 * MIN));
    expect(byHost).toMatchObject({ ok: false, reason: "seated-elsewhere", openSessionId: other.ok ? other.id : "" });
    const byGuest = await enterScheduled(guest.user, s.id, new Date(Date.now() + 2.5 * MIN));
    expect(byGuest.ok).toBe(true);
  });

  it("records a no-show ten minutes after the start and offers the waiting host quick match", async () => {
    const host = await person("nh");
    const guest = await person("ng");
    const s = await scheduled(host.user, 1);
    await reserveSeat(guest.user, s.id);
    await runSchedulingTick(new Date(Date.now() + 1.5 * MIN));
    await runSchedulingTick(new Date(Date.now() + 9 * MIN));
    expect((await getStore().scheduled.findById(s.id))?.noShowCheckedAt).toBeNull();
    await runSchedulingTick(new Date(Date.now() + 11.5 * MIN));
    const after = await getStore().scheduled.findById(s.id);
    expect(after).toMatchObject({ noShowUserId: guest.user.id });
    expect(after?.noShowCheckedAt).toBeInstanceOf(Date);
    expect((await getStore().scheduled.listNoShowsForUser(host.user.id, 10)).map((x) => x.id)).toContain(s.id);
    const offer = (await getStore().notifications.listForUser(host.user.id, 50)).find((n) => n.type === "no-show");
    expect(offer).toMatchObject({ link: `/scheduled/${s.id}` });
    expect(await notificationsOf(guest.user.id)).not.toContain("no-show");
  });

  it("records no no-show when both came", async () => {
    const host = await person("ch");
    const guest = await person("cg");
    const s = await scheduled(host.user, 1);
    await reserveSeat(guest.user, s.id);
    await runSchedulingTick(new Date(Date.now() + 1.5 * MIN));
    expect((await enterScheduled(guest.user, s.id)).ok).toBe(true);
    await runSchedulingTick(new Date(Date.now() + 12 * MIN));
    expect(await getStore().scheduled.findById(s.id)).toMatchObject({ noShowUserId: null });
    expect((await getStore().scheduled.listNoShowsForUser(host.user.id, 10)).map((x) => x.id)).not.toContain(s.id);
  });

  it("writes a calendar file with a stable UID, a rising SEQUENCE and a cancellation", async () => {
    const host = await person("ih");
    const s = await scheduled(host.user, 60);
    const parse = async () => {
      const now = (await getStore().scheduled.findById(s.id))!;
      const calendar = new ICAL.Component(ICAL.parse(scheduledCalendar(now, `https://pp.test/scheduled/${s.id}`)));
      const event = calendar.getFirstSubcomponent("vevent")!;
      return {
        method: calendar.getFirstPropertyValue("method"),
        uid: event.getFirstPropertyValue("uid"),
        sequence: event.getFirstPropertyValue("sequence"),
        status: event.getFirstPropertyValue("status"),
        start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString(),
        url: event.getFirstPropertyValue("url"),
        description: String(event.getFirstPropertyValue("description")),
      };
    };
    // iCalendar times have whole seconds.
    const toSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString();
    const first = await parse();
    expect(first).toMatchObject({ method: "PUBLISH", uid: `${s.id}@peerprep`, sequence: 0, status: "CONFIRMED" });
    expect(first.start).toBe(toSecond(s.startsAt));
    expect(first.description).toContain(`https://pp.test/scheduled/${s.id}`);
    const later = new Date(s.startsAt.getTime() + 30 * MIN);
    await rescheduleSession(host.user, s.id, later, 45);
    expect(await parse()).toMatchObject({ uid: `${s.id}@peerprep`, sequence: 1, start: toSecond(later) });
    await cancelScheduled(host.user, s.id);
    expect(await parse()).toMatchObject({ method: "CANCEL", status: "CANCELLED", sequence: 2 });
  });

  it("lets only the host change it, and refuses times in the past", async () => {
    const host = await person("eh");
    const other = await person("eo");
    const s = await scheduled(host.user, 60);
    expect(await cancelScheduled(other.user, s.id)).toMatchObject({ ok: false, reason: "not-member" });
    expect(await rescheduleSession(host.user, s.id, new Date(Date.now() - 60 * MIN), 45)).toMatchObject({
      reason: "bad-time",
    });
  });
});

describe("practice partners", () => {
  async function finishedTogether() {
    const a = await person("pa");
    const b = await person("pb");
    const { createSession } = await import("~/modules/sessions/sessions.server");
    const created = await createSession(a.user, { problem: "two-sum", visibility: "public" });
    if (!created.ok) throw new Error(created.message);
    await joinSession(b.user, created.id, undefined);
    return { a, b, sessionId: created.id };
  }

  it("saves someone you finished a session with, not before it ended and not a stranger", async () => {
    const { a, b, sessionId } = await finishedTogether();
    const stranger = await person("ps");
    expect((await savePartner(a.user, sessionId, b.user.id)).ok).toBe(false);
    await endSession(a.user, sessionId);
    expect((await savePartner(a.user, sessionId, stranger.user.id)).ok).toBe(false);
    expect((await savePartner(stranger.user, sessionId, a.user.id)).ok).toBe(false);
    expect((await savePartner(a.user, sessionId, b.user.id)).ok).toBe(true);
    expect((await getStore().partners.list(a.user.id)).map((p) => p.userId)).toEqual([b.user.id]);
  });

  it("invites a partner now: the room opens for the inviter and the partner is notified with the link", async () => {
    const { a, b, sessionId } = await finishedTogether();
    await endSession(a.user, sessionId);
    await savePartner(a.user, sessionId, b.user.id);
    const invited = await invitePartner(a.user, {
      partnerId: b.user.id,
      problem: "random",
      startsAt: null,
      timeZone: "UTC",
      durationMinutes: 45,
    });
    if (!invited.ok) throw new Error(invited.message);
    expect(invited.sessionId).toBeTruthy();
    const note = (await getStore().notifications.listForUser(b.user.id, 10)).find((n) => n.type === "invitation");
    expect(note).toMatchObject({ link: `/scheduled/${invited.scheduledId}` });
    expect(await enterScheduled(b.user, invited.scheduledId)).toEqual({ ok: true, sessionId: invited.sessionId });
    const stranger = await person("px");
    expect(
      await invitePartner(stranger.user, {
        partnerId: a.user.id,
        problem: "random",
        startsAt: null,
        timeZone: "UTC",
        durationMinutes: 45,
      }),
    ).toMatchObject({ ok: false, reason: "not-partner" });
  });

  it("a weekly slot schedules the next week's session once and stops when cancelled", async () => {
    const { a, b, sessionId } = await finishedTogether();
    await endSession(a.user, sessionId);
    await savePartner(a.user, sessionId, b.user.id);
    const made = await createSlot(a.user, {
      partnerId: b.user.id,
      weekday: 2,
      minuteOfDay: 19 * 60,
      timeZone: "Europe/London",
      durationMinutes: 45,
      problem: "random",
    });
    if (!made.ok) throw new Error(made.message);
    await runSchedulingTick(new Date());
    await runSchedulingTick(new Date());
    const pending = await getStore().scheduled.listPendingForSlot(made.slot.id);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ hostId: a.user.id, guestId: b.user.id, visibility: "private" });
    expect(new Date(pending[0]!.startsAt).getUTCDay()).toBe(2);
    expect(await notificationsOf(b.user.id)).toContain("invitation");
    // A week on, the following Tuesday's session appears too.
    await runSchedulingTick(new Date(Date.now() + 7 * 24 * 60 * MIN));
    expect((await getStore().scheduled.listPendingForSlot(made.slot.id)).length).toBeGreaterThanOrEqual(2);
    expect((await cancelSlot(b.user, made.slot.id)).ok).toBe(true);
    expect(await getStore().scheduled.listPendingForSlot(made.slot.id)).toEqual([]);
    expect(await getStore().slots.listForUser(a.user.id)).toEqual([]);
  });
});
