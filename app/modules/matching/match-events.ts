import type { UserRef } from "~/modules/sessions/session-events";

/**
 * What happened in quick match, emitted after the queue has it (a notification centre,
 * the realtime fan-out and anyone else may listen). `users` are always both people.
 */
export type MatchEvent =
  | { type: "match.queued"; userId: string }
  | { type: "match.left"; userId: string }
  | { type: "match.proposed"; proposalId: string; users: [UserRef, UserRef]; expiresAt: number }
  | { type: "match.accepted"; proposalId: string; userId: string; users: [UserRef, UserRef] }
  | {
      type: "match.cancelled";
      proposalId: string;
      reason: "declined" | "timeout" | "left" | "fell-through";
      /** Accepted: back at the front of the queue. */
      requeued: string[];
      /** Out of the queue. */
      removed: string[];
    }
  | { type: "match.made"; proposalId: string; sessionId: string; problemSlug: string; users: [UserRef, UserRef] };
