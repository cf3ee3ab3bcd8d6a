import { describe, expect, it } from "vitest";

import { compileJs } from "~/modules/judge/js-harness";
import { judgeInNode } from "~/modules/judge/node-judge.server";
import { compilePython } from "~/modules/judge/python-harness";
import type { JudgeSpec, RunSummary } from "~/modules/judge/types";
import { type Topic, TOPICS } from "~/modules/problems/problem-schema";

import { bank, onlyProblem, problems, sharedPython, solutionFor, testsOf } from "./bank-fixtures";

/**
 * The bank is data, so it is tested like code: every problem parses, every reference
 * solution (in LeetCode's form) passes every test in JavaScript, TypeScript and Python
 * through the harness the browser runs (wrong solutions: wrong-solutions-{1,2}.test.ts, run
 * beside this file so CI's two cores share the work).
 */

const pyodideFor = sharedPython();

/**
 * The reference must be right on every test; its speed is the statement's promise, read by
 * `npm run problem:check` on a quiet machine. Here two test files share two cores and a heap
 * holding the whole bank, so one garbage collection can cost a test a second: the limit gets
 * room for that, and a reference that is truly too slow (an extra factor of n) still fails.
 */
const REFERENCE_LIMIT_SLACK = 3;
const withSlack = (spec: JudgeSpec): JudgeSpec =>
  onlyProblem ? spec : { ...spec, timeLimitMs: spec.timeLimitMs * REFERENCE_LIMIT_SLACK };

/** npm run problem:check prints how close the reference comes to the time limit. */
function reportSlowest(slug: string, language: string, summary: RunSummary) {
  if (!onlyProblem && !process.env.REPORT_TIMES) return;
  const slowest = Math.max(...summary.results.map((r) => r.timeMs));
  const limit = bank.get(slug)!.spec.timeLimitMs;
  console.log(
    `${slug} ${language}: slowest test ${slowest.toFixed(1)} ms of ${limit} ms (${(limit / slowest).toFixed(1)}× margin)`,
  );
}

describe.skipIf(onlyProblem)("problem bank", () => {
  it("has at least 150 problems, about 30 % easy, 50 % medium and 20 % hard", () => {
    expect(problems.length).toBeGreaterThanOrEqual(150);
    const share = (d: string) => problems.filter((p) => p.difficulty === d).length / problems.length;
    expect(share("easy")).toBeCloseTo(0.3, 1);
    expect(share("medium")).toBeCloseTo(0.5, 1);
    expect(share("hard")).toBeCloseTo(0.2, 1);
  });

  it("has at least five problems for each roadmap topic (its first topic)", () => {
    const roadmap = (Object.keys(TOPICS) as Topic[]).filter((t) => !["strings", "design"].includes(t));
    const thin = roadmap.filter((t) => problems.filter((p) => p.topics[0] === t).length < 5);
    expect(thin).toEqual([]);
  });

  it("covers every core topic", () => {
    const covered = new Set(problems.flatMap((p) => p.topics));
    const required: Topic[] = (Object.keys(TOPICS) as Topic[]).filter(
      (t) => !["math", "strings", "design"].includes(t),
    );
    expect(required.filter((t) => !covered.has(t))).toEqual([]);
  });

  it("has every difficulty", () => {
    expect(new Set(problems.map((p) => p.difficulty))).toEqual(new Set(["easy", "medium", "hard"]));
  });
});

describe.each(problems.map((p) => [p.slug, p] as const))("%s", (slug, problem) => {
  it("has a hint ladder and an editorial with the complexity", () => {
    expect(problem.hints.length, `content/problems/${slug}/problem.json hints`).toBeGreaterThanOrEqual(3);
    expect(problem.editorial, `content/problems/${slug}/editorial.md`).toMatch(/complexity|O\(/i);
  });

  it("has reference solutions in JavaScript and Python", () => {
    expect(solutionFor(slug, "js"), `content/problems/${slug}/solution.js`).toBeTruthy();
    expect(solutionFor(slug, "py"), `content/problems/${slug}/solution.py`).toBeTruthy();
  });

  it("has starter code that compiles in every language", () => {
    for (const language of ["javascript", "typescript"] as const) {
      const compiled = compileJs(problem.starters[language], language, problem.spec);
      expect(compiled.ok ? "ok" : compiled.error, `starter.${language === "javascript" ? "js" : "ts"}`).toBe("ok");
    }
    const py = compilePython(pyodideFor(), problem.starters.python);
    expect(py.ok ? "ok" : py.error, "starter.py").toBe("ok");
  });

  it.each(["javascript", "typescript"] as const)("the JavaScript solution passes every test as %s", (language) => {
    const summary = judgeInNode(language, solutionFor(slug, "js")!, withSlack(problem.spec), testsOf(slug));
    reportSlowest(slug, language, summary);
    const failed = summary.results.find((r) => r.verdict !== "Accepted");
    expect(
      failed
        ? {
            test: failed.index,
            verdict: failed.verdict,
            error: failed.error,
            actual: failed.actual,
            expected: failed.expected,
          }
        : null,
    ).toBeNull();
    expect(summary.passed).toBe(summary.total);
  });

  it("the Python solution passes every test", () => {
    const summary = judgeInNode("python", solutionFor(slug, "py")!, withSlack(problem.spec), testsOf(slug), {
      pyodide: pyodideFor(),
    });
    reportSlowest(slug, "python", summary);
    const failed = summary.results.find((r) => r.verdict !== "Accepted");
    expect(
      failed
        ? {
            test: failed.index,
            verdict: failed.verdict,
            error: failed.error,
            actual: failed.actual,
            expected: failed.expected,
          }
        : null,
    ).toBeNull();
    expect(summary.passed).toBe(summary.total);
  });
});
