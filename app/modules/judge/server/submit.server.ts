import { z } from "zod";

import type { JudgeTest, RunSummary, TestResult } from "~/modules/judge/types";
import { CodeSchema, recordSubmission } from "~/modules/problems/practice.server";
import type { Problem } from "~/modules/problems/problem-bank.server";
import { LanguageSchema } from "~/modules/problems/problem-schema";
import { type FieldErrors, parseForm } from "~/platform/http/forms";
import { consume, limiters, RateLimitedError } from "~/platform/rate-limit.server";
import type { Submission } from "~/storage/store.server";

import { getJudge } from "./judge-service.server";
import { JudgeUnavailableError } from "./judge-types.server";

/**
 * Submit, judged on the server: the client sends its language and code, nothing else.
 * Every test runs here; the stored verdict is the judge's. What goes back to the client
 * is the visible tests' results and, at most, the first hidden test that failed — its
 * input, expected answer and output only when the problem allows it.
 */

export const SubmitFormSchema = z.object({
  language: LanguageSchema,
  code: CodeSchema.min(1, "Write some code before submitting"),
});

/** Fields a client once sent to claim its own verdict. Their presence is refused, not ignored. */
const CLIENT_VERDICT_FIELDS = ["verdict", "passed", "total", "timeMs"] as const;
export const FORGED_VERDICT_MESSAGE = "The verdict is decided by the server: send only your language and code.";

export interface SubmissionVerdict {
  submissionId: string;
  /** The submission's own page (the no-JavaScript answer redirects there). */
  url: string;
  /**
   * Shaped like a Run's summary so the console shows it the same way. `results` holds the
   * visible tests that ran and, last, the failing hidden test (reduced to its number and
   * verdict unless the problem reveals it).
   */
  summary: RunSummary;
}

export type SubmitResult =
  | { ok: true; submission: Submission; verdict: SubmissionVerdict }
  | { ok: false; status: number; fieldErrors: FieldErrors; formErrors: string[]; headers?: HeadersInit };

const failure = (status: number, formErrors: string[], fieldErrors: FieldErrors = {}, headers?: HeadersInit) =>
  ({ ok: false, status, formErrors, fieldErrors, headers }) as const;

/** The bank's tests as the judge takes them: visible flag aside, every one with its answer. */
export function judgeTestsOf(problem: Problem): JudgeTest[] {
  return problem.tests.map((t, index) => ({ index, input: t.input, expected: t.expected }));
}

export async function submitSolution(
  userId: string,
  problem: Problem,
  formData: FormData,
  sessionId: string | null = null,
): Promise<SubmitResult> {
  const forged = CLIENT_VERDICT_FIELDS.filter((field) => formData.has(field));
  if (forged.length) {
    return failure(400, [FORGED_VERDICT_MESSAGE], Object.fromEntries(forged.map((f) => [f, [FORGED_VERDICT_MESSAGE]])));
  }
  const parsed = parseForm(formData, SubmitFormSchema);
  if (!parsed.success) return failure(400, parsed.formErrors, parsed.fieldErrors);
  try {
    await consume(limiters.submitByUser, userId);
  } catch (error) {
    if (error instanceof RateLimitedError) {
      return failure(429, [error.message], {}, { "Retry-After": String(error.retryAfterSeconds) });
    }
    throw error;
  }
  let summary: RunSummary;
  try {
    const judge = await getJudge();
    summary = await judge.judge({
      language: parsed.data.language,
      code: parsed.data.code,
      spec: problem.spec,
      tests: judgeTestsOf(problem),
    });
  } catch (error) {
    if (error instanceof JudgeUnavailableError) {
      return failure(503, ["The judge is busy or unavailable. Your code is saved as a draft; try again in a moment."]);
    }
    throw error;
  }
  const submission = await recordSubmission(
    userId,
    problem.slug,
    {
      language: parsed.data.language,
      code: parsed.data.code,
      verdict: summary.verdict,
      passed: summary.passed,
      total: summary.total,
      timeMs: Number(summary.timeMs.toFixed(2)),
    },
    sessionId,
  );
  return { ok: true, submission, verdict: toVerdictView(problem, summary, submission) };
}

/** What of a judged run may leave the server. */
export function toVerdictView(problem: Problem, summary: RunSummary, submission: Submission): SubmissionVerdict {
  const visible = (r: TestResult) => problem.tests[r.index]?.visible === true;
  const results: TestResult[] = [];
  for (const result of summary.results) {
    if (visible(result)) {
      const example = problem.tests.slice(0, result.index + 1).filter((t) => t.visible).length;
      results.push({ ...result, label: `Example ${example}` });
      continue;
    }
    if (result.verdict === "Accepted") continue;
    // The first hidden test that failed: its number and verdict, and its contents only if allowed.
    const label = `Hidden test ${result.index + 1}`;
    results.push(
      problem.meta.revealFailedHiddenTest
        ? { ...result, label }
        : {
            index: result.index,
            label,
            verdict: result.verdict,
            input: {},
            stdout: "",
            // A compile error is about the code, not the test: it is always shown.
            error: result.verdict === "Compile Error" ? result.error : undefined,
            timeMs: result.timeMs,
          },
    );
  }
  return {
    submissionId: submission.id,
    url: `/submissions/${submission.id}`,
    summary: { ...summary, results },
  };
}
