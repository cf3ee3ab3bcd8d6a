import type { UserRef } from "~/modules/sessions/session-events";
import type { PairStreakUnit } from "~/storage/pair-streak-store.server";

/** What happened to a scheduled session or a partnership, emitted after storage has it. */
export type SchedulingEvent =
  | { type: "scheduled.created"; scheduledId: string; host: UserRef; guestId: string | null; startsAt: string }
  | { type: "scheduled.reserved"; scheduledId: string; hostId: string; guest: UserRef }
  | { type: "scheduled.released"; scheduledId: string; hostId: string; guest: UserRef }
  | {
      type: "scheduled.changed";
      scheduledId: string;
      change: "rescheduled" | "cancelled";
      by: UserRef;
      /** Everyone holding a seat, the one who changed it included. */
      memberIds: string[];
      startsAt: string;
    }
  /** Ten minutes before the start (claimed once in storage, so a restart does not repeat it). */
  | { type: "scheduled.reminderDue"; scheduledId: string; memberIds: string[]; startsAt: string; title: string }
  | { type: "scheduled.opened"; scheduledId: string; sessionId: string; hostId: string; memberIds: string[] }
  /** The start came but the room could not open: the host holds a seat in another open session. */
  | { type: "scheduled.openBlocked"; scheduledId: string; userId: string; openSessionId: string }
  /** Ten minutes after the start with one seat empty: who waits (offered quick match or solo) and who did not come. */
  | {
      type: "scheduled.noShow";
      scheduledId: string;
      waitingUserId: string | null;
      missingUserId: string | null;
      sessionId: string | null;
    }
  | { type: "partner.invited"; scheduledId: string; from: UserRef; toUserId: string; startsAt: string }
  /** One of a pair changed how their pair streak counts (stored once for both). */
  | {
      type: "partner.streakUnitChanged";
      by: UserRef;
      partnerId: string;
      unit: PairStreakUnit;
      timeZone: string;
      changedAt: string;
    };
