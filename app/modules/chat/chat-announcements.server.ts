import { postSystemMessage } from "~/modules/chat/chat.server";
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
    case "session.created":
      return null;
  }
}

/** Seat changes appear in the session's chat as system lines. */
export function announceSessionChanges(events: DomainEvents): void {
  events.on(
    ["session.seatTaken", "session.seatReleased", "session.hostHandedOver", "session.ended"],
    "chat-announcements",
    async (event) => {
      const line = announcementOf(event);
      if (line) await postSystemMessage(event.sessionId, line);
    },
  );
}
