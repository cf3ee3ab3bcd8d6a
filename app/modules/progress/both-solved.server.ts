import { getStore } from "~/composition.server";
import { postSystemMessage } from "~/modules/chat/chat.server";
import type { DomainEvents } from "~/platform/events/domain-events.server";
import type { PracticeSession, Submission } from "~/storage/store.server";

import { isAccepted } from "./problem-stats";

/**
 * "Both solved": when the second person in a session gets their first Accepted there, the
 * room's chat says so once (the room already shows chat lines live). Only stored verdicts
 * count: this listens to `submission.judged`, which the judge's recordSubmission emits.
 */
export function celebrateBothSolved(events: DomainEvents): void {
  events.on("submission.judged", "progress: both solved", async (event) => {
    if (!event.sessionId || event.verdict !== "Accepted") return;
    const store = getStore();
    const [submissions, members] = await Promise.all([
      store.submissions.listForSession(event.sessionId, 1000),
      store.sessions.members(event.sessionId),
    ]);
    if (!completesBothSolved(submissions, event.submissionId)) return;
    const forProblem = submissions.filter((s) => s.problemSlug === event.problemSlug);
    // The first solver, then the one who just completed it (members share a timestamp when seated together).
    const names = members
      .filter((m) => forProblem.some((s) => s.userId === m.userId && isAccepted(s)))
      .sort((a, b) => Number(a.userId === event.userId) - Number(b.userId === event.userId));
    await postSystemMessage(
      event.sessionId,
      `🎉 Both solved it: ${names.map((m) => m.username).join(" and ")} got Accepted.`,
    );
  });
}

/**
 * True when `submissionId` is its author's first Accepted for its problem in the session and
 * at least one other person already had one: the moment the second solver arrives (never
 * again after). Per problem, because a session can change problem (ADR 080).
 */
export function completesBothSolved(submissions: readonly Submission[], submissionId: string): boolean {
  const problemSlug = submissions.find((s) => s.id === submissionId)?.problemSlug;
  const firstAccepted = new Map<string, string>();
  for (const s of submissions.filter((s) => s.problemSlug === problemSlug))
    if (isAccepted(s) && !firstAccepted.has(s.userId)) firstAccepted.set(s.userId, s.id);
  const order = [...firstAccepted.values()];
  return order.length >= 2 && order[1] === submissionId;
}

/** Whether two different people have an Accepted in the session for its current problem. */
export function bothSolved(
  session: Pick<PracticeSession, "id" | "problemSlug">,
  submissions: readonly Submission[],
): boolean {
  const solvers = new Set(
    submissions
      .filter((s) => s.sessionId === session.id && s.problemSlug === session.problemSlug && isAccepted(s))
      .map((s) => s.userId),
  );
  return solvers.size >= 2;
}
