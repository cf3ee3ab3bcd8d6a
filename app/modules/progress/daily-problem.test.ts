import { describe, expect, it } from "vitest";

import { listProblems } from "~/modules/problems/problem-bank.server";

import { dailyProblem, DIFFICULTY_ROTATION } from "./daily-problem";

const problems = listProblems();
const day = (iso: string) => new Date(iso);

describe("daily problem", () => {
  it("is the same all UTC day and changes at UTC midnight", () => {
    const morning = dailyProblem(problems, day("2026-01-05T00:00:00Z"));
    expect(dailyProblem(problems, day("2026-01-05T23:59:59Z"))).toBe(morning);
    expect(dailyProblem(problems, day("2026-01-06T00:00:00Z"))).not.toBe(morning);
  });

  it("follows the difficulty rotation, starting on Mondays", () => {
    // 5 January 2026 is a Monday.
    for (let i = 0; i < 7; i++) {
      const problem = dailyProblem(problems, day(`2026-01-${String(5 + i).padStart(2, "0")}T12:00:00Z`));
      expect(problem?.difficulty).toBe(DIFFICULTY_ROTATION[i]);
    }
  });

  it("walks through every problem of a difficulty before repeating one", () => {
    const hard = problems.filter((p) => p.difficulty === "hard");
    const seen = new Set<string>();
    // Hard is Friday's: one a week.
    for (let w = 0; w < hard.length; w++) {
      seen.add(dailyProblem(problems, new Date(Date.UTC(2026, 0, 9 + 7 * w, 12)))!.slug);
    }
    expect(seen.size).toBe(hard.length);
  });

  it("does not depend on the order the bank lists problems in", () => {
    const at = day("2026-02-14T08:00:00Z");
    expect(dailyProblem([...problems].reverse(), at)?.slug).toBe(dailyProblem(problems, at)?.slug);
    expect(dailyProblem([], at)).toBeNull();
  });
});
