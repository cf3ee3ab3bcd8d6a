import { describe, expect, it } from "vitest";

import type { MatchEvent } from "~/modules/matching/match-events";
import type { MatchCriteria } from "~/modules/matching/match-rules";
import { Matchmaker, type MatchmakerDeps } from "~/modules/matching/matchmaker.server";
import { memoryMatchQueue } from "~/modules/matching/memory-match-queue.server";

const criteria: MatchCriteria = { difficulty: "easy", topics: [], language: "python", problemSlug: null };
const problems = [
  { slug: "p1", difficulty: "easy", topics: ["graphs"] },
  { slug: "p2", difficulty: "easy", topics: ["trees"] },
] as const;

function world(over: Partial<MatchmakerDeps> = {}) {
  let clock = 1_000_000;
  const events: MatchEvent[] = [];
  const seated = new Map<string, string>();
  const solved = new Map<string, string[]>([["a", ["p1"]]]);
  const sessions: Array<{ host: string; guest: string; slug: string }> = [];
  const matchmaker = new Matchmaker({
    queue: memoryMatchQueue(),
    emit: async (event) => void events.push(event),
    openSessionOf: async (id) => seated.get(id) ?? null,
    historyOf: async (id) => ({ level: 0, solved: new Set(solved.get(id) ?? []) }),
    problems: () => problems,
    createSession: async (host, guest, slug) => {
      for (const u of [host, guest]) {
        const open = seated.get(u.id);
        if (open) return { ok: false, seatedUserId: u.id, openSessionId: open };
      }
      sessions.push({ host: host.id, guest: guest.id, slug });
      return { ok: true, id: `s${sessions.length}` };
    },
    now: () => clock,
    ...over,
  });
  return { matchmaker, events, seated, sessions, tick: (ms: number) => (clock += ms) };
}
const user = (id: string) => ({ id, username: id });
const proposalOf = async (m: Matchmaker, id: string) => {
  const status = await m.status(id);
  if (status.kind !== "proposed") throw new Error(`${id} is ${status.kind}`);
  return status.proposal.id;
};

describe("the matchmaker on the in-process queue", () => {
  it("a second join (another tab) keeps the same place; the second compatible person is proposed at once", async () => {
    const { matchmaker, events } = world();
    const first = await matchmaker.join(user("a"), criteria);
    const again = await matchmaker.join(user("a"), { ...criteria, language: "javascript" });
    expect(again).toEqual(first);
    await matchmaker.join(user("b"), criteria);
    expect(await proposalOf(matchmaker, "a")).toBe(await proposalOf(matchmaker, "b"));
    expect(events.filter((e) => e.type === "match.proposed")).toHaveLength(1);
  });

  it("both accepting seats them on a problem neither has solved", async () => {
    const { matchmaker, sessions, events } = world();
    await matchmaker.join(user("a"), criteria);
    await matchmaker.join(user("b"), criteria);
    const id = await proposalOf(matchmaker, "a");
    expect(await matchmaker.accept("a", id)).toEqual({ kind: "waiting" });
    expect(await matchmaker.accept("b", id)).toEqual({ kind: "made", sessionId: "s1" });
    expect(sessions).toHaveLength(1);
    expect(new Set([sessions[0]!.host, sessions[0]!.guest])).toEqual(new Set(["a", "b"]));
    expect(sessions[0]!.slug).toBe("p2"); // a has solved p1
    expect(events.at(-1)).toMatchObject({ type: "match.made", sessionId: "s1", problemSlug: "p2" });
    expect((await matchmaker.status("a")).kind).toBe("idle");
  });

  it("a decline sends the other to the front of the queue, where they meet the next person first", async () => {
    const { matchmaker } = world();
    await matchmaker.join(user("a"), criteria);
    await matchmaker.join(user("b"), criteria);
    const id = await proposalOf(matchmaker, "a");
    await matchmaker.accept("a", id);
    expect(await matchmaker.decline("b", id)).toBe(true);
    expect(await matchmaker.status("b")).toEqual({ kind: "idle" });
    const back = await matchmaker.status("a");
    expect(back.kind === "queued" && back.entry.front).toBe(true);
    await matchmaker.join(user("c"), criteria);
    expect(await proposalOf(matchmaker, "c")).toBe(await proposalOf(matchmaker, "a"));
  });

  it("after 15 s the one who accepted goes to the front and the one who did not leaves", async () => {
    const { matchmaker, tick, events } = world();
    await matchmaker.join(user("a"), criteria);
    await matchmaker.join(user("b"), criteria);
    const id = await proposalOf(matchmaker, "a");
    await matchmaker.accept("b", id);
    tick(15_000);
    await matchmaker.sweep();
    expect((await matchmaker.status("a")).kind).toBe("idle");
    expect((await matchmaker.status("b")).kind).toBe("queued");
    expect(events).toContainEqual(
      expect.objectContaining({ type: "match.cancelled", reason: "timeout", requeued: ["b"], removed: ["a"] }),
    );
  });

  it("someone holding an open seat cannot queue; one who sat down meanwhile leaves the other at the front", async () => {
    const { matchmaker, seated } = world();
    seated.set("z", "open-session");
    expect(await matchmaker.join(user("z"), criteria)).toEqual({ kind: "seated", sessionId: "open-session" });
    await matchmaker.join(user("a"), criteria);
    await matchmaker.join(user("b"), criteria);
    const id = await proposalOf(matchmaker, "a");
    await matchmaker.accept("a", id);
    seated.set("b", "elsewhere");
    expect(await matchmaker.accept("b", id)).toEqual({ kind: "fell-through", seatedUserId: "b" });
    const a = await matchmaker.status("a");
    expect(a.kind === "queued" && a.entry.front).toBe(true);
  });

  it("widening pairs people in the sweep, and leaving during a proposal declines it", async () => {
    const { matchmaker, tick } = world();
    await matchmaker.join(user("a"), criteria);
    await matchmaker.join(user("b"), { ...criteria, language: "javascript" });
    await matchmaker.sweep();
    expect((await matchmaker.status("a")).kind).toBe("queued");
    tick(30_000);
    await matchmaker.sweep();
    await proposalOf(matchmaker, "a");
    await matchmaker.leave("b");
    expect((await matchmaker.status("b")).kind).toBe("idle");
    expect((await matchmaker.status("a")).kind).toBe("queued");
  });
});
