import type { Comparator, DesignSignature, FunctionSignature, Language } from "~/modules/problems/problem-schema";

/** What the harness needs to know about a problem: no statement, no solutions. */
export interface JudgeSpec {
  kind: "function" | "design";
  signature?: FunctionSignature;
  design?: DesignSignature;
  comparator: Comparator;
  timeLimitMs: number;
}

export interface JudgeTest {
  /** Position in the run (0-based), stable for display. */
  index: number;
  input: Record<string, unknown>;
  /** Undefined for custom input without a known answer. */
  expected?: unknown;
  label?: string;
}

export const VERDICTS = ["Accepted", "Wrong Answer", "Time Limit Exceeded", "Runtime Error", "Compile Error"] as const;

export type Verdict = (typeof VERDICTS)[number];

/** What running one test produced, before judging. */
export type RawOutcome =
  | { status: "returned"; actual: unknown; stdout: string; timeMs: number }
  | { status: "runtime-error"; error: string; stdout: string; timeMs: number }
  | { status: "compile-error"; error: string }
  | { status: "timeout"; timeMs: number };

export interface TestResult {
  index: number;
  label?: string;
  verdict: Verdict | "Ran";
  input: Record<string, unknown>;
  expected?: unknown;
  actual?: unknown;
  stdout: string;
  error?: string;
  timeMs: number;
}

export interface RunSummary {
  verdict: Verdict;
  passed: number;
  total: number;
  timeMs: number;
  results: TestResult[];
  language: Language;
}

/** Output captured per test is capped so a print in a loop cannot flood the page. */
export const OUTPUT_LIMIT = 8_000;
export const OUTPUT_TRUNCATED = "\n… output truncated";
