import { describe, expect, it } from "vitest";

import type { Store } from "./store.server";

/**
 * The scheduling parts of the Store contract (scheduled sessions, weekly slots, partners,
 * notifications), run by `runStoreContract` for every implementation.
 */
export function runSchedulingContract(store: () => Store) {
  const MIN = 60_000;
  let n = 0;
  const person = async (tag: string) =>
    store().users.create({
      username: `sch_${tag}_${++n}`,
      email: `sch_${tag}_${n}@example.test`,
      passwordHash: "hash",
    });
  const schedule = async (hostId: string, startsAt: Date, extra: { guestId?: string; slotId?: string } = {}) =>
    store().scheduled.create({
      id: `sch-${++n}`,
      hostId,
      guestId: extra.guestId ?? null,
      problemSlug: "two-sum",
      visibility: "public",
      passwordHash: null,
      startsAt,
      durationMinutes: 45,
      timeZone: "Europe/London",
      slotId: extra.slotId ?? null,
    });

  describe("scheduled sessions", () => {
    it("creates, finds and lists upcoming public sessions with a free seat, soonest first", async () => {
      const host = await person("h");
      const guest = await person("g");
      const now = new Date();
      const later = await schedule(host.id, new Date(now.getTime() + 60 * MIN));
      const sooner = await schedule(host.id, new Date(now.getTime() + 20 * MIN));
      const taken = await schedule(host.id, new Date(now.getTime() + 30 * MIN), { guestId: guest.id });
      expect(later).toMatchObject({ hostUsername: host.username, status: "scheduled", sequence: 0, guestId: null });
      expect(taken.guestUsername).toBe(guest.username);
      const listed = (await store().scheduled.listUpcomingPublic(now, 10)).map((s) => s.id);
      expect(listed).toEqual([sooner.id, later.id]);
      expect((await store().scheduled.listForUser(guest.id, now, 10)).map((s) => s.id)).toEqual([taken.id]);
    });

    it("gives the free seat to exactly one of two simultaneous reservations, never to the host", async () => {
      const host = await person("h");
      const [a, b] = [await person("a"), await person("b")];
      const s = await schedule(host.id, new Date(Date.now() + 30 * MIN));
      expect(await store().scheduled.reserveGuest(s.id, host.id, new Date())).toBe(false);
      const results = await Promise.all([
        store().scheduled.reserveGuest(s.id, a.id, new Date()),
        store().scheduled.reserveGuest(s.id, b.id, new Date()),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results[0] ? a : b;
      expect(await store().scheduled.releaseGuest(s.id, winner.id, new Date())).toBe(true);
      expect((await store().scheduled.findById(s.id))?.guestId).toBeNull();
    });

    it("reschedules and cancels for the host only, raising the sequence and making the reminder due again", async () => {
      const host = await person("h");
      const other = await person("o");
      const s = await schedule(host.id, new Date(Date.now() + 30 * MIN));
      expect(await store().scheduled.claimReminder(s.id, new Date())).toBe(true);
      const moved = new Date(Date.now() + 90 * MIN);
      expect(await store().scheduled.reschedule(s.id, other.id, moved, 30, new Date())).toBe(false);
      expect(await store().scheduled.reschedule(s.id, host.id, moved, 30, new Date())).toBe(true);
      expect(await store().scheduled.findById(s.id)).toMatchObject({
        sequence: 1,
        remindedAt: null,
        startsAt: moved,
        durationMinutes: 30,
      });
      expect(await store().scheduled.cancel(s.id, other.id, new Date())).toBe(false);
      expect(await store().scheduled.cancel(s.id, host.id, new Date())).toBe(true);
      expect(await store().scheduled.cancel(s.id, host.id, new Date())).toBe(false);
      expect(await store().scheduled.findById(s.id)).toMatchObject({ status: "cancelled", sequence: 2 });
    });

    it("lists due reminders, openings and no-show candidates, and claims each step once", async () => {
      const host = await person("h");
      const now = Date.now();
      const soon = await schedule(host.id, new Date(now + 5 * MIN));
      const far = await schedule(host.id, new Date(now + 60 * MIN));
      const due = (await store().scheduled.listDueReminders(new Date(now + 10 * MIN), 50)).map((s) => s.id);
      expect(due).toContain(soon.id);
      expect(due).not.toContain(far.id);
      expect(await store().scheduled.claimReminder(soon.id, new Date())).toBe(true);
      expect(await store().scheduled.claimReminder(soon.id, new Date())).toBe(false);
      expect((await store().scheduled.listDueReminders(new Date(now + 10 * MIN), 50)).map((s) => s.id)).not.toContain(
        soon.id,
      );

      const openAt = new Date(now + 6 * MIN);
      expect((await store().scheduled.listDueOpenings(new Date(now), openAt, 50)).map((s) => s.id)).toContain(soon.id);
      expect((await store().scheduled.listDueOpenings(openAt, openAt, 50)).map((s) => s.id)).not.toContain(soon.id);
      const room = await store().sessions.create({
        id: `room-${++n}`,
        hostId: host.id,
        problemSlug: "two-sum",
        visibility: "public",
        passwordHash: null,
      });
      expect(await store().scheduled.markOpened(soon.id, room.id, openAt)).toBe(true);
      expect(await store().scheduled.markOpened(soon.id, room.id, openAt)).toBe(false);
      expect(await store().scheduled.findById(soon.id)).toMatchObject({ status: "open", sessionId: room.id });

      const checkAt = new Date(now + 5 * MIN);
      expect((await store().scheduled.listNoShowCandidates(checkAt, 50)).map((s) => s.id)).toContain(soon.id);
      expect(await store().scheduled.markNoShowChecked(soon.id, null, new Date())).toBe(true);
      expect(await store().scheduled.markNoShowChecked(soon.id, null, new Date())).toBe(false);
      expect((await store().scheduled.listNoShowsForUser(host.id, 10)).map((s) => s.id)).toContain(soon.id);
    });

    it("creates one occurrence per slot and start, however often asked", async () => {
      const owner = await person("o");
      const partner = await person("p");
      const slot = await store().slots.create({
        id: `slot-${++n}`,
        ownerId: owner.id,
        partnerId: partner.id,
        weekday: 2,
        minuteOfDay: 19 * 60,
        timeZone: "Europe/London",
        durationMinutes: 45,
        problemSlug: "random",
      });
      expect(slot).toMatchObject({ ownerUsername: owner.username, partnerUsername: partner.username });
      const startsAt = new Date(Date.now() + 3 * 24 * 60 * MIN);
      const occurrence = (id: string) => ({
        id,
        hostId: owner.id,
        guestId: partner.id,
        problemSlug: "two-sum",
        visibility: "private" as const,
        passwordHash: null,
        startsAt,
        durationMinutes: 45,
        timeZone: "Europe/London",
        slotId: slot.id,
      });
      const results = await Promise.all([
        store().scheduled.createForSlot(occurrence(`occ-${++n}`)),
        store().scheduled.createForSlot(occurrence(`occ-${++n}`)),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store().scheduled.listPendingForSlot(slot.id)).toHaveLength(1);
      expect((await store().slots.listForUser(partner.id)).map((s) => s.id)).toEqual([slot.id]);
      const stranger = await person("s");
      expect(await store().slots.cancel(slot.id, stranger.id, new Date())).toBe(false);
      expect(await store().slots.cancel(slot.id, partner.id, new Date())).toBe(true);
      expect(await store().slots.listForUser(owner.id)).toEqual([]);
    });
  });

  describe("practice partners", () => {
    it("adds idempotently, lists by name and removes", async () => {
      const me = await person("m");
      const you = await person("y");
      await store().partners.add(me.id, you.id, new Date());
      await store().partners.add(me.id, you.id, new Date());
      expect(await store().partners.list(me.id)).toEqual([
        { userId: you.id, username: you.username, since: expect.any(Date) },
      ]);
      expect(await store().partners.has(me.id, you.id)).toBe(true);
      expect(await store().partners.has(you.id, me.id)).toBe(false);
      expect(await store().partners.remove(me.id, you.id)).toBe(true);
      expect(await store().partners.list(me.id)).toEqual([]);
    });
  });

  describe("notifications", () => {
    it("stores one per user and key, newest first, and only the addressee marks it read", async () => {
      const me = await person("m");
      const other = await person("x");
      const base = { userId: me.id, type: "invitation" as const, body: "b", link: "/partners" };
      const first = await store().notifications.create({ ...base, title: "one", dedupeKey: "k1" });
      const again = await store().notifications.create({ ...base, title: "one again", dedupeKey: "k1" });
      expect(first.created).toBe(true);
      expect(again).toMatchObject({ created: false, notification: { id: first.notification.id, title: "one" } });
      const second = await store().notifications.create({ ...base, title: "two", dedupeKey: "k2" });
      expect((await store().notifications.listForUser(me.id, 10)).map((x) => x.title)).toEqual(["two", "one"]);
      expect(await store().notifications.countUnread(me.id)).toBe(2);
      expect(await store().notifications.markRead(first.notification.id, other.id, new Date())).toBe(false);
      expect(await store().notifications.markRead(first.notification.id, me.id, new Date())).toBe(true);
      expect(await store().notifications.countUnread(me.id)).toBe(1);
      expect(await store().notifications.markAllRead(me.id, new Date())).toBe(1);
      expect(await store().notifications.countUnread(me.id)).toBe(0);
      expect(
        (await store().notifications.listForUser(me.id, 10)).find((x) => x.id === second.notification.id)?.readAt,
      ).toBeInstanceOf(Date);
      expect(await store().notifications.listForUser(other.id, 10)).toEqual([]);
    });
  });
}
