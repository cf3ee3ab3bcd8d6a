import { loadPyodide } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";

import { compileJs } from "~/modules/judge/js-harness";
import { judgeInNode } from "~/modules/judge/node-judge.server";
import { compilePython, type PyodideLike } from "~/modules/judge/python-harness";
import type { JudgeTest } from "~/modules/judge/types";
import { getProblemBank } from "~/modules/problems/problem-bank.server";
import { type Topic, TOPICS } from "~/modules/problems/problem-schema";

/**
 * The bank is data, so it is tested like code: every problem parses, and every reference
 * solution passes every test in both languages through the harness the browser runs.
 */

const solutions = import.meta.glob("/content/problems/*/solution.{js,py}", {
  eager: true,
  query: "?raw",
  import: "default",
}) as Record<string, string>;
const solutionFor = (slug: string, ext: "js" | "py") => solutions[`/content/problems/${slug}/solution.${ext}`];

const bank = getProblemBank();
const problems = [...bank.values()];
const testsOf = (slug: string): JudgeTest[] =>
  bank.get(slug)!.tests.map((t, index) => ({ index, input: t.input, expected: t.expected }));

let pyodide: PyodideLike;
beforeAll(async () => {
  pyodide = (await loadPyodide()) as unknown as PyodideLike;
}, 60_000);

describe("problem bank", () => {
  it("has at least 40 problems", () => {
    expect(problems.length).toBeGreaterThanOrEqual(40);
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
  it("has reference solutions in JavaScript and Python", () => {
    expect(solutionFor(slug, "js"), `content/problems/${slug}/solution.js`).toBeTruthy();
    expect(solutionFor(slug, "py"), `content/problems/${slug}/solution.py`).toBeTruthy();
  });

  it("has starter code that compiles in every language", () => {
    for (const language of ["javascript", "typescript"] as const) {
      const compiled = compileJs(problem.starters[language], language, problem.spec);
      expect(compiled.ok ? "ok" : compiled.error, `starter.${language === "javascript" ? "js" : "ts"}`).toBe("ok");
    }
    const py = compilePython(pyodide, problem.starters.python);
    expect(py.ok ? "ok" : py.error, "starter.py").toBe("ok");
  });

  it.each(["javascript", "typescript"] as const)("the JavaScript solution passes every test as %s", (language) => {
    const summary = judgeInNode(language, solutionFor(slug, "js")!, problem.spec, testsOf(slug));
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
    const summary = judgeInNode("python", solutionFor(slug, "py")!, problem.spec, testsOf(slug), { pyodide });
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
