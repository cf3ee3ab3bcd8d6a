import vm from "node:vm";

import { compileJs, runJsTest } from "~/modules/judge/js-harness";
import { compilePython, type PyodideLike, runPythonTest } from "~/modules/judge/python-harness";
import type { JudgeSpec, JudgeTest, RawOutcome, RunSummary } from "~/modules/judge/types";
import { judgeTest, summarize } from "~/modules/judge/verdict";
import type { Language } from "~/modules/problems/problem-schema";

/**
 * The judge in Node, for validating the problem bank: the very harness the browser's
 * workers run, with V8's execution timeout standing in for the worker watchdog.
 */

/**
 * Node flags for a process that runs user code through this judge. V8's default stack
 * (~984 KB) ends JavaScript recursion near 10k frames and Pyodide's C-level recursion
 * near 300; 4000 KB stays well inside Linux's 8 MB main-thread stack and gives top-down
 * DP at the bank's largest constraints room to spare. See docs/decisions/020.
 */
export const JUDGE_NODE_FLAGS = ["--stack-size=4000"] as const;

function withTimeout(limitMs: number, run: () => RawOutcome): RawOutcome {
  let outcome: RawOutcome | undefined;
  const start = performance.now();
  try {
    vm.runInContext("run()", vm.createContext({ run: () => void (outcome = run()) }), { timeout: limitMs });
  } catch (error) {
    // The error comes from the vm realm, so match its code rather than instanceof.
    if ((error as { code?: string } | null)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
      return { status: "timeout", timeMs: performance.now() - start };
    }
    throw error;
  }
  if (!outcome) throw new Error("the harness returned nothing");
  return outcome;
}

export interface NodeJudgeOptions {
  pyodide?: PyodideLike;
  /** Stop at the first test that fails, as Submit does. */
  stopOnFailure?: boolean;
  /**
   * Runaway code is stopped at this multiple of the limit (2, as in the browser). Checks that
   * only need "not Accepted" stop just past the limit: the verdict is the same, sooner.
   */
  watchdogFactor?: number;
}

export function judgeInNode(
  language: Language,
  code: string,
  spec: JudgeSpec,
  tests: JudgeTest[],
  options: NodeJudgeOptions = {},
): RunSummary {
  let runOne: (test: JudgeTest) => RawOutcome;
  if (language === "python") {
    const pyodide = options.pyodide;
    if (!pyodide) throw new Error("judgeInNode: python needs a Pyodide instance");
    const compiled = compilePython(pyodide, code);
    if (!compiled.ok) return compileFailure(language, spec, tests, compiled.error);
    runOne = (test) => runPythonTest(pyodide, compiled, spec, test);
  } else {
    const compiled = compileJs(code, language, spec);
    if (!compiled.ok) return compileFailure(language, spec, tests, compiled.error);
    runOne = (test) => runJsTest(compiled, spec, test);
  }
  const results = [];
  for (const test of tests) {
    // As in the browser: stop runaway code at twice the limit, judge the limit on measured time.
    const outcome = withTimeout(Math.ceil(spec.timeLimitMs * (options.watchdogFactor ?? 2)), () => runOne(test));
    const result = judgeTest(spec, test, outcome);
    results.push(result);
    if (options.stopOnFailure && result.verdict !== "Accepted") break;
  }
  return summarize(language, results, tests.length);
}

function compileFailure(language: Language, spec: JudgeSpec, tests: JudgeTest[], error: string): RunSummary {
  const first = tests[0];
  const result = judgeTest(spec, first ?? { index: 0, input: {} }, { status: "compile-error", error });
  return summarize(language, [result], tests.length);
}
