import { z } from "zod";

import { getStore } from "~/composition.server";
import { VERDICTS } from "~/modules/judge/types";
import { LanguageSchema } from "~/modules/problems/problem-schema";
import { consume, limiters } from "~/platform/rate-limit.server";

/** Practice rules: what a submission and a draft may hold. */

export const MAX_CODE_LENGTH = 64_000;

export const CodeSchema = z
  .string({ error: "Code is required" })
  .max(MAX_CODE_LENGTH, `Code must be at most ${MAX_CODE_LENGTH.toLocaleString("en")} characters`);

export const SubmissionFormSchema = z
  .object({
    language: LanguageSchema,
    code: CodeSchema.min(1, "Write some code before submitting"),
    verdict: z.enum(VERDICTS),
    passed: z.coerce.number().int().min(0).max(10_000),
    total: z.coerce.number().int().min(1).max(10_000),
    timeMs: z.coerce.number().min(0).max(600_000),
  })
  .refine((s) => s.passed <= s.total, { path: ["passed"], message: "passed cannot exceed total" });

export const DraftFormSchema = z.object({
  language: LanguageSchema,
  code: CodeSchema,
});

export async function recordSubmission(
  userId: string,
  problemSlug: string,
  input: z.output<typeof SubmissionFormSchema>,
) {
  // A quota on what is stored: each submission keeps up to 64 KB of code for good.
  await consume(limiters.submissionsByUser, userId, { reason: "You have submitted many times just now." });
  const submission = await getStore().submissions.create({ userId, problemSlug, ...input });
  // A submission is the latest word on the code: keep the draft in step.
  await getStore().drafts.save(userId, problemSlug, input.language, input.code);
  return submission;
}

export async function saveDraft(userId: string, problemSlug: string, input: z.output<typeof DraftFormSchema>) {
  await getStore().drafts.save(userId, problemSlug, input.language, input.code);
}

export async function resetDraft(userId: string, problemSlug: string, language: z.output<typeof LanguageSchema>) {
  await getStore().drafts.delete(userId, problemSlug, language);
}
