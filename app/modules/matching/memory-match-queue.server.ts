import { frontEntry, type MatchQueue, type Proposal, type QueueStatus } from "~/modules/matching/match-queue.server";
import type { QueueEntry } from "~/modules/matching/match-rules";

/**
 * The in-process queue: plain maps. Every method does its work without an await in the
 * middle, so on one instance each call is atomic.
 */
export function memoryMatchQueue(): MatchQueue {
  const entries = new Map<string, QueueEntry>();
  const seen = new Map<string, number>();
  const proposalOf = new Map<string, string>();
  const proposals = new Map<string, { proposal: Proposal; accepted: Set<string> }>();

  const statusOf = (userId: string): QueueStatus => {
    const id = proposalOf.get(userId);
    const open = id ? proposals.get(id) : undefined;
    if (open) return { kind: "proposed", proposal: open.proposal, accepted: [...open.accepted] };
    const entry = entries.get(userId);
    return entry ? { kind: "queued", entry } : { kind: "idle" };
  };

  return {
    kind: "in-process",
    async join(entry, now) {
      const current = statusOf(entry.userId);
      if (current.kind === "idle") entries.set(entry.userId, entry);
      seen.set(entry.userId, now);
      return current.kind === "idle" ? { kind: "queued", entry } : current;
    },
    async status(userId) {
      return statusOf(userId);
    },
    async leave(userId) {
      seen.delete(userId);
      return entries.delete(userId);
    },
    async waiting() {
      return [...entries.values()];
    },
    async propose(a, b, id, expiresAt) {
      if (a.userId === b.userId || entries.get(a.userId) !== a || entries.get(b.userId) !== b) return null;
      entries.delete(a.userId);
      entries.delete(b.userId);
      const proposal: Proposal = { id, a, b, expiresAt };
      proposals.set(id, { proposal, accepted: new Set() });
      proposalOf.set(a.userId, id).set(b.userId, id);
      return proposal;
    },
    async accept(proposalId, userId) {
      const open = proposals.get(proposalId);
      if (!open || (open.proposal.a.userId !== userId && open.proposal.b.userId !== userId)) return { kind: "gone" };
      open.accepted.add(userId);
      if (open.accepted.size < 2) return { kind: "waiting", proposal: open.proposal, accepted: [...open.accepted] };
      proposals.delete(proposalId);
      proposalOf.delete(open.proposal.a.userId);
      proposalOf.delete(open.proposal.b.userId);
      return { kind: "both", proposal: open.proposal };
    },
    async resolve(proposalId, decliner) {
      const open = proposals.get(proposalId);
      if (!open) return null;
      proposals.delete(proposalId);
      const requeued: string[] = [];
      const removed: string[] = [];
      for (const entry of [open.proposal.a, open.proposal.b]) {
        proposalOf.delete(entry.userId);
        if (entry.userId !== decliner && (decliner !== null || open.accepted.has(entry.userId))) {
          entries.set(entry.userId, frontEntry(entry));
          requeued.push(entry.userId);
        } else {
          seen.delete(entry.userId);
          removed.push(entry.userId);
        }
      }
      return { proposal: open.proposal, requeued, removed };
    },
    async requeueFront(entry, now) {
      if (statusOf(entry.userId).kind !== "idle") return false;
      entries.set(entry.userId, frontEntry(entry));
      seen.set(entry.userId, now);
      return true;
    },
    async dueProposals(now) {
      return [...proposals.values()].filter((p) => p.proposal.expiresAt <= now).map((p) => p.proposal.id);
    },
    async touch(userIds, now) {
      for (const id of userIds) if (entries.has(id) || proposalOf.has(id)) seen.set(id, now);
    },
    async dropUnseen(before) {
      const dropped: string[] = [];
      for (const userId of entries.keys()) {
        if ((seen.get(userId) ?? 0) < before) {
          entries.delete(userId);
          seen.delete(userId);
          dropped.push(userId);
        }
      }
      return dropped;
    },
    async close() {
      entries.clear();
      proposals.clear();
      proposalOf.clear();
      seen.clear();
    },
  };
}
