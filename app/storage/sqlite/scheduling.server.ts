import type Database from "better-sqlite3";

import type {
  NewRecurringSlot,
  NewScheduledSession,
  Partner,
  PartnerStore,
  RecurringSlot,
  ScheduledSession,
  ScheduledStatus,
  ScheduledStore,
  SlotStore,
} from "../scheduling-store.server";
import type { SessionVisibility } from "../store.server";
import { type Prepare, statementCache } from "./statement-cache.server";

interface ScheduledRow {
  id: string;
  host_id: string;
  host_username: string;
  guest_id: string | null;
  guest_username: string | null;
  problem_slug: string;
  visibility: SessionVisibility;
  password_hash: string | null;
  starts_at: number;
  duration_minutes: number;
  time_zone: string;
  status: ScheduledStatus;
  sequence: number;
  session_id: string | null;
  reminded_at: number | null;
  no_show_checked_at: number | null;
  no_show_user_id: string | null;
  slot_id: string | null;
  created_at: number;
  updated_at: number;
}

const dateOrNull = (ms: number | null) => (ms === null ? null : new Date(ms));

const toScheduled = (row: ScheduledRow): ScheduledSession => ({
  id: row.id,
  hostId: row.host_id,
  hostUsername: row.host_username,
  guestId: row.guest_id,
  guestUsername: row.guest_username,
  problemSlug: row.problem_slug,
  visibility: row.visibility,
  passwordHash: row.password_hash,
  startsAt: new Date(row.starts_at),
  durationMinutes: row.duration_minutes,
  timeZone: row.time_zone,
  status: row.status,
  sequence: row.sequence,
  sessionId: row.session_id,
  remindedAt: dateOrNull(row.reminded_at),
  noShowCheckedAt: dateOrNull(row.no_show_checked_at),
  noShowUserId: row.no_show_user_id,
  slotId: row.slot_id,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});

const SELECT = `SELECT s.*, h.username AS host_username, g.username AS guest_username
  FROM scheduled_sessions s JOIN users h ON h.id = s.host_id LEFT JOIN users g ON g.id = s.guest_id`;

export class SqliteScheduledStore implements ScheduledStore {
  private readonly sql: Prepare;

  constructor(db: Database.Database) {
    this.sql = statementCache(db);
  }

  private all(where: string, ...params: unknown[]): ScheduledSession[] {
    return (this.sql(`${SELECT} ${where}`).all(...params) as ScheduledRow[]).map(toScheduled);
  }

  private insert(input: NewScheduledSession, orIgnore: boolean): boolean {
    const now = Date.now();
    const result = this.sql(
      `INSERT ${orIgnore ? "OR IGNORE " : ""}INTO scheduled_sessions (id, host_id, guest_id, problem_slug, visibility,
          password_hash, starts_at, duration_minutes, time_zone, status, sequence, slot_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', 0, ?, ?, ?)`,
    ).run(
      input.id,
      input.hostId,
      input.guestId,
      input.problemSlug,
      input.visibility,
      input.passwordHash,
      input.startsAt.getTime(),
      input.durationMinutes,
      input.timeZone,
      input.slotId ?? null,
      now,
      now,
    );
    return result.changes === 1;
  }

  async create(input: NewScheduledSession): Promise<ScheduledSession> {
    this.insert(input, false);
    return (await this.findById(input.id))!;
  }

  async createForSlot(input: NewScheduledSession & { slotId: string }): Promise<boolean> {
    return this.insert(input, true);
  }

  async findById(id: string): Promise<ScheduledSession | null> {
    return this.all("WHERE s.id = ?", id)[0] ?? null;
  }

  async listUpcomingPublic(after: Date, limit: number): Promise<ScheduledSession[]> {
    return this.all(
      `WHERE s.visibility = 'public' AND s.status = 'scheduled' AND s.guest_id IS NULL AND s.starts_at > ?
       ORDER BY s.starts_at LIMIT +?`,
      after.getTime(),
      limit,
    );
  }

  async listForUser(userId: string, after: Date, limit: number): Promise<ScheduledSession[]> {
    return this.all(
      `WHERE (s.host_id = ? OR s.guest_id = ?) AND s.status <> 'cancelled' AND s.starts_at > ?
       ORDER BY s.starts_at LIMIT +?`,
      userId,
      userId,
      after.getTime(),
      limit,
    );
  }

  async listNoShowsForUser(userId: string, limit: number): Promise<ScheduledSession[]> {
    return this.all(
      `WHERE (s.host_id = ? OR s.guest_id = ?) AND s.no_show_checked_at IS NOT NULL
         AND (s.no_show_user_id IS NOT NULL OR s.guest_id IS NULL)
       ORDER BY s.starts_at DESC LIMIT +?`,
      userId,
      userId,
      limit,
    );
  }

  async reserveGuest(id: string, userId: string, now: Date): Promise<boolean> {
    const result = this.sql(
      `UPDATE scheduled_sessions SET guest_id = ?, updated_at = ?
         WHERE id = ? AND guest_id IS NULL AND host_id <> ? AND status <> 'cancelled'`,
    ).run(userId, now.getTime(), id, userId);
    return result.changes === 1;
  }

  async releaseGuest(id: string, userId: string, now: Date): Promise<boolean> {
    const result = this.sql(
      `UPDATE scheduled_sessions SET guest_id = NULL, updated_at = ?
         WHERE id = ? AND guest_id = ? AND status = 'scheduled'`,
    ).run(now.getTime(), id, userId);
    return result.changes === 1;
  }

  async reschedule(id: string, hostId: string, startsAt: Date, durationMinutes: number, now: Date) {
    const result = this.sql(
      `UPDATE scheduled_sessions SET starts_at = ?, duration_minutes = ?, sequence = sequence + 1,
           reminded_at = NULL, no_show_checked_at = NULL, updated_at = ?
         WHERE id = ? AND host_id = ? AND status = 'scheduled'`,
    ).run(startsAt.getTime(), durationMinutes, now.getTime(), id, hostId);
    return result.changes === 1;
  }

  async cancel(id: string, hostId: string, now: Date): Promise<boolean> {
    const result = this.sql(
      `UPDATE scheduled_sessions SET status = 'cancelled', sequence = sequence + 1, updated_at = ?
         WHERE id = ? AND host_id = ? AND status = 'scheduled'`,
    ).run(now.getTime(), id, hostId);
    return result.changes === 1;
  }

  async listDueReminders(startsBy: Date, limit: number): Promise<ScheduledSession[]> {
    return this.all(
      `WHERE s.status IN ('scheduled', 'open') AND s.reminded_at IS NULL AND s.starts_at <= ?
       ORDER BY s.starts_at LIMIT +?`,
      startsBy.getTime(),
      limit,
    );
  }

  async claimReminder(id: string, now: Date): Promise<boolean> {
    const result = this.sql("UPDATE scheduled_sessions SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL").run(
      now.getTime(),
      id,
    );
    return result.changes === 1;
  }

  async listDueOpenings(from: Date, to: Date, limit: number): Promise<ScheduledSession[]> {
    return this.all(
      `WHERE s.status = 'scheduled' AND s.starts_at > ? AND s.starts_at <= ? ORDER BY s.starts_at LIMIT +?`,
      from.getTime(),
      to.getTime(),
      limit,
    );
  }

  async markOpened(id: string, sessionId: string, now: Date): Promise<boolean> {
    const result = this.sql(
      `UPDATE scheduled_sessions SET status = 'open', session_id = ?, updated_at = ?
         WHERE id = ? AND status = 'scheduled'`,
    ).run(sessionId, now.getTime(), id);
    return result.changes === 1;
  }

  async listNoShowCandidates(startedBy: Date, limit: number): Promise<ScheduledSession[]> {
    return this.all(
      `WHERE s.status <> 'cancelled' AND s.no_show_checked_at IS NULL AND s.starts_at <= ?
       ORDER BY s.starts_at LIMIT +?`,
      startedBy.getTime(),
      limit,
    );
  }

  async markNoShowChecked(id: string, missingUserId: string | null, now: Date): Promise<boolean> {
    const result = this.sql(
      `UPDATE scheduled_sessions SET no_show_checked_at = ?, no_show_user_id = ?, updated_at = ?
         WHERE id = ? AND no_show_checked_at IS NULL`,
    ).run(now.getTime(), missingUserId, now.getTime(), id);
    return result.changes === 1;
  }

  async listPendingForSlot(slotId: string): Promise<ScheduledSession[]> {
    return this.all("WHERE s.slot_id = ? AND s.status = 'scheduled' ORDER BY s.starts_at", slotId);
  }
}

interface SlotRow {
  id: string;
  owner_id: string;
  owner_username: string;
  partner_id: string;
  partner_username: string;
  weekday: number;
  minute_of_day: number;
  time_zone: string;
  duration_minutes: number;
  problem_slug: string;
  created_at: number;
  cancelled_at: number | null;
}

const toSlot = (row: SlotRow): RecurringSlot => ({
  id: row.id,
  ownerId: row.owner_id,
  ownerUsername: row.owner_username,
  partnerId: row.partner_id,
  partnerUsername: row.partner_username,
  weekday: row.weekday,
  minuteOfDay: row.minute_of_day,
  timeZone: row.time_zone,
  durationMinutes: row.duration_minutes,
  problemSlug: row.problem_slug,
  createdAt: new Date(row.created_at),
  cancelledAt: dateOrNull(row.cancelled_at),
});

const SLOT_SELECT = `SELECT r.*, o.username AS owner_username, p.username AS partner_username
  FROM recurring_slots r JOIN users o ON o.id = r.owner_id JOIN users p ON p.id = r.partner_id`;

export class SqliteSlotStore implements SlotStore {
  private readonly sql: Prepare;

  constructor(db: Database.Database) {
    this.sql = statementCache(db);
  }

  async create(input: NewRecurringSlot): Promise<RecurringSlot> {
    this.sql(
      `INSERT INTO recurring_slots (id, owner_id, partner_id, weekday, minute_of_day, time_zone, duration_minutes,
           problem_slug, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      input.id,
      input.ownerId,
      input.partnerId,
      input.weekday,
      input.minuteOfDay,
      input.timeZone,
      input.durationMinutes,
      input.problemSlug,
      Date.now(),
    );
    return (await this.findById(input.id))!;
  }

  async findById(id: string): Promise<RecurringSlot | null> {
    const row = this.sql(`${SLOT_SELECT} WHERE r.id = ?`).get(id) as SlotRow | undefined;
    return row ? toSlot(row) : null;
  }

  async listForUser(userId: string): Promise<RecurringSlot[]> {
    const rows = this.sql(
      `${SLOT_SELECT} WHERE (r.owner_id = ? OR r.partner_id = ?) AND r.cancelled_at IS NULL ORDER BY r.created_at`,
    ).all(userId, userId) as SlotRow[];
    return rows.map(toSlot);
  }

  async listActive(limit: number): Promise<RecurringSlot[]> {
    const rows = this.sql(`${SLOT_SELECT} WHERE r.cancelled_at IS NULL ORDER BY r.created_at LIMIT +?`).all(
      limit,
    ) as SlotRow[];
    return rows.map(toSlot);
  }

  async cancel(id: string, userId: string, now: Date): Promise<boolean> {
    const result = this.sql(
      "UPDATE recurring_slots SET cancelled_at = ? WHERE id = ? AND (owner_id = ? OR partner_id = ?) AND cancelled_at IS NULL",
    ).run(now.getTime(), id, userId, userId);
    return result.changes === 1;
  }
}

export class SqlitePartnerStore implements PartnerStore {
  private readonly sql: Prepare;

  constructor(db: Database.Database) {
    this.sql = statementCache(db);
  }

  async add(userId: string, partnerId: string, now: Date): Promise<void> {
    this.sql("INSERT OR IGNORE INTO practice_partners (user_id, partner_id, created_at) VALUES (?, ?, ?)").run(
      userId,
      partnerId,
      now.getTime(),
    );
  }

  async remove(userId: string, partnerId: string): Promise<boolean> {
    return (
      this.sql("DELETE FROM practice_partners WHERE user_id = ? AND partner_id = ?").run(userId, partnerId).changes ===
      1
    );
  }

  async list(userId: string): Promise<Partner[]> {
    const rows = this.sql(
      `SELECT p.partner_id, u.username, p.created_at FROM practice_partners p JOIN users u ON u.id = p.partner_id
         WHERE p.user_id = ? ORDER BY u.username`,
    ).all(userId) as Array<{ partner_id: string; username: string; created_at: number }>;
    return rows.map((r) => ({ userId: r.partner_id, username: r.username, since: new Date(r.created_at) }));
  }

  async has(userId: string, partnerId: string): Promise<boolean> {
    return Boolean(
      this.sql("SELECT 1 FROM practice_partners WHERE user_id = ? AND partner_id = ?").get(userId, partnerId),
    );
  }
}
