import { z } from "zod";

import { getServices, getStore } from "~/composition.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import { LanguageSchema, SLUG_PATTERN } from "~/modules/problems/problem-schema";
import { sessionFailure, type SessionResult } from "~/modules/sessions/session-failures";
import { SESSION_ID_PATTERN } from "~/modules/sessions/session-id";
import { requireSeat } from "~/modules/sessions/sessions.server";
import { consume, limiters } from "~/platform/rate-limit.server";
import type { NewSubmission, User } from "~/storage/store.server";

/** Practice rules: what a submission and a draft may hold. */

export const MAX_CODE_LENGTH = 64_000;

export const CodeSchema = z
  .string({ error: "Code is required" })
  .max(MAX_CODE_LENGTH, `Code must be at most ${MAX_CODE_LENGTH.toLocaleString("en")} characters`);

export const DraftFormSchema = z.object({
  language: LanguageSchema,
  code: CodeSchema,
});

/** A draft save or reset sent by the editor (solo, or in one session with `sessionId`). */
export const DraftRequestSchema = z
  .object({
    intent: z.enum(["save", "reset"], { error: "Unknown action: reload the page and try again" }),
    problemSlug: z.string().regex(SLUG_PATTERN, "Unknown problem"),
    sessionId: z.string().regex(SESSION_ID_PATTERN, "Unknown session").optional(),
    language: LanguageSchema,
    code: CodeSchema.optional(),
  })
  .refine((d) => d.intent === "reset" || d.code !== undefined, { path: ["code"], message: "Code is required" });

/**
 * Stores a verdict the server's judge gave (never one a client sent); in a session
 * (`sessionId`) it counts for that session too, and the session's draft follows it, never
 * the solo one.
 */
export async function recordSubmission(
  userId: string,
  problemSlug: string,
  input: Omit<NewSubmission, "userId" | "problemSlug" | "sessionId">,
  sessionId: string | null = null,
) {
  // A quota on what is stored: each submission keeps up to 64 KB of code for good.
  await consume(limiters.submissionsByUser, userId, { reason: "You have submitted many times just now." });
  const store = getStore();
  const submission = await store.submissions.create({ userId, problemSlug, ...input, sessionId });
  // A submission is the latest word on the code: keep the draft in step.
  if (sessionId) await store.drafts.saveForSession(sessionId, userId, problemSlug, input.language, input.code);
  else await store.drafts.save(userId, problemSlug, input.language, input.code);
  await getServices().events.emit({
    type: "submission.judged",
    submissionId: submission.id,
    userId,
    problemSlug,
    verdict: submission.verdict,
    sessionId,
    at: submission.createdAt,
  });
  return submission;
}

/** Saves or resets a draft where it belongs: solo practice, or the caller's seat in a session. */
export async function applyDraft(user: User, input: z.output<typeof DraftRequestSchema>): Promise<SessionResult> {
  if (!getProblem(input.problemSlug)) return sessionFailure("unknown-problem", { message: "Unknown problem" });
  const drafts = getStore().drafts;
  if (input.sessionId) {
    const seat = await requireSeat(user.id, input.sessionId);
    if (!seat.ok) return seat;
    // The current problem, or one the session was on (a save still in flight after a switch).
    if (
      seat.session.problemSlug !== input.problemSlug &&
      !(await getStore().roomProblems.problemsOf(input.sessionId)).includes(input.problemSlug)
    )
      return sessionFailure("unknown-problem", { message: "This session is about another problem" });
    if (input.intent === "save")
      await drafts.saveForSession(input.sessionId, user.id, input.problemSlug, input.language, input.code!);
    else await drafts.deleteForSession(input.sessionId, user.id, input.problemSlug, input.language);
    return { ok: true };
  }
  if (input.intent === "save") await drafts.save(user.id, input.problemSlug, input.language, input.code!);
  else await drafts.delete(user.id, input.problemSlug, input.language);
  return { ok: true };
}

export async function saveDraft(userId: string, problemSlug: string, input: z.output<typeof DraftFormSchema>) {
  await getStore().drafts.save(userId, problemSlug, input.language, input.code);
}

export async function resetDraft(userId: string, problemSlug: string, language: z.output<typeof LanguageSchema>) {
  await getStore().drafts.delete(userId, problemSlug, language);
}
