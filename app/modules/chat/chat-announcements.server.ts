import { postSystemMessage } from "~/modules/chat/chat.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import type { SessionEvent } from "~/modules/sessions/session-events";
import type { DomainEvents } from "~/platform/events/domain-events.server";

/** The line the session's chat shows for a seat change, if any. */
export function announcementOf(event: SessionEvent): string | null {
  switch (event.type) {
    case "session.seatTaken":
      return `${event.guest.username} joined`;
    case "session.seatReleased":
      return `${event.guest.username} left`;
    case "session.hostHandedOver":
      return `${event.formerHost.username} left; their partner is now the host`;
    case "session.ended":
      return event.reason === "host-ended" && event.by ? `${event.by.username} ended the session` : null;
    case "session.problemChanged": {
      const title = getProblem(event.toSlug)?.title ?? event.toSlug;
      return event.proposedBy
        ? `${event.by.username} accepted ${event.proposedBy.username}'s proposal: the problem is now ${title}`
        : `${event.by.username} changed the problem to ${title}`;
    }
    case "session.problemProposalClosed":
      return event.reason === "declined" && event.by
        ? `${event.by.username} declined ${getProblem(event.problemSlug)?.title ?? event.problemSlug}`
        : null;
    case "session.created":
    case "session.problemProposed":
      return null;
  }
}

/** Seat and problem changes appear in the session's chat as system lines. */
export function announceSessionChanges(events: DomainEvents): void {
  events.on(
    [
      "session.seatTaken",
      "session.seatReleased",
      "session.hostHandedOver",
      "session.ended",
      "session.problemChanged",
      "session.problemProposalClosed",
    ],
    "chat-announcements",
    async (event) => {
      const line = announcementOf(event);
      if (line) await postSystemMessage(event.sessionId, line);
    },
  );
}
