import { describe, expect, it } from "vitest";

import { judgeInNode } from "~/modules/judge/node-judge.server";

import { problems, sharedPython, testsOf, wrongFor } from "./bank-fixtures";

/**
 * Tests that decide: each problem ships wrong solutions (off by one, a missed edge case,
 * the naive complexity) and every one of them must be rejected by the problem's tests.
 * The slow ones run to the time limit, so the bank is judged in two files (every other
 * problem), one per CI core: wrong-solutions-{1,2}.test.ts.
 */
export function describeWrongSolutions(part: 0 | 1) {
  const pyodideFor = sharedPython();
  const mine = problems.filter((_, index) => index % 2 === part);
  if (mine.length === 0)
    it.skip(`no problem here: PROBLEM=${process.env.PROBLEM} is judged by the other part`, () => {});
  describe.each(mine.map((p) => [p.slug, p] as const))("%s", (slug, problem) => {
    it("ships at least two wrong solutions", () => {
      expect(wrongFor(slug).length, `content/problems/${slug}/wrong/`).toBeGreaterThanOrEqual(2);
    });

    it.each(wrongFor(slug))("rejects wrong/%s", (name, code) => {
      const language = name.endsWith(".py") ? "python" : "javascript";
      const summary = judgeInNode(language, code, problem.spec, testsOf(slug), {
        pyodide: pyodideFor(),
        stopOnFailure: true,
        // Past the limit is Time Limit Exceeded already; waiting for twice the limit adds nothing.
        watchdogFactor: 1.1,
      });
      // A wrong solution that does not even compile would prove nothing about the tests.
      expect(summary.verdict, `wrong/${name}: ${summary.results.at(-1)?.error ?? ""}`).not.toMatch(
        /^(Accepted|Compile Error)$/,
      );
      if (process.env.PROBLEM) {
        const failed = summary.results.at(-1)!;
        console.log(`wrong/${name}: ${summary.verdict} on test ${failed.index} ${failed.error ?? ""}`.trim());
      }
    });
  });
}
