import { describe, expect, it } from "vitest";

import type { Store } from "./store.server";

/** The progress part of the storage contract; store.contract.ts runs it for every implementation. */
export function progressStoreContract(getStore: () => Store) {
  describe("progress", () => {
    let counter = 0;
    const person = (name: string) =>
      getStore().users.create({
        username: `pg_${name}_${++counter}`,
        email: `pg_${name}_${counter}@example.test`,
        passwordHash: "h",
      });
    const submit = (
      userId: string,
      problemSlug: string,
      verdict: string,
      iso: string,
      sessionId: string | null = null,
    ) =>
      getStore().submissions.create({
        userId,
        problemSlug,
        language: "javascript",
        code: "// code",
        verdict,
        passed: verdict === "Accepted" ? 3 : 1,
        total: 3,
        timeMs: 1,
        sessionId,
        createdAt: new Date(iso),
      });
    /** A session the two sat in, ended at `iso`. */
    const finished = async (hostId: string, guestId: string | null, iso: string) => {
      const store = getStore();
      const id = `pg-sess-${++counter}`;
      await store.sessions.create({ id, hostId, problemSlug: "two-sum", visibility: "public", passwordHash: null });
      if (guestId) expect(await store.sessions.claimGuestSeat(id, guestId, new Date(iso))).toBe(true);
      expect(await store.sessions.end(id, "host-ended", new Date(iso))).toBe(true);
      return id;
    };

    it("starts private with no time zone, and keeps sharing and zone changes", async () => {
      const store = getStore();
      const user = await person("a");
      expect(await store.progress.settings(user.id)).toEqual({ sharing: "private", timeZones: [] });
      await store.progress.setSharing(user.id, "stats");
      await store.progress.setTimeZone(user.id, "Europe/Paris", new Date("2026-01-10T00:00:00Z"));
      await store.progress.setTimeZone(user.id, "Europe/Paris", new Date("2026-01-11T00:00:00Z"));
      await store.progress.setTimeZone(user.id, "Asia/Tokyo", new Date("2026-01-12T00:00:00Z"));
      const settings = await store.progress.settings(user.id);
      expect(settings.sharing).toBe("stats");
      // The first zone covers all earlier history; the same zone again adds nothing.
      expect(settings.timeZones).toEqual([
        { timeZone: "Europe/Paris", from: new Date(0) },
        { timeZone: "Asia/Tokyo", from: new Date("2026-01-12T00:00:00Z") },
      ]);
    });

    it("reads a user's judged submissions oldest first, with their stored times and no code", async () => {
      const store = getStore();
      const [user, other] = [await person("b"), await person("c")];
      await submit(user.id, "two-sum", "Accepted", "2026-01-03T10:00:00Z");
      await submit(user.id, "two-sum", "Wrong Answer", "2026-01-01T10:00:00Z");
      await submit(other.id, "two-sum", "Accepted", "2026-01-02T10:00:00Z");
      const data = await store.progress.progressData(user.id, 5);
      expect(data.submissions).toEqual([
        {
          problemSlug: "two-sum",
          verdict: "Wrong Answer",
          sessionId: null,
          createdAt: new Date("2026-01-01T10:00:00Z"),
        },
        { problemSlug: "two-sum", verdict: "Accepted", sessionId: null, createdAt: new Date("2026-01-03T10:00:00Z") },
      ]);
      expect(data.settings).toEqual({ sharing: "private", timeZones: [] });
    });

    it("lists finished sessions with partners, oldest first, and only ended ones", async () => {
      const store = getStore();
      const [me, ann, bob] = [await person("me"), await person("ann"), await person("bob")];
      const second = await finished(me.id, bob.id, "2026-01-09T10:00:00Z");
      const first = await finished(ann.id, me.id, "2026-01-02T10:00:00Z");
      const alone = await finished(me.id, null, "2026-01-10T10:00:00Z");
      await store.sessions.create({
        id: `open-${++counter}`,
        hostId: ann.id,
        problemSlug: "two-sum",
        visibility: "public",
        passwordHash: null,
      });
      const { sessions } = await store.progress.progressData(me.id, 0);
      expect(sessions.map((s) => s.sessionId)).toEqual([first, second, alone]);
      expect(sessions[0]).toEqual({
        sessionId: first,
        problemSlug: "two-sum",
        endedAt: new Date("2026-01-02T10:00:00Z"),
        partners: [{ id: ann.id, username: ann.username }],
      });
      expect(sessions[2]!.partners).toEqual([]);
      expect(await store.progress.finishedTogether(me.id, bob.id)).toEqual([new Date("2026-01-09T10:00:00Z")]);
      expect(await store.progress.finishedTogether(bob.id, me.id)).toEqual([new Date("2026-01-09T10:00:00Z")]);
      expect(await store.progress.finishedTogether(ann.id, bob.id)).toEqual([]);
    });

    it("keeps one reflection per session and person, newest first, replaced on save", async () => {
      const store = getStore();
      const [me, partner] = [await person("r"), await person("s")];
      const earlier = await finished(me.id, partner.id, "2026-01-02T10:00:00Z");
      const later = await finished(me.id, partner.id, "2026-01-03T10:00:00Z");
      const base = {
        userId: me.id,
        blocker: "the window",
        nextStep: "invariants",
        kudos: "thanks",
        blockerTopic: null,
      };
      await store.progress.saveReflection({ ...base, sessionId: earlier }, new Date("2026-01-02T11:00:00Z"));
      await store.progress.saveReflection({ ...base, sessionId: later }, new Date("2026-01-03T11:00:00Z"));
      const replaced = await store.progress.saveReflection(
        { ...base, sessionId: earlier, blocker: "shrinking it", blockerTopic: "sliding-window" },
        new Date("2026-01-04T11:00:00Z"),
      );
      expect(replaced).toMatchObject({
        blocker: "shrinking it",
        blockerTopic: "sliding-window",
        createdAt: new Date("2026-01-02T11:00:00Z"),
        updatedAt: new Date("2026-01-04T11:00:00Z"),
      });
      expect(await store.progress.reflection(earlier, partner.id)).toBeNull();
      const { reflections } = await store.progress.progressData(me.id, 1);
      expect(reflections.map((r) => r.sessionId)).toEqual([later]);
    });

    it("finds users by username, ignoring case, never by email", async () => {
      const store = getStore();
      const user = await person("Find");
      expect(await store.progress.findUserByUsername(user.username.toUpperCase())).toEqual({
        id: user.id,
        username: user.username,
      });
      expect(await store.progress.findUserByUsername(user.email)).toBeNull();
      expect(await store.progress.findUserByUsername("nobody-here")).toBeNull();
    });
  });
}
