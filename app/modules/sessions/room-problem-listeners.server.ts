import { getStore } from "~/composition.server";
import type { DomainEvents } from "~/platform/events/domain-events.server";

/**
 * A seat emptied or the session ended: a pending proposal has nobody left to answer it (or
 * nobody who made it), so it closes (ADR 080). Kept apart from the rules so the
 * composition root can wire it without loading them.
 */
export function closeProposalsOnLeave(events: DomainEvents): () => void {
  return events.on(
    ["session.seatReleased", "session.hostHandedOver", "session.ended"],
    "room-problem: leave",
    async (event) => {
      const store = getStore();
      // Any stored proposal, lapsed or not (the epoch is before every expiry).
      const pending = await store.roomProblems.pending(event.sessionId, new Date(0));
      if (!pending) return;
      const closed = await store.roomProblems.withdraw(event.sessionId, pending.id);
      if (!closed || event.type === "session.ended") return;
      const leaver = event.type === "session.seatReleased" ? event.guest : event.formerHost;
      await events.emit({
        type: "session.problemProposalClosed",
        sessionId: event.sessionId,
        proposalId: closed.id,
        problemSlug: closed.problemSlug,
        reason: "left",
        by: { id: leaver.id, username: leaver.username },
      });
    },
  );
}
