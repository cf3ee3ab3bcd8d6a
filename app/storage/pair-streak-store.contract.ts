import { describe, expect, it } from "vitest";

import type { Store } from "./store.server";

/** The pair streak settings and the progress stamp; store.contract.ts runs it for every implementation. */
export function pairStreakStoreContract(getStore: () => Store) {
  describe("pair streak settings", () => {
    let counter = 0;
    const person = (name: string) =>
      getStore().users.create({
        username: `ps_${name}_${++counter}`,
        email: `ps_${name}_${counter}@example.test`,
        passwordHash: "h",
      });

    it("keeps one setting per pair, the same from either side, replaced by either partner", async () => {
      const store = getStore();
      const [a, b, c] = await Promise.all([person("a"), person("b"), person("c")]);
      expect(await store.pairStreaks.setting(a.id, b.id)).toBeNull();
      const t1 = new Date("2026-03-01T10:00:00Z");
      await store.pairStreaks.set(b.id, a.id, { unit: "day", timeZone: "Asia/Tokyo" }, t1);
      const expected = { unit: "day", timeZone: "Asia/Tokyo", changedBy: b.id, changedAt: t1 };
      expect(await store.pairStreaks.setting(a.id, b.id)).toEqual(expected);
      expect(await store.pairStreaks.setting(b.id, a.id)).toEqual(expected);
      const t2 = new Date("2026-03-02T10:00:00Z");
      await store.pairStreaks.set(a.id, b.id, { unit: "week", timeZone: "Asia/Tokyo" }, t2);
      expect(await store.pairStreaks.setting(b.id, a.id)).toEqual({
        unit: "week",
        timeZone: "Asia/Tokyo",
        changedBy: a.id,
        changedAt: t2,
      });
      await store.pairStreaks.set(c.id, a.id, { unit: "day", timeZone: "UTC" }, t2);
      const ofA = await store.pairStreaks.settingsFor(a.id);
      expect([...ofA.keys()].sort()).toEqual([b.id, c.id].sort());
      expect(ofA.get(c.id)?.unit).toBe("day");
      expect([...(await store.pairStreaks.settingsFor(b.id)).keys()]).toEqual([a.id]);
      expect((await store.pairStreaks.settingsFor(c.id)).get(a.id)?.timeZone).toBe("UTC");
    });

    it("changes the progress stamp on every change progress reads, and only then", async () => {
      const store = getStore();
      const [user, partner] = await Promise.all([person("st"), person("sp")]);
      const stamps = [await store.progress.progressStamp(user.id)];
      const changed = async () => {
        const stamp = await store.progress.progressStamp(user.id);
        expect(stamps).not.toContain(stamp);
        stamps.push(stamp);
      };
      expect(await store.progress.progressStamp(user.id)).toBe(stamps[0]);
      await store.submissions.create({
        userId: user.id,
        problemSlug: "two-sum",
        language: "javascript",
        code: "// c",
        verdict: "Accepted",
        passed: 1,
        total: 1,
        timeMs: 1,
        createdAt: new Date("2026-03-01T10:00:00Z"),
      });
      await changed();
      const id = `ps-sess-${++counter}`;
      await store.sessions.create({
        id,
        hostId: user.id,
        problemSlug: "two-sum",
        visibility: "public",
        passwordHash: null,
      });
      expect(await store.sessions.claimGuestSeat(id, partner.id, new Date("2026-03-01T11:00:00Z"))).toBe(true);
      // An open session is not a finished one.
      expect(await store.progress.progressStamp(user.id)).toBe(stamps.at(-1));
      expect(await store.sessions.end(id, "host-ended", new Date("2026-03-01T12:00:00Z"))).toBe(true);
      await changed();
      const reflection = {
        sessionId: id,
        userId: user.id,
        blocker: "b",
        nextStep: "n",
        kudos: "k",
        blockerTopic: null,
      };
      await store.progress.saveReflection(reflection, new Date("2026-03-01T12:05:00Z"));
      await changed();
      await store.progress.saveReflection({ ...reflection, blocker: "b2" }, new Date("2026-03-01T12:06:00Z"));
      await changed();
      await store.progress.setTimeZone(user.id, "Europe/Paris", new Date("2026-03-01T13:00:00Z"));
      await changed();
      await store.pairStreaks.set(
        partner.id,
        user.id,
        { unit: "day", timeZone: "UTC" },
        new Date("2026-03-02T00:00:00Z"),
      );
      await changed();
      // Another user's activity leaves it alone.
      await store.submissions.create({
        userId: partner.id,
        problemSlug: "two-sum",
        language: "javascript",
        code: "// c",
        verdict: "Accepted",
        passed: 1,
        total: 1,
        timeMs: 1,
        createdAt: new Date("2026-03-03T10:00:00Z"),
      });
      expect(await store.progress.progressStamp(user.id)).toBe(stamps.at(-1));
    });
  });
}
