import { describe, expect, it } from "vitest";

import { judgeInNode } from "~/modules/judge/node-judge.server";
import { getProblem } from "~/modules/problems/problem-bank.server";

import { errorLineOf } from "./error-lines";

const twoSum = getProblem("two-sum")!;
const judge = (language: "javascript" | "typescript" | "python", code: string) =>
  judgeInNode(
    language,
    code,
    twoSum.spec,
    twoSum.tests.slice(0, 2).map((t, index) => ({ index, input: t.input, expected: t.expected })),
    { stopOnFailure: true },
  );

describe("errorLineOf", () => {
  it("marks the line of a JavaScript syntax error", () => {
    const summary = judge("javascript", "function twoSum(nums, target) {\n  return [0, 1\n}\n");
    expect(summary.verdict).toBe("Compile Error");
    expect(errorLineOf(summary)?.line).toBeGreaterThanOrEqual(2);
  });

  it("marks the line a JavaScript runtime error was thrown on", () => {
    const summary = judge("javascript", "function twoSum(nums, target) {\n  const x = null;\n  return x.y;\n}\n");
    expect(summary.verdict).toBe("Runtime Error");
    expect(errorLineOf(summary)).toMatchObject({ line: 3 });
  });

  it("marks the line of a TypeScript runtime error (types stripped, lines kept)", () => {
    const summary = judge(
      "typescript",
      "function twoSum(nums: number[], target: number): number[] {\n  const x: any = null;\n  return x.y;\n}\n",
    );
    expect(errorLineOf(summary)).toMatchObject({ line: 3 });
  });

  it("marks nothing for a wrong answer, and nothing without a run", () => {
    expect(errorLineOf(judge("javascript", "function twoSum() { return [5, 5]; }"))).toBeNull();
    expect(errorLineOf(null)).toBeNull();
  });

  it("reads the live results while a run is still going", () => {
    expect(
      errorLineOf(null, [
        { index: 0, verdict: "Runtime Error", input: {}, stdout: "", timeMs: 1, error: "x (line 7)" },
      ]),
    ).toEqual({ line: 7, message: "x (line 7)" });
  });
});
