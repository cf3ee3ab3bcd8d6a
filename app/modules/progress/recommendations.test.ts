import { describe, expect, it } from "vitest";

import type { JudgedSubmission, ProblemInfo } from "./problem-stats";
import { problemStats } from "./problem-stats";
import { recommend } from "./recommendations";

const p = (slug: string, difficulty: ProblemInfo["difficulty"], topics: ProblemInfo["topics"]): ProblemInfo => ({
  slug,
  title: slug.toUpperCase(),
  difficulty,
  topics,
});

const bank: ProblemInfo[] = [
  p("a1", "easy", ["arrays-hashing"]),
  p("a2", "easy", ["arrays-hashing"]),
  p("a3", "easy", ["arrays-hashing"]),
  p("a4", "easy", ["arrays-hashing"]),
  p("a5", "easy", ["arrays-hashing"]),
  p("a6", "medium", ["arrays-hashing"]),
  p("w1", "easy", ["sliding-window"]),
  p("w2", "medium", ["sliding-window"]),
  p("s1", "easy", ["stack"]),
];

let clock = 0;
const sub = (problemSlug: string, verdict = "Accepted"): JudgedSubmission => ({
  problemSlug,
  verdict,
  createdAt: new Date(++clock * 60_000),
});

describe("recommendations", () => {
  it("proposes the next difficulty once the current one is mostly solved, saying why", () => {
    const stats = problemStats(["a1", "a2", "a3", "a4"].map((s) => sub(s)));
    const recs = recommend({ problems: bank, stats, limit: 5 });
    expect(recs).toContainEqual(
      expect.objectContaining({
        slug: "a6",
        kind: "next-step",
        reason: "you solved 4 of 5 easy arrays & hashing problems",
      }),
    );
  });

  it("proposes a topic with low acceptance", () => {
    const stats = problemStats([
      sub("w1", "Wrong Answer"),
      sub("w1", "Time Limit Exceeded"),
      sub("w1", "Wrong Answer"),
    ]);
    const [first] = recommend({ problems: bank, stats });
    expect(first).toMatchObject({
      slug: "w1",
      kind: "low-acceptance",
      reason: "0 of 3 submissions accepted in sliding window",
    });
  });

  it("puts a topic named as a blocker in a reflection first", () => {
    const [first] = recommend({ problems: bank, stats: problemStats([]), blockerTopics: ["stack"] });
    expect(first).toMatchObject({ slug: "s1", kind: "blocker", reason: "you named stack as a blocker" });
  });

  it("proposes problems not tried yet, new topics first, and never a solved one", () => {
    const stats = problemStats([sub("a1")]);
    const recs = recommend({ problems: bank, stats, limit: 3 });
    expect(recs.map((r) => r.slug)).toEqual(["w1", "s1", "a2"]);
    expect(recs[0]!.reason).toBe("you have not tried sliding window yet");
    expect(recs[2]!.reason).toBe("next on the roadmap, not tried yet");
    expect(recs.some((r) => r.slug === "a1")).toBe(false);
  });

  it("leaves out what a partner solved too", () => {
    const recs = recommend({ problems: bank, stats: problemStats([]), alsoSolved: new Set(["a1", "w1"]), limit: 9 });
    expect(recs.map((r) => r.slug)).not.toContain("a1");
    expect(recs.map((r) => r.slug)).not.toContain("w1");
  });
});
