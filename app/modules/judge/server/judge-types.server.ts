import type { JudgeSpec, JudgeTest, RunSummary } from "~/modules/judge/types";
import type { Language } from "~/modules/problems/problem-schema";

/** One submission to judge: every test it must pass, expected answers included (they stay with the parent). */
export interface JudgeRequest {
  language: Language;
  code: string;
  spec: JudgeSpec;
  tests: JudgeTest[];
}

/** Where Submit is judged: worker processes of this app, or workers behind a BullMQ queue. */
export interface Judge {
  readonly kind: "pool" | "queue";
  judge(request: JudgeRequest): Promise<RunSummary>;
  close(): Promise<void>;
}

/** The judge could not give a verdict at all (no worker started, the queue timed out). */
export class JudgeUnavailableError extends Error {
  override name = "JudgeUnavailableError";
}
