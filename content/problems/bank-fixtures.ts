import { beforeAll, beforeEach } from "vitest";

import { NodePython } from "~/modules/judge/node-python.server";
import type { PyodideLike } from "~/modules/judge/python-harness";
import type { JudgeTest } from "~/modules/judge/types";
import { getProblemBank } from "~/modules/problems/problem-bank.server";

/**
 * What the bank's test files share: the problems (PROBLEM=<slug> keeps one, for
 * npm run problem:check), their reference and wrong solutions, and a Python interpreter.
 */

const solutions = import.meta.glob("/content/problems/*/solution.{js,py}", {
  eager: true,
  query: "?raw",
  import: "default",
}) as Record<string, string>;
export const solutionFor = (slug: string, ext: "js" | "py") => solutions[`/content/problems/${slug}/solution.${ext}`];

const wrongSolutions = import.meta.glob("/content/problems/*/wrong/*.{js,py}", {
  eager: true,
  query: "?raw",
  import: "default",
}) as Record<string, string>;
export const wrongFor = (slug: string) =>
  Object.entries(wrongSolutions)
    .filter(([path]) => path.startsWith(`/content/problems/${slug}/wrong/`))
    .map(([path, code]) => [path.slice(path.lastIndexOf("/") + 1), code] as const);

export const bank = getProblemBank();
export const onlyProblem = process.env.PROBLEM;
export const problems = [...bank.values()].filter((p) => !onlyProblem || p.slug === onlyProblem);
if (onlyProblem && problems.length === 0) throw new Error(`no problem named ${onlyProblem} in content/problems`);

export const testsOf = (slug: string): JudgeTest[] =>
  bank.get(slug)!.tests.map((t, index) => ({ index, input: t.input, expected: t.expected }));

/** A Python interpreter for the file's tests; a fresh one after a run that killed it. */
export function sharedPython(): () => PyodideLike {
  const python = new NodePython();
  let pyodide: PyodideLike;
  beforeAll(async () => {
    pyodide = await python.get();
  }, 60_000);
  beforeEach(async () => {
    pyodide = await python.get();
  }, 60_000);
  return () => pyodide;
}
