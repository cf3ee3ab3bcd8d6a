import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

import type { ScheduledSession } from "~/storage/scheduling-store.server";

import { getProblemTitle } from "./scheduled-view.server";

/**
 * The scheduled session as an iCalendar file. Its UID never changes and its SEQUENCE rises
 * with every change, so importing a newer file updates the calendar entry; a cancelled one
 * says METHOD:CANCEL and STATUS:CANCELLED. It carries the link, never the password.
 */
export function scheduledCalendar(s: ScheduledSession, link: string): string {
  const cancelled = s.status === "cancelled";
  const calendar = ical({
    name: "PeerPrep",
    prodId: { company: "PeerPrep", product: "scheduled-sessions", language: "EN" },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  const partner = s.guestUsername ? ` with ${s.guestUsername}` : "";
  calendar.createEvent({
    id: `${s.id}@peerprep`,
    sequence: s.sequence,
    stamp: s.updatedAt,
    start: s.startsAt,
    end: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000),
    summary: `PeerPrep: ${getProblemTitle(s.problemSlug)}`,
    description: `Practice session hosted by ${s.hostUsername}${partner}.\nJoin: ${link}`,
    url: link,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
