import crypto from "node:crypto";

import type { MatchEvent } from "~/modules/matching/match-events";
import type { MatchQueue, Proposal, QueueStatus } from "~/modules/matching/match-queue.server";
import {
  ACCEPT_WINDOW_MS,
  bestPartner,
  chooseProblem,
  type MatchCriteria,
  pairUp,
  type ProblemCandidate,
  type QueueEntry,
  RECONNECT_GRACE_MS,
} from "~/modules/matching/match-rules";
import type { UserRef } from "~/modules/sessions/session-events";

/**
 * Quick match: joins, proposals, accepts and the periodic sweep (deadlines, widening,
 * vanished instances). The queue seam makes each step atomic; this module decides which
 * step to take and tells the world through domain events. Everything it needs from the
 * rest of the app comes in `MatchmakerDeps`, so tests and the bench can build one.
 */
export interface MatchmakerDeps {
  queue: MatchQueue;
  emit(event: MatchEvent): Promise<void>;
  /** The user's open session, if they hold a seat (they cannot queue then). */
  openSessionOf(userId: string): Promise<string | null>;
  /** Solved history, weighted (match-rules `levelOf`), and the problems solved. */
  historyOf(userId: string): Promise<{ level: number; solved: ReadonlySet<string> }>;
  problems(): readonly ProblemCandidate[];
  createSession(
    host: UserRef,
    guest: UserRef,
    problemSlug: string,
  ): Promise<{ ok: true; id: string } | { ok: false; seatedUserId: string; openSessionId: string }>;
  now?: () => number;
}

export type JoinResult = { kind: "seated"; sessionId: string } | { kind: "status"; status: QueueStatus };

export type AcceptResult =
  | { kind: "gone" }
  | { kind: "waiting" }
  | { kind: "made"; sessionId: string }
  | { kind: "fell-through"; seatedUserId: string };

const refOf = (entry: QueueEntry): UserRef => ({ id: entry.userId, username: entry.username });
const usersOf = (p: Proposal): [UserRef, UserRef] => [refOf(p.a), refOf(p.b)];

export class Matchmaker {
  private readonly now: () => number;
  constructor(private readonly deps: MatchmakerDeps) {
    this.now = deps.now ?? Date.now;
  }

  get queue(): MatchQueue {
    return this.deps.queue;
  }

  /** Joins the queue (or answers where the user already is), then looks for a partner at once. */
  async join(user: UserRef, criteria: MatchCriteria): Promise<JoinResult> {
    const open = await this.deps.openSessionOf(user.id);
    if (open) return { kind: "seated", sessionId: open };
    const { level } = await this.deps.historyOf(user.id);
    const now = this.now();
    const entry: QueueEntry = {
      ...criteria,
      userId: user.id,
      username: user.username,
      level,
      joinedAt: now,
      front: false,
    };
    const status = await this.deps.queue.join(entry, now);
    if (status.kind === "queued" && status.entry.joinedAt === now)
      await this.deps.emit({ type: "match.queued", userId: user.id });
    if (status.kind === "queued") await this.findPartner(status.entry);
    return { kind: "status", status: await this.deps.queue.status(user.id) };
  }

  status(userId: string): Promise<QueueStatus> {
    return this.deps.queue.status(userId);
  }

  /** Leaves the queue; leaving during a proposal declines it. */
  async leave(userId: string): Promise<void> {
    const status = await this.deps.queue.status(userId);
    if (status.kind === "proposed") {
      await this.end(status.proposal.id, userId, "left");
      return;
    }
    if (await this.deps.queue.leave(userId)) await this.deps.emit({ type: "match.left", userId });
  }

  /**
   * Proposes the best partner among those waiting. Another instance (or call) may take
   * the chosen partner first: the queue refuses, and the next best is tried.
   */
  async findPartner(entry: QueueEntry): Promise<Proposal | null> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const waiting = await this.deps.queue.waiting();
      const self = waiting.find((e) => e.userId === entry.userId);
      if (!self) return null; // proposed by someone else meanwhile, or gone
      const partner = bestPartner(self, waiting, this.now());
      if (!partner) return null;
      const proposal = await this.propose(self, partner);
      if (proposal) return proposal;
    }
    return null;
  }

  private async propose(a: QueueEntry, b: QueueEntry): Promise<Proposal | null> {
    const expiresAt = this.now() + ACCEPT_WINDOW_MS;
    const proposal = await this.deps.queue.propose(a, b, crypto.randomUUID(), expiresAt);
    if (proposal)
      await this.deps.emit({ type: "match.proposed", proposalId: proposal.id, users: usersOf(proposal), expiresAt });
    return proposal;
  }

  async accept(userId: string, proposalId: string): Promise<AcceptResult> {
    const outcome = await this.deps.queue.accept(proposalId, userId);
    if (outcome.kind === "gone") return { kind: "gone" };
    if (outcome.kind === "waiting") {
      await this.deps.emit({ type: "match.accepted", proposalId, userId, users: usersOf(outcome.proposal) });
      return { kind: "waiting" };
    }
    const { proposal } = outcome;
    const [first, second] = [proposal.a, proposal.b];
    const [historyA, historyB] = await Promise.all([
      this.deps.historyOf(first.userId),
      this.deps.historyOf(second.userId),
    ]);
    const solved = new Set([...historyA.solved, ...historyB.solved]);
    const slug = chooseProblem(first, second, this.deps.problems(), solved, (n) => crypto.randomInt(n));
    const created = slug ? await this.deps.createSession(refOf(first), refOf(second), slug) : null;
    if (created?.ok) {
      await this.deps.emit({
        type: "match.made",
        proposalId,
        sessionId: created.id,
        problemSlug: slug!,
        users: usersOf(proposal),
      });
      return { kind: "made", sessionId: created.id };
    }
    // One of them sat down in a session meanwhile: the other goes back to the front.
    const seatedUserId = created && !created.ok ? created.seatedUserId : first.userId;
    const other = seatedUserId === first.userId ? second : first;
    const now = this.now();
    await this.deps.queue.requeueFront(other, now);
    await this.deps.emit({
      type: "match.cancelled",
      proposalId,
      reason: "fell-through",
      requeued: [other.userId],
      removed: [seatedUserId],
    });
    return { kind: "fell-through", seatedUserId };
  }

  async decline(userId: string, proposalId: string): Promise<boolean> {
    const status = await this.deps.queue.status(userId);
    if (status.kind !== "proposed" || status.proposal.id !== proposalId) return false;
    return this.end(proposalId, userId, "declined");
  }

  private async end(proposalId: string, decliner: string | null, reason: "declined" | "timeout" | "left") {
    const resolved = await this.deps.queue.resolve(proposalId, decliner);
    if (!resolved) return false;
    await this.deps.emit({
      type: "match.cancelled",
      proposalId,
      reason,
      requeued: resolved.requeued,
      removed: resolved.removed,
    });
    for (const userId of resolved.requeued) {
      const status = await this.deps.queue.status(userId);
      if (status.kind === "queued") await this.findPartner(status.entry);
    }
    return true;
  }

  /** These users' connections are alive on this instance: their places are kept. */
  touch(userIds: readonly string[]): Promise<void> {
    return this.deps.queue.touch(userIds, this.now());
  }

  /**
   * Once a second on every instance: proposals past their deadline end, places nobody has
   * vouched for (an instance that vanished) go, and everyone the widening now allows is paired.
   */
  async sweep(): Promise<void> {
    const now = this.now();
    for (const id of await this.deps.queue.dueProposals(now)) await this.end(id, null, "timeout");
    for (const userId of await this.deps.queue.dropUnseen(now - 3 * RECONNECT_GRACE_MS))
      await this.deps.emit({ type: "match.left", userId });
    for (const [a, b] of pairUp(await this.deps.queue.waiting(), now)) await this.propose(a, b);
  }
}
