import { matches } from "~/modules/judge/compare";
import type { JudgeSpec, JudgeTest, RawOutcome, RunSummary, TestResult, Verdict } from "~/modules/judge/types";
import type { Language } from "~/modules/problems/problem-constants";

/** Turns what one test produced into its verdict. */
export function judgeTest(spec: JudgeSpec, test: JudgeTest, raw: RawOutcome): TestResult {
  const base = { index: test.index, label: test.label, input: test.input, expected: test.expected };
  switch (raw.status) {
    case "compile-error":
      return { ...base, verdict: "Compile Error", stdout: "", error: raw.error, timeMs: 0 };
    case "timeout":
      return {
        ...base,
        verdict: "Time Limit Exceeded",
        stdout: "",
        error: `Stopped after ${Math.round(raw.timeMs)} ms (limit ${spec.timeLimitMs} ms)`,
        timeMs: raw.timeMs,
      };
    case "runtime-error":
      return { ...base, verdict: "Runtime Error", stdout: raw.stdout, error: raw.error, timeMs: raw.timeMs };
    case "returned": {
      // The watchdog only stops runaway code; the limit itself is judged on the measured time.
      if (raw.timeMs > spec.timeLimitMs) {
        return {
          ...base,
          verdict: "Time Limit Exceeded",
          actual: raw.actual,
          stdout: raw.stdout,
          error: `Took ${Math.round(raw.timeMs)} ms (limit ${spec.timeLimitMs} ms)`,
          timeMs: raw.timeMs,
        };
      }
      const verdict: TestResult["verdict"] =
        test.expected === undefined
          ? "Ran"
          : matches(spec.comparator, test.expected, raw.actual)
            ? "Accepted"
            : "Wrong Answer";
      return { ...base, verdict, actual: raw.actual, stdout: raw.stdout, timeMs: raw.timeMs };
    }
  }
}

/** The run's verdict: the first test that did not pass decides it. */
export function summarize(language: Language, results: TestResult[], total = results.length): RunSummary {
  const failed = results.find((r) => r.verdict !== "Accepted" && r.verdict !== "Ran");
  const verdict: Verdict = failed ? (failed.verdict as Verdict) : "Accepted";
  const passed = results.filter((r) => r.verdict === "Accepted" || r.verdict === "Ran").length;
  const timeMs = results.reduce((sum, r) => sum + r.timeMs, 0);
  return { verdict, passed, total, timeMs, results, language };
}
