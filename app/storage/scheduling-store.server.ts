import type { SessionVisibility } from "./store.server";

/**
 * Storage of scheduled sessions, weekly slots, practice partners and notifications. Every
 * step the scheduler takes (reminded, opened, no-show checked) is one conditional update,
 * so a restart or a second instance never repeats it.
 */

export type ScheduledStatus = "scheduled" | "open" | "cancelled";

export interface ScheduledSession {
  id: string;
  hostId: string;
  hostUsername: string;
  /** The reserved second seat; null while anyone (public) or the invited partner may take it. */
  guestId: string | null;
  guestUsername: string | null;
  problemSlug: string;
  visibility: SessionVisibility;
  /** bcrypt hash for private sessions. Server-only. */
  passwordHash: string | null;
  startsAt: Date;
  durationMinutes: number;
  /** The creator's IANA time zone: how the creator wrote the time (and a weekly slot repeats). */
  timeZone: string;
  status: ScheduledStatus;
  /** iCalendar SEQUENCE: increases on every change of time or status. */
  sequence: number;
  /** The practice session it opened as, once open. */
  sessionId: string | null;
  remindedAt: Date | null;
  /** When the no-show rule ran for it (null: not yet). */
  noShowCheckedAt: Date | null;
  /** Who did not come (null when both came or nobody had reserved the seat). */
  noShowUserId: string | null;
  /** The weekly slot that created it, if any. */
  slotId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewScheduledSession {
  id: string;
  hostId: string;
  guestId: string | null;
  problemSlug: string;
  visibility: SessionVisibility;
  passwordHash: string | null;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  slotId?: string | null;
}

export interface ScheduledStore {
  create(input: NewScheduledSession): Promise<ScheduledSession>;
  /** Idempotent per slot and start: false (and nothing written) when that occurrence exists. */
  createForSlot(input: NewScheduledSession & { slotId: string }): Promise<boolean>;
  findById(id: string): Promise<ScheduledSession | null>;
  /** Public, not cancelled, seat free, starting after `after`: soonest first. */
  listUpcomingPublic(after: Date, limit: number): Promise<ScheduledSession[]>;
  /** Where the user is host or reserved guest, starting after `after`, soonest first. */
  listForUser(userId: string, after: Date, limit: number): Promise<ScheduledSession[]>;
  /** Past no-shows where the user was host or guest, newest first. */
  listNoShowsForUser(userId: string, limit: number): Promise<ScheduledSession[]>;
  /** Takes the free seat in one conditional update: true for exactly one caller. */
  reserveGuest(id: string, userId: string, now: Date): Promise<boolean>;
  releaseGuest(id: string, userId: string, now: Date): Promise<boolean>;
  /** New time (host only, not yet open): SEQUENCE + 1 and the reminder is due again. */
  reschedule(id: string, hostId: string, startsAt: Date, durationMinutes: number, now: Date): Promise<boolean>;
  /** Host only, not yet open: SEQUENCE + 1. */
  cancel(id: string, hostId: string, now: Date): Promise<boolean>;
  /** Scheduled, not cancelled, reminder not sent, starting at or before `startsBy`. */
  listDueReminders(startsBy: Date, limit: number): Promise<ScheduledSession[]>;
  /** True for exactly one caller. */
  claimReminder(id: string, now: Date): Promise<boolean>;
  /** Scheduled (not open, not cancelled), starting after `from` and at or before `to`. */
  listDueOpenings(from: Date, to: Date, limit: number): Promise<ScheduledSession[]>;
  /** Records the room it opened as; true for exactly one caller. */
  markOpened(id: string, sessionId: string, now: Date): Promise<boolean>;
  /** Not cancelled, no-show not checked, starting at or before `startedBy`. */
  listNoShowCandidates(startedBy: Date, limit: number): Promise<ScheduledSession[]>;
  /** Records the no-show check (and who did not come); true for exactly one caller. */
  markNoShowChecked(id: string, missingUserId: string | null, now: Date): Promise<boolean>;
  /** Future occurrences of a slot that are still only scheduled. */
  listPendingForSlot(slotId: string): Promise<ScheduledSession[]>;
}

export interface RecurringSlot {
  id: string;
  ownerId: string;
  partnerId: string;
  partnerUsername: string;
  ownerUsername: string;
  /** 0 = Sunday … 6 = Saturday, in `timeZone`. */
  weekday: number;
  /** Minutes after midnight, in `timeZone`. */
  minuteOfDay: number;
  timeZone: string;
  durationMinutes: number;
  problemSlug: string;
  createdAt: Date;
  cancelledAt: Date | null;
}

export type NewRecurringSlot = Omit<RecurringSlot, "createdAt" | "cancelledAt" | "partnerUsername" | "ownerUsername">;

export interface SlotStore {
  create(input: NewRecurringSlot): Promise<RecurringSlot>;
  findById(id: string): Promise<RecurringSlot | null>;
  /** Slots the user owns or is the partner of, not cancelled. */
  listForUser(userId: string): Promise<RecurringSlot[]>;
  listActive(limit: number): Promise<RecurringSlot[]>;
  /** Owner or partner may cancel; true once. */
  cancel(id: string, userId: string, now: Date): Promise<boolean>;
}

export interface Partner {
  userId: string;
  username: string;
  since: Date;
}

export interface PartnerStore {
  /** Idempotent. */
  add(userId: string, partnerId: string, now: Date): Promise<void>;
  remove(userId: string, partnerId: string): Promise<boolean>;
  list(userId: string): Promise<Partner[]>;
  has(userId: string, partnerId: string): Promise<boolean>;
}

export type NotificationType =
  | "partner-joined"
  | "invitation"
  | "match-proposed"
  | "starting-soon"
  | "session-open"
  | "no-show"
  | "schedule-changed"
  | "pair-streak";

export interface AppNotification {
  id: string;
  userId: string;
  type: NotificationType;
  title: string;
  body: string;
  /** Where it leads (a path of this site). */
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface NewNotification {
  userId: string;
  type: NotificationType;
  title: string;
  body: string;
  link: string | null;
  /** One notification per user and key: a repeated delivery (retry, restart) stores nothing new. */
  dedupeKey: string;
}

export interface NotificationStore {
  create(input: NewNotification): Promise<{ notification: AppNotification; created: boolean }>;
  /** Newest first. */
  listForUser(userId: string, limit: number): Promise<AppNotification[]>;
  countUnread(userId: string): Promise<number>;
  /** Only the addressee's own notification; true when it was unread. */
  markRead(id: string, userId: string, now: Date): Promise<boolean>;
  markAllRead(userId: string, now: Date): Promise<number>;
}
