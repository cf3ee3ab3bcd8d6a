import type { QueueEntry } from "~/modules/matching/match-rules";

/**
 * The queue seam: where waiting people and open proposals live. In-process by default;
 * with REDIS_URL every instance shares one queue in Redis. Each method is one atomic step,
 * so two instances (or two simultaneous calls) can never put one person in two proposals.
 */

export interface Proposal {
  id: string;
  a: QueueEntry;
  b: QueueEntry;
  expiresAt: number;
}

export type QueueStatus =
  | { kind: "idle" }
  | { kind: "queued"; entry: QueueEntry }
  | { kind: "proposed"; proposal: Proposal; accepted: readonly string[] };

export type AcceptOutcome =
  | { kind: "gone" }
  | { kind: "waiting"; proposal: Proposal; accepted: readonly string[] }
  | { kind: "both"; proposal: Proposal };

export interface Resolved {
  proposal: Proposal;
  /** Accepted and back at the front of the queue. */
  requeued: string[];
  /** Did not accept (or declined): no longer queued. */
  removed: string[];
}

export interface MatchQueue {
  readonly kind: "in-process" | "redis";
  /** Adds the user, or (already waiting or proposed) answers where they are: one entry per user. */
  join(entry: QueueEntry, now: number): Promise<QueueStatus>;
  status(userId: string): Promise<QueueStatus>;
  /** Removes a waiting user; false when they were not waiting. */
  leave(userId: string): Promise<boolean>;
  /** Everyone waiting (not proposed). */
  waiting(): Promise<QueueEntry[]>;
  /**
   * Moves both from waiting into a new proposal, only if both are still waiting with the
   * very entries given; null when either has gone, rejoined or been proposed meanwhile.
   */
  propose(a: QueueEntry, b: QueueEntry, id: string, expiresAt: number): Promise<Proposal | null>;
  /** Records the user's acceptance; when both have accepted the proposal ends ("both"). */
  accept(proposalId: string, userId: string): Promise<AcceptOutcome>;
  /**
   * Ends a proposal that will not be accepted by both. When someone declined (or left),
   * the other goes back to the front of the queue and the decliner leaves it; when time ran
   * out (`decliner` null), whoever accepted goes back to the front and whoever did not
   * leaves. Null when the proposal had already ended (only one caller resolves it).
   */
  resolve(proposalId: string, decliner: string | null): Promise<Resolved | null>;
  /** Puts someone back at the front (their partner's session could not be created). */
  requeueFront(entry: QueueEntry, now: number): Promise<boolean>;
  /** Proposals past their deadline. */
  dueProposals(now: number): Promise<string[]>;
  /** These users are still connected somewhere: their places are kept. */
  touch(userIds: readonly string[], now: number): Promise<void>;
  /** Removes waiting users nobody has vouched for since `before` (their instance vanished); returns them. */
  dropUnseen(before: number): Promise<string[]>;
  close(): Promise<void>;
}

export const frontEntry = (entry: QueueEntry): QueueEntry => ({ ...entry, front: true });
