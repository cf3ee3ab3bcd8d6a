import type Database from "better-sqlite3";

import {
  AlreadySeatedError,
  type LobbySession,
  type NewPracticeSession,
  type PracticeSession,
  type SessionEndReason,
  type SessionHistoryEntry,
  type SessionMember,
  type SessionStatus,
  type SessionStore,
  type StaleSession,
} from "../store.server";
import { type Prepare, statementCache } from "./statement-cache.server";

interface SessionRow {
  id: string;
  host_id: string;
  guest_id: string | null;
  problem_slug: string;
  visibility: "public" | "private";
  password_hash: string | null;
  status: "waiting" | "active" | "ended";
  created_at: number;
  started_at: number | null;
  ended_at: number | null;
  end_reason: SessionEndReason | null;
  last_presence_at: number;
  timer_ends_at: number | null;
}

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

const toSession = (row: SessionRow): PracticeSession => ({
  id: row.id,
  hostId: row.host_id,
  guestId: row.guest_id,
  problemSlug: row.problem_slug,
  visibility: row.visibility,
  passwordHash: row.password_hash,
  status: row.status,
  createdAt: new Date(row.created_at),
  startedAt: date(row.started_at),
  endedAt: date(row.ended_at),
  endReason: row.end_reason,
  timerEndsAt: date(row.timer_ends_at),
});

/**
 * Seat changes are single conditional UPDATEs (never read-then-write), so concurrent
 * joins, even from several processes sharing the file, have exactly one winner.
 */
export class SqliteSessionStore implements SessionStore {
  private readonly sql: Prepare;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  private upsertMember(sessionId: string, userId: string, now: number) {
    this.sql(
      `INSERT INTO session_members (session_id, user_id, joined_at, left_at, last_seen_at) VALUES (?, ?, ?, NULL, ?)
       ON CONFLICT (session_id, user_id) DO UPDATE SET left_at = NULL, last_seen_at = excluded.last_seen_at`,
    ).run(sessionId, userId, now, now);
  }

  private markLeft(sessionId: string, userId: string, now: number) {
    this.sql("UPDATE session_members SET left_at = ? WHERE session_id = ? AND user_id = ?").run(now, sessionId, userId);
  }

  async create(input: NewPracticeSession): Promise<PracticeSession> {
    const now = Date.now();
    const row: SessionRow = {
      id: input.id,
      host_id: input.hostId,
      guest_id: null,
      problem_slug: input.problemSlug,
      visibility: input.visibility,
      password_hash: input.passwordHash,
      status: "waiting",
      created_at: now,
      started_at: null,
      ended_at: null,
      end_reason: null,
      last_presence_at: now,
      timer_ends_at: input.timerEndsAt?.getTime() ?? null,
    };
    this.db
      .transaction(() => {
        const open = this.openSessionIdOf(row.host_id);
        if (open) throw new AlreadySeatedError(open);
        this.sql(
          `INSERT INTO practice_sessions (id, host_id, guest_id, problem_slug, visibility, password_hash, status, created_at, started_at, ended_at, end_reason, last_presence_at, timer_ends_at)
         VALUES (@id, @host_id, @guest_id, @problem_slug, @visibility, @password_hash, @status, @created_at, @started_at, @ended_at, @end_reason, @last_presence_at, @timer_ends_at)`,
        ).run(row);
        this.upsertMember(row.id, row.host_id, now);
      })
      // IMMEDIATE: the write lock is held from the check to the insert, across processes too.
      .immediate();
    return toSession(row);
  }

  private openSessionIdOf(userId: string): string | null {
    const row = this.sql(
      `SELECT id FROM practice_sessions WHERE status <> 'ended' AND (host_id = @userId OR guest_id = @userId)
       ORDER BY created_at DESC LIMIT 1`,
    ).get({ userId }) as { id: string } | undefined;
    return row?.id ?? null;
  }

  async findOpenForUser(userId: string): Promise<PracticeSession | null> {
    const id = this.openSessionIdOf(userId);
    return id ? this.findById(id) : null;
  }

  async findById(id: string): Promise<PracticeSession | null> {
    const row = this.sql("SELECT * FROM practice_sessions WHERE id = ?").get(id) as SessionRow | undefined;
    return row ? toSession(row) : null;
  }

  async listOpenPublic(limit: number): Promise<LobbySession[]> {
    // Only the columns the lobby shows: this runs on every lobby view and refresh.
    const rows = this.sql(
      `SELECT s.id, s.problem_slug, s.created_at, s.host_id, u.username AS host_username FROM practice_sessions s JOIN users u ON u.id = s.host_id
       WHERE s.status = 'waiting' AND s.visibility = 'public' AND s.guest_id IS NULL
       ORDER BY s.created_at DESC, s.rowid DESC LIMIT +?`,
    ).all(limit) as Array<{
      id: string;
      problem_slug: string;
      created_at: number;
      host_id: string;
      host_username: string;
    }>;
    return rows.map((r) => ({
      id: r.id,
      problemSlug: r.problem_slug,
      hostId: r.host_id,
      hostUsername: r.host_username,
      createdAt: new Date(r.created_at),
    }));
  }

  async claimGuestSeat(id: string, userId: string, now: Date): Promise<boolean> {
    const ms = now.getTime();
    return this.db
      .transaction(() => {
        const changed = this.sql(
          `UPDATE practice_sessions
         SET guest_id = @userId, status = 'active', started_at = COALESCE(started_at, @now), last_presence_at = @now
         WHERE id = @id AND guest_id IS NULL AND host_id <> @userId AND status <> 'ended'
           AND NOT EXISTS (SELECT 1 FROM practice_sessions o WHERE o.status <> 'ended' AND o.id <> @id
                           AND (o.host_id = @userId OR o.guest_id = @userId))`,
        ).run({ id, userId, now: ms }).changes;
        if (changed === 1) this.upsertMember(id, userId, ms);
        return changed === 1;
      })
      .immediate();
  }

  async releaseGuestSeat(id: string, userId: string, now: Date): Promise<boolean> {
    const ms = now.getTime();
    return this.db
      .transaction(() => {
        const changed = this.sql(
          `UPDATE practice_sessions SET guest_id = NULL, status = 'waiting'
         WHERE id = ? AND guest_id = ? AND status <> 'ended'`,
        ).run(id, userId).changes;
        if (changed === 1) this.markLeft(id, userId, ms);
        return changed === 1;
      })
      .immediate();
  }

  async handOverHost(id: string, hostId: string, now: Date): Promise<boolean> {
    const ms = now.getTime();
    return this.db
      .transaction(() => {
        const changed = this.sql(
          `UPDATE practice_sessions SET host_id = guest_id, guest_id = NULL, status = 'waiting'
         WHERE id = ? AND host_id = ? AND guest_id IS NOT NULL AND status <> 'ended'`,
        ).run(id, hostId).changes;
        if (changed === 1) this.markLeft(id, hostId, ms);
        return changed === 1;
      })
      .immediate();
  }

  async end(id: string, reason: SessionEndReason, now: Date, hostId?: string): Promise<boolean> {
    const ms = now.getTime();
    return this.db
      .transaction(() => {
        const changed = this.sql(
          `UPDATE practice_sessions SET status = 'ended', ended_at = @now, end_reason = @reason
         WHERE id = @id AND status <> 'ended' AND (@hostId IS NULL OR host_id = @hostId)`,
        ).run({ id, now: ms, reason, hostId: hostId ?? null }).changes;
        if (changed === 1) {
          this.sql("UPDATE session_members SET left_at = COALESCE(left_at, ?) WHERE session_id = ?").run(ms, id);
        }
        return changed === 1;
      })
      .immediate();
  }

  async touchPresence(id: string, userId: string, now: Date): Promise<void> {
    await this.touchPresenceMany([{ sessionId: id, userId }], now);
  }

  async touchPresenceMany(entries: ReadonlyArray<{ sessionId: string; userId: string }>, now: Date): Promise<void> {
    const ms = now.getTime();
    // One transaction, one commit: a commit costs more than the updates in it.
    this.db.transaction(() => {
      for (const { sessionId, userId } of entries) {
        this.sql("UPDATE session_members SET last_seen_at = ? WHERE session_id = ? AND user_id = ?").run(
          ms,
          sessionId,
          userId,
        );
        this.sql("UPDATE practice_sessions SET last_presence_at = ? WHERE id = ? AND status <> 'ended'").run(
          ms,
          sessionId,
        );
      }
    })();
  }

  async members(id: string): Promise<SessionMember[]> {
    const rows = this.sql(
      `SELECT m.user_id, u.username, m.joined_at, m.left_at, m.last_seen_at FROM session_members m
       JOIN users u ON u.id = m.user_id WHERE m.session_id = ? ORDER BY m.joined_at`,
    ).all(id) as Array<{
      user_id: string;
      username: string;
      joined_at: number;
      left_at: number | null;
      last_seen_at: number;
    }>;
    return rows.map((r) => ({
      userId: r.user_id,
      username: r.username,
      joinedAt: new Date(r.joined_at),
      leftAt: date(r.left_at),
      lastSeenAt: new Date(r.last_seen_at),
    }));
  }

  async listStale(idleBefore: Date, waitingBefore: Date): Promise<StaleSession[]> {
    const rows = this.sql(
      `SELECT id, status, created_at, last_presence_at FROM practice_sessions
       WHERE status <> 'ended' AND (last_presence_at < @idle OR (status = 'waiting' AND created_at < @waiting))`,
    ).all({ idle: idleBefore.getTime(), waiting: waitingBefore.getTime() }) as Array<{
      id: string;
      status: SessionStatus;
      created_at: number;
      last_presence_at: number;
    }>;
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      createdAt: new Date(row.created_at),
      lastPresenceAt: new Date(row.last_presence_at),
    }));
  }

  async historyForUser(userId: string, limit: number): Promise<SessionHistoryEntry[]> {
    const rows = this.sql(
      `SELECT s.*, m.joined_at AS my_joined_at FROM session_members m JOIN practice_sessions s ON s.id = m.session_id
       WHERE m.user_id = ? ORDER BY s.created_at DESC, s.rowid DESC LIMIT +?`,
    ).all(userId, limit) as Array<SessionRow & { my_joined_at: number }>;
    const partners = this.sql(
      `SELECT u.username FROM session_members m JOIN users u ON u.id = m.user_id
     WHERE m.session_id = ? AND m.user_id <> ? ORDER BY m.joined_at`,
    );
    return rows.map((row) => ({
      session: toSession(row),
      partners: (partners.all(row.id, userId) as Array<{ username: string }>).map((p) => p.username),
      joinedAt: new Date(row.my_joined_at),
    }));
  }

  async setTimer(id: string, endsAt: Date | null): Promise<boolean> {
    return (
      this.sql("UPDATE practice_sessions SET timer_ends_at = ? WHERE id = ? AND status <> 'ended'").run(
        endsAt?.getTime() ?? null,
        id,
      ).changes === 1
    );
  }
}
