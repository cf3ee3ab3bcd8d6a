import { describe, expect, it } from "vitest";

import type { ProblemInfo } from "~/modules/progress/problem-stats";

import { suggestProblems } from "./problem-suggestions";

const p = (slug: string, difficulty: ProblemInfo["difficulty"], topics: ProblemInfo["topics"]): ProblemInfo => ({
  slug,
  title: slug.toUpperCase(),
  difficulty,
  topics,
});

const bank = [
  p("a1", "easy", ["arrays-hashing"]),
  p("a2", "easy", ["arrays-hashing", "two-pointers"]),
  p("s1", "medium", ["stack"]),
  p("w1", "medium", ["sliding-window"]),
  p("h1", "hard", ["stack"]),
];

describe("room problem suggestions", () => {
  it("proposes only problems neither seated person has solved, never the current one", () => {
    const suggestions = suggestProblems({
      problems: bank,
      currentSlug: "a2",
      mySolved: new Set(["a1"]),
      partnerSolved: new Set(["s1"]),
    });
    expect(suggestions.map((s) => s.slug)).toEqual(["w1", "h1"]);
  });

  it("explains each one in a few words: unsolved by both, difficulty and topics", () => {
    const [first] = suggestProblems({
      problems: bank,
      currentSlug: "a1",
      mySolved: new Set(),
      partnerSolved: new Set(),
    });
    expect(first).toEqual({
      slug: "a2",
      title: "A2",
      difficulty: "easy",
      reason: "neither of you has solved it · easy, arrays & hashing, two pointers",
    });
  });

  it("alone in the room, speaks of the one person", () => {
    const [first] = suggestProblems({ problems: bank, currentSlug: "a1", mySolved: new Set(), partnerSolved: null });
    expect(first?.reason).toBe("you have not solved it · easy, arrays & hashing, two pointers");
  });

  it("puts the proposer's recommendations first with their reason, skipping any the partner solved", () => {
    const suggestions = suggestProblems({
      problems: bank,
      currentSlug: "a1",
      mySolved: new Set(),
      partnerSolved: new Set(["h1"]),
      recommendations: [
        { slug: "h1", title: "H1", difficulty: "hard", kind: "blocker", reason: "you named stack as a blocker" },
        {
          slug: "s1",
          title: "S1",
          difficulty: "medium",
          kind: "next-step",
          reason: "you solved 2 of 3 easy stack problems",
        },
      ],
      limit: 2,
    });
    expect(suggestions).toEqual([
      expect.objectContaining({ slug: "s1", reason: "you solved 2 of 3 easy stack problems · new to both of you" }),
      expect.objectContaining({ slug: "a2" }),
    ]);
  });

  it("is empty when both have solved everything else", () => {
    const all = new Set(bank.map((b) => b.slug));
    expect(suggestProblems({ problems: bank, currentSlug: "a1", mySolved: all, partnerSolved: new Set() })).toEqual([]);
  });
});
