import type { ParticipantView } from "~/modules/sessions/session-view";
import type { ParticipantPresence } from "~/platform/realtime/realtime-events";

export type RoomStatus = "waiting" | "both-here" | "partner-reconnecting" | "partner-away" | "you-reconnecting";

export const ROOM_STATUS_LABELS: Record<RoomStatus, string> = {
  waiting: "Waiting for a partner",
  "both-here": "Both here",
  "partner-reconnecting": "Partner reconnecting",
  "partner-away": "Partner away",
  "you-reconnecting": "Reconnecting…",
};

/**
 * What the room's status badge says. It follows presence, never the seats alone: a taken
 * seat whose holder is not in the room is "Partner away", not "Both here". Until the socket
 * has told us who is here, the page's data (the presence heartbeat) decides.
 */
export function roomStatus({
  seats,
  live,
  me,
  connected,
}: {
  seats: ReadonlyArray<Pick<ParticipantView, "username" | "present" | "isYou">>;
  live: ReadonlyArray<Pick<ParticipantPresence, "username" | "online" | "reconnecting">> | null;
  me: string;
  connected: boolean;
}): RoomStatus {
  const partner = seats.find((p) => !p.isYou && p.username !== me);
  if (!partner) return "waiting";
  if (live && !connected) return "you-reconnecting";
  const now = live?.find((p) => p.username === partner.username);
  if (live && now) return now.online ? "both-here" : now.reconnecting ? "partner-reconnecting" : "partner-away";
  return partner.present ? "both-here" : "partner-away";
}
