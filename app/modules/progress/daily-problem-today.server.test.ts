import { describe, expect, it } from "vitest";

import { listProblems } from "~/modules/problems/problem-bank.server";

import { dailyProblem } from "./daily-problem";
import { dailyProblemToday } from "./progress.server";

const DAY_MS = 86_400_000;

describe("dailyProblemToday", () => {
  it("is the rotation's problem of each UTC day, kept within the day and changed at midnight", () => {
    const monday = new Date("2026-11-30T00:00:00Z");
    const seen = new Set<string>();
    for (let day = 0; day < 7; day++) {
      const midnight = new Date(monday.getTime() + day * DAY_MS);
      const expected = dailyProblem(listProblems(), midnight)!;
      for (const offset of [0, 1, DAY_MS / 2, DAY_MS - 1]) {
        expect(dailyProblemToday(new Date(midnight.getTime() + offset))).toEqual({
          slug: expected.slug,
          title: expected.title,
          difficulty: expected.difficulty,
        });
      }
      seen.add(expected.slug);
    }
    expect(seen.size).toBe(7);
    // Back to an earlier day after a later one: that day's problem, not the last one kept.
    expect(dailyProblemToday(monday)?.slug).toBe(dailyProblem(listProblems(), monday)!.slug);
  });
});
