import type { MatchStatusDto } from "~/modules/matching/match-contract";
import type { MatchEvent } from "~/modules/matching/match-events";
import type { QueueStatus } from "~/modules/matching/match-queue.server";

/** The queue's answer as one user's page sees it (the partner's id never leaves the server). */
export function toStatusDto(userId: string, status: QueueStatus, notice: string | null = null): MatchStatusDto {
  if (status.kind === "idle") return { state: "idle", notice };
  if (status.kind === "queued") {
    const { difficulty, topics, language, problemSlug, joinedAt, front } = status.entry;
    return {
      state: "queued",
      joinedAt,
      serverNow: Date.now(),
      front,
      criteria: { difficulty, topics: [...topics], language, problem: problemSlug },
      notice,
    };
  }
  const { proposal, accepted } = status;
  const partner = proposal.a.userId === userId ? proposal.b : proposal.a;
  return {
    state: "proposed",
    proposalId: proposal.id,
    partner: { username: partner.username },
    expiresAt: proposal.expiresAt,
    serverNow: Date.now(),
    acceptedByMe: accepted.includes(userId),
    acceptedByPartner: accepted.includes(partner.userId),
  };
}

type Cancelled = Extract<MatchEvent, { type: "match.cancelled" }>;

/** What a cancelled proposal means for one of its two people, in words. */
export function cancelNotice(event: Cancelled, userId: string): string {
  const requeued = event.requeued.includes(userId);
  if (requeued) {
    const why = {
      declined: "Your partner declined",
      left: "Your partner left",
      timeout: "Your partner did not accept in time",
      "fell-through": "Your partner joined another session",
    }[event.reason];
    return `${why}: you are back at the front of the queue.`;
  }
  return {
    declined: "You declined the match and left the queue.",
    left: "You left the queue.",
    timeout: "You did not accept in time, so you left the queue.",
    "fell-through": "You are already in a session, so the match was cancelled.",
  }[event.reason];
}
