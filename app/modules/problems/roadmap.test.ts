import { describe, expect, it } from "vitest";

import { listProblems } from "~/modules/problems/problem-bank.server";
import { ROADMAP_TOPICS, roadmapOf, type RoadmapProblem } from "~/modules/problems/roadmap";

const p = (
  slug: string,
  topics: RoadmapProblem["topics"],
  difficulty: RoadmapProblem["difficulty"] = "easy",
  status: RoadmapProblem["status"] = null,
): RoadmapProblem => ({
  slug,
  title: slug,
  difficulty,
  topics,
  status,
});

describe("the roadmap", () => {
  it("lists the roadmap's topics in order, without the cross-cutting tags", () => {
    expect(ROADMAP_TOPICS[0]).toBe("arrays-hashing");
    expect(ROADMAP_TOPICS).toContain("tries");
    expect(ROADMAP_TOPICS).toContain("dp-2d");
    expect(ROADMAP_TOPICS).not.toContain("strings");
    expect(ROADMAP_TOPICS).not.toContain("design");
    expect(ROADMAP_TOPICS.indexOf("trees")).toBeLessThan(ROADMAP_TOPICS.indexOf("tries"));
  });

  it("puts each problem once, under its first roadmap topic, easiest first, and counts what is solved", () => {
    const sections = roadmapOf([
      p("hard-one", ["stack"], "hard", "solved"),
      p("lru", ["design", "linked-list"], "medium", "attempted"),
      p("easy-one", ["stack", "arrays-hashing"], "easy", "solved"),
      p("words", ["strings"]),
    ]);
    const stack = sections.find((s) => s.topic === "stack")!;
    expect(stack.problems.map((x) => x.slug)).toEqual(["easy-one", "hard-one"]);
    expect(stack.solved).toBe(2);
    expect(sections.find((s) => s.topic === "linked-list")!.problems.map((x) => x.slug)).toEqual(["lru"]);
    expect(sections.find((s) => s.topic === "arrays-hashing")!.problems).toEqual([]);
    // A problem with no roadmap topic is left out rather than misfiled.
    expect(sections.flatMap((s) => s.problems).map((x) => x.slug)).not.toContain("words");
  });

  it("places every problem of the bank", () => {
    const bank = listProblems().map((x) => ({ ...x, status: null }));
    expect(roadmapOf(bank).reduce((n, s) => n + s.problems.length, 0)).toBe(bank.length);
  });
});
