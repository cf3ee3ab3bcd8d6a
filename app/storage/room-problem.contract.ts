import { describe, expect, it } from "vitest";

import type { Store } from "./store.server";

/** A session's problem changing (ADR 080); store.contract.ts runs it for every implementation. */
export function roomProblemContract(getStore: () => Store) {
  describe("room problems", () => {
    let counter = 0;
    const room = async () => {
      const n = ++counter;
      const store = getStore();
      const host = await store.users.create({
        username: `rp_host_${n}`,
        email: `rp_host_${n}@example.test`,
        passwordHash: "h",
      });
      const guest = await store.users.create({
        username: `rp_guest_${n}`,
        email: `rp_guest_${n}@example.test`,
        passwordHash: "h",
      });
      const session = await store.sessions.create({
        id: `rp-session-${n}`,
        hostId: host.id,
        problemSlug: "two-sum",
        visibility: "public",
        passwordHash: null,
      });
      await store.sessions.claimGuestSeat(session.id, guest.id, new Date());
      return { store, host, guest, sessionId: session.id };
    };
    const t0 = new Date("2026-03-01T10:00:00Z");
    const later = (ms: number) => new Date(t0.getTime() + ms);

    it("keeps one pending proposal per session: another person's waits, your own is replaced", async () => {
      const { store, host, guest, sessionId } = await room();
      const base = { sessionId, fromSlug: "two-sum", expiresAt: later(60_000) };
      expect(
        await store.roomProblems.propose(
          { ...base, id: "p1", problemSlug: "valid-parentheses", proposedBy: host.id },
          t0,
        ),
      ).toBe(true);
      expect(
        await store.roomProblems.propose(
          { ...base, id: "p2", problemSlug: "climbing-stairs", proposedBy: guest.id },
          later(1000),
        ),
      ).toBe(false);
      expect(
        await store.roomProblems.propose(
          { ...base, id: "p3", problemSlug: "climbing-stairs", proposedBy: host.id },
          later(1000),
        ),
      ).toBe(true);
      const pending = await store.roomProblems.pending(sessionId, later(2000));
      expect(pending).toMatchObject({
        id: "p3",
        problemSlug: "climbing-stairs",
        fromSlug: "two-sum",
        proposedBy: host.id,
      });
      expect(pending?.expiresAt.getTime()).toBe(later(60_000).getTime());
      // Lapsed: no longer pending, and the partner may propose.
      expect(await store.roomProblems.pending(sessionId, later(60_000))).toBeNull();
      expect(
        await store.roomProblems.propose(
          { ...base, id: "p4", problemSlug: "valid-parentheses", proposedBy: guest.id, expiresAt: later(120_000) },
          later(61_000),
        ),
      ).toBe(true);
    });

    it("refuses a proposal for an ended session or from a problem it has left", async () => {
      const { store, host, sessionId } = await room();
      const proposal = {
        sessionId,
        id: "x",
        problemSlug: "valid-parentheses",
        proposedBy: host.id,
        expiresAt: later(60_000),
      };
      expect(await store.roomProblems.propose({ ...proposal, fromSlug: "climbing-stairs" }, t0)).toBe(false);
      await store.sessions.end(sessionId, "host-ended", t0);
      expect(await store.roomProblems.propose({ ...proposal, fromSlug: "two-sum" }, t0)).toBe(false);
    });

    it("accepting switches once, consuming the proposal; a lapsed or withdrawn one switches nothing", async () => {
      const { store, host, sessionId } = await room();
      const proposal = {
        sessionId,
        fromSlug: "two-sum",
        problemSlug: "valid-parentheses",
        proposedBy: host.id,
        expiresAt: later(60_000),
      };
      await store.roomProblems.propose({ ...proposal, id: "a" }, t0);
      const accept = { sessionId, fromSlug: "two-sum", toSlug: "valid-parentheses", proposalId: "a" };
      expect(await store.roomProblems.change(accept, later(60_000))).toBe(false);
      expect((await store.sessions.findById(sessionId))?.problemSlug).toBe("two-sum");
      const [first, second] = await Promise.all([
        store.roomProblems.change(accept, later(1000)),
        store.roomProblems.change(accept, later(1000)),
      ]);
      expect([first, second].filter(Boolean)).toHaveLength(1);
      expect((await store.sessions.findById(sessionId))?.problemSlug).toBe("valid-parentheses");
      expect(await store.roomProblems.pending(sessionId, later(1000))).toBeNull();
      expect(await store.roomProblems.problemsOf(sessionId)).toEqual(["two-sum", "valid-parentheses"]);

      await store.roomProblems.propose(
        { ...proposal, id: "b", fromSlug: "valid-parentheses", problemSlug: "two-sum" },
        later(2000),
      );
      expect(await store.roomProblems.withdraw(sessionId, "b")).toMatchObject({ id: "b", problemSlug: "two-sum" });
      expect(await store.roomProblems.withdraw(sessionId, "b")).toBeNull();
      expect(
        await store.roomProblems.change(
          { sessionId, fromSlug: "valid-parentheses", toSlug: "two-sum", proposalId: "b" },
          later(3000),
        ),
      ).toBe(false);
    });

    it("a direct change is a compare-and-set on the current problem and clears any proposal; ended sessions refuse", async () => {
      const { store, host, sessionId } = await room();
      expect(await store.roomProblems.problemsOf(sessionId)).toEqual([]);
      await store.roomProblems.propose(
        {
          sessionId,
          id: "c",
          fromSlug: "two-sum",
          problemSlug: "climbing-stairs",
          proposedBy: host.id,
          expiresAt: later(60_000),
        },
        t0,
      );
      expect(await store.roomProblems.change({ sessionId, fromSlug: "climbing-stairs", toSlug: "two-sum" }, t0)).toBe(
        false,
      );
      expect(
        await store.roomProblems.change({ sessionId, fromSlug: "two-sum", toSlug: "valid-parentheses" }, later(1)),
      ).toBe(true);
      expect(await store.roomProblems.pending(sessionId, later(2))).toBeNull();
      expect(
        await store.roomProblems.change({ sessionId, fromSlug: "valid-parentheses", toSlug: "two-sum" }, later(3)),
      ).toBe(true);
      // Back to a problem it had been on: listed once, in first-seen order.
      expect(await store.roomProblems.problemsOf(sessionId)).toEqual(["two-sum", "valid-parentheses"]);
      await store.sessions.end(sessionId, "host-ended", later(4));
      expect(
        await store.roomProblems.change({ sessionId, fromSlug: "two-sum", toSlug: "climbing-stairs" }, later(5)),
      ).toBe(false);
    });
  });
}
