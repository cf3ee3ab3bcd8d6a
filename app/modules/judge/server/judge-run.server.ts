import type { RunSummary, TestResult } from "~/modules/judge/types";
import { judgeTest, summarize } from "~/modules/judge/verdict";

import type { JudgeRequest } from "./judge-types.server";
import type { SandboxWorker } from "./sandbox.server";

/** The watchdog stops code far past its limit; the limit itself is judged on measured time (as in the browser). */
export const watchdogFor = (limitMs: number) => limitMs * 2 + 250;
/** No submission may take longer than this in total, however many tests. */
export const TOTAL_LIMIT_MS = 90_000;
const COMPILE_TIMEOUT_MS = 10_000;

/**
 * Judges one submission in one worker: the worker compiles and runs one test per message
 * and sees inputs only; each outcome is judged here, in the parent, with the comparator
 * user code never touches. Stops at the first test that does not pass, as Submit does,
 * so tests after it never reach user code.
 */
export async function judgeInWorker(worker: SandboxWorker, request: JudgeRequest): Promise<RunSummary> {
  const { language, code, spec, tests } = request;
  const first = tests[0] ?? { index: 0, input: {} };
  let compiled;
  try {
    compiled = await worker.compile(language, code, spec, COMPILE_TIMEOUT_MS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const result = judgeTest(spec, first, { status: "runtime-error", error: message, stdout: "", timeMs: 0 });
    return summarize(language, [result], tests.length);
  }
  if (!compiled.ok) {
    return summarize(
      language,
      [judgeTest(spec, first, { status: "compile-error", error: compiled.error })],
      tests.length,
    );
  }
  const results: TestResult[] = [];
  const started = performance.now();
  for (const test of tests) {
    const outcome = await worker.run(test.index, test.input, watchdogFor(spec.timeLimitMs));
    const result = judgeTest(spec, test, outcome);
    results.push(result);
    if (result.verdict !== "Accepted") break;
    if (performance.now() - started > TOTAL_LIMIT_MS) {
      results.push(judgeTest(spec, test, { status: "timeout", timeMs: performance.now() - started }));
      break;
    }
  }
  return summarize(language, results, tests.length);
}
