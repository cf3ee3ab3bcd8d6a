/**
 * What the browser sees of a scheduled session: never the password hash. Times are ISO
 * strings, shown in each reader's own zone by the browser.
 */
export interface ScheduledView {
  id: string;
  problemSlug: string;
  problemTitle: string;
  difficulty: string | null;
  visibility: "public" | "private";
  hasPassword: boolean;
  hostUsername: string;
  guestUsername: string | null;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  timeZone: string;
  status: "scheduled" | "open" | "cancelled";
  sequence: number;
  sessionId: string | null;
  /** Set once the no-show rule ran: who did not come, or "nobody came" when no one had reserved. */
  noShow: { checked: boolean; missingUsername: string | null; seatWasFree: boolean };
  fromWeeklySlot: boolean;
}

export const DURATIONS = [30, 45, 60, 90] as const;
