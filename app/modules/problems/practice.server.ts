import { z } from "zod";

import { getStore } from "~/composition.server";
import { LanguageSchema } from "~/modules/problems/problem-schema";
import type { NewSubmission } from "~/storage/store.server";

/** Practice rules: what a submission and a draft may hold. */

export const MAX_CODE_LENGTH = 64_000;

export const CodeSchema = z
  .string({ error: "Code is required" })
  .max(MAX_CODE_LENGTH, `Code must be at most ${MAX_CODE_LENGTH.toLocaleString("en")} characters`);

export const DraftFormSchema = z.object({
  language: LanguageSchema,
  code: CodeSchema,
});

/** Stores a verdict the server's judge gave (never one a client sent). */
export async function recordSubmission(
  userId: string,
  problemSlug: string,
  input: Omit<NewSubmission, "userId" | "problemSlug">,
) {
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
