import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  bestPartner,
  chooseProblem,
  compatible,
  levelOf,
  pairUp,
  type QueueEntry,
  widenedAfter,
  wideningStage,
} from "~/modules/matching/match-rules";
import { DIFFICULTIES, LANGUAGES, type Topic } from "~/modules/problems/problem-constants";

const T0 = 1_000_000;
let n = 0;
const entry = (over: Partial<QueueEntry> = {}): QueueEntry => ({
  userId: `u${++n}`,
  username: `user${n}`,
  difficulty: "medium",
  topics: [],
  language: "python",
  problemSlug: null,
  level: 0,
  joinedAt: T0,
  front: false,
  ...over,
});

describe("widening", () => {
  it("relaxes topics at 15 s, language at 30 s, one difficulty level at 45 s, nothing more", () => {
    expect(widenedAfter(14_999)).toEqual([]);
    expect(widenedAfter(15_000)).toEqual(["topics"]);
    expect(widenedAfter(30_000)).toEqual(["topics", "language"]);
    expect(widenedAfter(45_000)).toEqual(["topics", "language", "difficulty"]);
    expect(wideningStage(10 * 60_000)).toBe(3);
  });

  it("disjoint topics meet only after both have waited 15 s", () => {
    const a = entry({ topics: ["graphs"] });
    const b = entry({ topics: ["trees"], joinedAt: T0 + 10_000 });
    expect(compatible(a, b, T0 + 20_000)).toBe(false); // b has waited 10 s
    expect(compatible(a, b, T0 + 25_000)).toBe(true);
  });

  it("different languages meet after 30 s, a difficulty apart after 45 s, two apart never", () => {
    const a = entry({ language: "javascript" });
    const b = entry({ language: "python" });
    expect(compatible(a, b, T0 + 29_999)).toBe(false);
    expect(compatible(a, b, T0 + 30_000)).toBe(true);
    const easy = entry({ difficulty: "easy" });
    const medium = entry({ difficulty: "medium" });
    const hard = entry({ difficulty: "hard" });
    expect(compatible(easy, medium, T0 + 44_999)).toBe(false);
    expect(compatible(easy, medium, T0 + 45_000)).toBe(true);
    expect(compatible(easy, hard, T0 + 3_600_000)).toBe(false);
  });

  it("two different given problems never meet; the same problem needs no shared topic", () => {
    expect(compatible(entry({ problemSlug: "two-sum" }), entry({ problemSlug: "lru-cache" }), T0 + 3_600_000)).toBe(
      false,
    );
    const same = [
      entry({ problemSlug: "two-sum", topics: ["graphs"] }),
      entry({ problemSlug: "two-sum", topics: ["trees"] }),
    ];
    expect(compatible(same[0]!, same[1]!, T0)).toBe(true);
  });

  it("nobody is their own partner", () => {
    const a = entry();
    expect(compatible(a, a, T0)).toBe(false);
  });
});

describe("preference order", () => {
  it("prefers equal difficulty, then overlapping topics, then the same language, then similar level", () => {
    const now = T0 + 60_000; // everything widened
    const me = entry({ difficulty: "medium", topics: ["graphs"], language: "python", level: 10 });
    const offDifficulty = entry({ difficulty: "hard", topics: ["graphs"], language: "python", level: 10 });
    const offTopic = entry({ topics: ["trees"], language: "python", level: 10 });
    const offLanguage = entry({ topics: ["graphs"], language: "javascript", level: 10 });
    const farLevel = entry({ topics: ["graphs"], language: "python", level: 40 });
    const nearLevel = entry({ topics: ["graphs"], language: "python", level: 12 });
    const ranked = [nearLevel, farLevel, offLanguage, offTopic, offDifficulty];
    for (let i = 0; i < ranked.length; i++) expect(bestPartner(me, ranked.slice(i).reverse(), now)).toBe(ranked[i]);
  });

  it("among equals, someone back at the front goes first, then whoever waited longest", () => {
    const me = entry({ joinedAt: T0 + 5_000 });
    const older = entry({ joinedAt: T0 });
    const front = entry({ joinedAt: T0 + 4_000, front: true });
    expect(bestPartner(me, [older, front], T0 + 6_000)).toBe(front);
    expect(bestPartner(me, [entry({ joinedAt: T0 + 1 }), older], T0 + 6_000)).toBe(older);
  });

  it("levels weigh solved problems by difficulty", () => {
    expect(levelOf(["easy", "medium", "hard", "hard"])).toBe(9);
  });
});

describe("pairing", () => {
  const arbitraryEntry = fc.record({
    difficulty: fc.constantFrom(...DIFFICULTIES),
    topics: fc.subarray<Topic>(["graphs", "trees", "heap", "stack"], { maxLength: 2 }),
    language: fc.constantFrom(...LANGUAGES),
    problemSlug: fc.constantFrom(null, null, "two-sum", "lru-cache"),
    level: fc.integer({ min: 0, max: 30 }),
    waited: fc.integer({ min: 0, max: 60_000 }),
    front: fc.boolean(),
  });

  it("pairs are disjoint, never a person with themself, and every pair is compatible", () => {
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { maxLength: 60 }), (rows) => {
        const now = T0 + 60_000;
        const entries = rows.map((r, i) =>
          entry({ ...r, userId: `p${i}`, joinedAt: now - r.waited, topics: [...r.topics] }),
        );
        const pairs = pairUp(entries, now);
        const seen = new Set<string>();
        for (const [a, b] of pairs) {
          expect(compatible(a, b, now)).toBe(true);
          expect(seen.has(a.userId) || seen.has(b.userId)).toBe(false);
          seen.add(a.userId).add(b.userId);
        }
        // Nobody left over could still be paired with another one left over.
        const left = entries.filter((e) => !seen.has(e.userId));
        for (const a of left) for (const b of left) expect(compatible(a, b, now)).toBe(false);
      }),
    );
  });
});

describe("choosing the problem", () => {
  const bank = [
    { slug: "e-graphs", difficulty: "easy", topics: ["graphs"] },
    { slug: "m-graphs", difficulty: "medium", topics: ["graphs"] },
    { slug: "m-trees", difficulty: "medium", topics: ["trees"] },
    { slug: "m-heap", difficulty: "medium", topics: ["heap"] },
  ] as const;
  const first = () => 0;

  it("takes a shared topic at the agreed difficulty that neither has solved", () => {
    const a = entry({ topics: ["graphs", "trees"] });
    const b = entry({ topics: ["trees"] });
    expect(chooseProblem(a, b, bank, new Set(), first)).toBe("m-trees");
    expect(chooseProblem(a, b, bank, new Set(["m-trees"]), first)).toBe("m-graphs");
    expect(chooseProblem(a, b, bank, new Set(["m-trees", "m-graphs"]), first)).toBe("m-heap");
  });

  it("falls back to a solved one only when every problem is solved, and keeps a given problem", () => {
    const a = entry({ difficulty: "easy" });
    const b = entry({ difficulty: "easy" });
    expect(chooseProblem(a, b, bank, new Set(["e-graphs"]), first)).toBe("m-graphs");
    expect(chooseProblem(a, b, bank, new Set(bank.map((p) => p.slug)), first)).toBe("e-graphs");
    expect(chooseProblem(entry({ problemSlug: "m-heap" }), b, bank, new Set(["m-heap"]), first)).toBe("m-heap");
  });
});
