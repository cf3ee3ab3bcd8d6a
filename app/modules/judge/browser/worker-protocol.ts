import type { JudgeSpec, JudgeTest, RawOutcome } from "~/modules/judge/types";
import type { Language } from "~/modules/problems/problem-constants";

/** Messages between the page and a judge worker. One test per message, so the page's watchdog can time each. */
export type ToWorker =
  | { type: "prepare"; runId: number; language: Language; code: string; spec: JudgeSpec }
  | { type: "test"; runId: number; test: JudgeTest }
  /** Load the interpreter now, before any run (Python, when a problem page opens). */
  | { type: "warm"; runId: number };

export type FromWorker =
  | { type: "loading"; runId: number; message: string }
  | { type: "prepared"; runId: number; ok: true }
  | { type: "prepared"; runId: number; ok: false; error: string }
  /** `fatal`: the interpreter died in this test; the page replaces the worker. */
  | { type: "result"; runId: number; index: number; outcome: RawOutcome; fatal?: boolean }
  | { type: "warmed"; runId: number }
  /** The worker could not start (e.g. Python failed to load): no verdict, an error to show. */
  | { type: "failed"; runId: number; error: string };
