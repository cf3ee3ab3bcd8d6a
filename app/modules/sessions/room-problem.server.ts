import crypto from "node:crypto";

import { getServices, getStore } from "~/composition.server";
import { getProblem, listProblems } from "~/modules/problems/problem-bank.server";
import { recommendationsFor } from "~/modules/progress/progress.server";
import { type ProblemSuggestion, suggestProblems } from "~/modules/sessions/problem-suggestions";
import { PROPOSAL_TTL_MS, type ProposalDto } from "~/modules/sessions/room-problem-contract";
import type { UserRef } from "~/modules/sessions/session-events";
import { sessionFailure, type SessionResult } from "~/modules/sessions/session-failures";
import { requireSeat } from "~/modules/sessions/sessions.server";
import { consume, createLimiter, RateLimitedError } from "~/platform/rate-limit.server";
import type { ProblemProposal } from "~/storage/room-problem-store.server";
import type { PracticeSession } from "~/storage/store.server";

/**
 * Changing a running session's problem (ADR 080). Someone alone in the room changes it;
 * with a partner seated it is a proposal the partner accepts or declines within
 * PROPOSAL_TTL_MS. Storage makes each step one conditional write (one pending proposal,
 * the switch a compare-and-set on the current problem); every outcome leaves as a
 * `session.problem*` event that realtime and the chat listen to.
 */

/** Both ways in (socket and form post) count against one budget per person. */
const changesByUser = createLimiter({ keyPrefix: "problem-change-user", points: 10, durationSeconds: 60 });

const changedMeanwhile = () => sessionFailure("changed", { message: "The problem changed meanwhile: pick again" });
const ref = (user: UserRef): UserRef => ({ id: user.id, username: user.username });
const partnerOf = (session: PracticeSession, userId: string) =>
  session.hostId === userId ? session.guestId : session.hostId;

export function toProposalDto(proposal: ProblemProposal, proposer: UserRef): ProposalDto | null {
  const problem = getProblem(proposal.problemSlug);
  if (!problem) return null;
  return {
    id: proposal.id,
    problemSlug: problem.slug,
    title: problem.title,
    difficulty: problem.difficulty,
    proposedBy: ref(proposer),
    expiresAt: proposal.expiresAt.toISOString(),
  };
}

/** The pending proposal as the room shows it (null when none, or it lapsed). */
export async function pendingProposal(sessionId: string, now = new Date()): Promise<ProposalDto | null> {
  const store = getStore();
  const proposal = await store.roomProblems.pending(sessionId, now);
  if (!proposal) return null;
  const proposer = (await store.sessions.members(sessionId)).find((m) => m.userId === proposal.proposedBy);
  return proposer ? toProposalDto(proposal, { id: proposer.userId, username: proposer.username }) : null;
}

export async function proposeProblem(
  user: UserRef,
  sessionId: string,
  problemSlug: string,
  now = new Date(),
): Promise<SessionResult<{ outcome: "changed" } | { outcome: "proposed"; proposal: ProposalDto }>> {
  const seat = await requireSeat(user.id, sessionId);
  if (!seat.ok) return seat;
  const problem = getProblem(problemSlug);
  if (!problem) return sessionFailure("unknown-problem", { field: "problem" });
  const { session } = seat;
  if (session.problemSlug === problem.slug) return sessionFailure("same-problem", { field: "problem" });
  try {
    await consume(changesByUser, user.id, { reason: "Too many problem changes just now." });
  } catch (error) {
    if (error instanceof RateLimitedError)
      return sessionFailure("rate-limited", { message: error.message, retryAfterSeconds: error.retryAfterSeconds });
    throw error;
  }
  const store = getStore();
  const { events } = getServices();

  if (!partnerOf(session, user.id)) {
    if (!(await store.roomProblems.change({ sessionId, fromSlug: session.problemSlug, toSlug: problem.slug }, now)))
      return (await requireSeat(user.id, sessionId)).ok ? changedMeanwhile() : sessionFailure("ended");
    await events.emit({
      type: "session.problemChanged",
      sessionId,
      fromSlug: session.problemSlug,
      toSlug: problem.slug,
      by: ref(user),
      proposedBy: null,
    });
    return { ok: true, outcome: "changed" };
  }

  const earlier = await store.roomProblems.pending(sessionId, now);
  const proposal = {
    id: crypto.randomBytes(9).toString("base64url"),
    sessionId,
    problemSlug: problem.slug,
    fromSlug: session.problemSlug,
    proposedBy: user.id,
    expiresAt: new Date(now.getTime() + PROPOSAL_TTL_MS),
  };
  if (!(await store.roomProblems.propose(proposal, now))) {
    const pending = await store.roomProblems.pending(sessionId, now);
    if (pending && pending.proposedBy !== user.id) return sessionFailure("proposal-pending");
    return changedMeanwhile();
  }
  // Your own earlier proposal was replaced: the partner sees only the new one.
  if (earlier && earlier.proposedBy === user.id)
    await events.emit({
      type: "session.problemProposalClosed",
      sessionId,
      proposalId: earlier.id,
      problemSlug: earlier.problemSlug,
      reason: "withdrawn",
      by: ref(user),
    });
  await events.emit({
    type: "session.problemProposed",
    sessionId,
    proposalId: proposal.id,
    problemSlug: problem.slug,
    by: ref(user),
    expiresAt: proposal.expiresAt,
  });
  return { ok: true, outcome: "proposed", proposal: toProposalDto({ ...proposal, createdAt: now }, user)! };
}

/** The partner's answer: accepting switches both rooms, declining closes the proposal. */
export async function answerProposal(
  user: UserRef,
  sessionId: string,
  proposalId: string,
  accept: boolean,
  now = new Date(),
): Promise<SessionResult<{ problemSlug: string | null }>> {
  const seat = await requireSeat(user.id, sessionId);
  if (!seat.ok) return seat;
  const store = getStore();
  const pending = await store.roomProblems.pending(sessionId, now);
  if (!pending || pending.id !== proposalId) return sessionFailure("proposal-gone");
  if (pending.proposedBy === user.id) return sessionFailure("own-proposal");
  const { events } = getServices();
  const proposer = (await store.sessions.members(sessionId)).find((m) => m.userId === pending.proposedBy);
  const proposerRef = { id: pending.proposedBy, username: proposer?.username ?? "Your partner" };
  if (!accept) {
    const closed = await store.roomProblems.withdraw(sessionId, proposalId);
    if (!closed) return sessionFailure("proposal-gone");
    await events.emit({
      type: "session.problemProposalClosed",
      sessionId,
      proposalId,
      problemSlug: closed.problemSlug,
      reason: "declined",
      by: ref(user),
    });
    return { ok: true, problemSlug: null };
  }
  const changed = await store.roomProblems.change(
    { sessionId, fromSlug: pending.fromSlug, toSlug: pending.problemSlug, proposalId },
    now,
  );
  if (!changed) return sessionFailure("proposal-gone");
  await events.emit({
    type: "session.problemChanged",
    sessionId,
    fromSlug: pending.fromSlug,
    toSlug: pending.problemSlug,
    by: ref(user),
    proposedBy: proposerRef,
  });
  return { ok: true, problemSlug: pending.problemSlug };
}

/** The proposer takes their proposal back. */
export async function withdrawProposal(user: UserRef, sessionId: string, proposalId: string): Promise<SessionResult> {
  const seat = await requireSeat(user.id, sessionId);
  if (!seat.ok) return seat;
  const store = getStore();
  const pending = await store.roomProblems.pending(sessionId, new Date());
  if (!pending || pending.id !== proposalId) return sessionFailure("proposal-gone");
  if (pending.proposedBy !== user.id) return sessionFailure("proposal-gone");
  const closed = await store.roomProblems.withdraw(sessionId, proposalId);
  if (!closed) return sessionFailure("proposal-gone");
  await getServices().events.emit({
    type: "session.problemProposalClosed",
    sessionId,
    proposalId,
    problemSlug: closed.problemSlug,
    reason: "withdrawn",
    by: ref(user),
  });
  return { ok: true };
}

/**
 * Called when a proposal's time is up: if it is still stored and has lapsed, it is removed
 * and `lapsed` goes out once (an accepted or declined one is already gone).
 */
export async function lapseProposal(sessionId: string, proposalId: string, now = new Date()): Promise<boolean> {
  const store = getStore();
  const pending = await store.roomProblems.pending(sessionId, now);
  if (pending?.id === proposalId) return false;
  const closed = await store.roomProblems.withdraw(sessionId, proposalId);
  if (!closed) return false;
  await getServices().events.emit({
    type: "session.problemProposalClosed",
    sessionId,
    proposalId,
    problemSlug: closed.problemSlug,
    reason: "lapsed",
    by: null,
  });
  return true;
}

/**
 * The picker's first entries for `userId` in this session: problems neither seated person
 * has solved (stored Accepted verdicts), the user's own recommendations first.
 */
export async function roomSuggestions(userId: string, session: PracticeSession): Promise<ProblemSuggestion[]> {
  const store = getStore();
  const partnerId = partnerOf(session, userId);
  const solvedOf = async (id: string) =>
    new Set(
      [...(await store.submissions.statusesForUser(id))].filter(([, status]) => status === "solved").map(([s]) => s),
    );
  const [mySolved, partnerSolved] = await Promise.all([
    solvedOf(userId),
    partnerId ? solvedOf(partnerId) : Promise.resolve(null),
  ]);
  const recommendations = await recommendationsFor(userId, { alsoSolved: partnerSolved ?? undefined, limit: 3 });
  return suggestProblems({
    problems: listProblems(),
    currentSlug: session.problemSlug,
    mySolved,
    partnerSolved,
    recommendations,
  });
}
