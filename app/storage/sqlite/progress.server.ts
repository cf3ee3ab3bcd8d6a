import type Database from "better-sqlite3";

import type { Topic } from "~/modules/problems/problem-schema";

import {
  type ActivitySubmission,
  type FinishedSession,
  MAX_TIME_ZONE_SPANS,
  type NewReflection,
  type ProfileSharing,
  type ProgressData,
  type ProgressSettings,
  type ProgressStore,
  type Reflection,
  type TimeZoneSpan,
} from "../progress-store.server";
import { type Prepare, statementCache } from "./statement-cache.server";

interface SettingsRow {
  sharing: ProfileSharing;
  time_zones: string;
}

interface ReflectionRow {
  session_id: string;
  user_id: string;
  blocker: string;
  next_step: string;
  kudos: string;
  blocker_topic: Topic | null;
  created_at: number;
  updated_at: number;
}

const toReflection = (row: ReflectionRow): Reflection => ({
  sessionId: row.session_id,
  userId: row.user_id,
  blocker: row.blocker,
  nextStep: row.next_step,
  kudos: row.kudos,
  blockerTopic: row.blocker_topic,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});

/** Zone spans are stored as JSON: [{ "timeZone": "Europe/Paris", "from": 1700000000000 }, …]. */
const parseZones = (json: string): TimeZoneSpan[] =>
  (JSON.parse(json) as Array<{ timeZone: string; from: number }>).map((z) => ({
    timeZone: z.timeZone,
    from: new Date(z.from),
  }));

const DEFAULT_SETTINGS: ProgressSettings = { sharing: "private", timeZones: [] };

export class SqliteProgressStore implements ProgressStore {
  private readonly sql: Prepare;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  async settings(userId: string): Promise<ProgressSettings> {
    return this.readSettings(userId);
  }

  private readSettings(userId: string): ProgressSettings {
    const row = this.sql("SELECT sharing, time_zones FROM progress_settings WHERE user_id = ?").get(userId) as
      SettingsRow | undefined;
    return row ? { sharing: row.sharing, timeZones: parseZones(row.time_zones) } : { ...DEFAULT_SETTINGS };
  }

  async setSharing(userId: string, sharing: ProfileSharing): Promise<void> {
    this.sql(
      `INSERT INTO progress_settings (user_id, sharing, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET sharing = excluded.sharing, updated_at = excluded.updated_at`,
    ).run(userId, sharing, Date.now());
  }

  async setTimeZone(userId: string, timeZone: string, from: Date): Promise<void> {
    // Read and write in one write transaction, so two tabs cannot drop each other's change.
    this.db
      .transaction(() => {
        const zones = this.readSettings(userId).timeZones;
        if (zones.at(-1)?.timeZone === timeZone) return;
        const next = [...zones, { timeZone, from: zones.length ? from : new Date(0) }].slice(-MAX_TIME_ZONE_SPANS);
        const json = JSON.stringify(next.map((z) => ({ timeZone: z.timeZone, from: z.from.getTime() })));
        this.sql(
          `INSERT INTO progress_settings (user_id, time_zones, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (user_id) DO UPDATE SET time_zones = excluded.time_zones, updated_at = excluded.updated_at`,
        ).run(userId, json, Date.now());
      })
      .immediate();
  }

  async progressData(userId: string, reflectionLimit: number): Promise<ProgressData> {
    // One read transaction: the four reads see the same moment of the database.
    return this.db.transaction(() => ({
      settings: this.readSettings(userId),
      submissions: this.submissionsOf(userId),
      sessions: this.finishedSessionsOf(userId),
      reflections: (
        this.sql("SELECT * FROM session_reflections WHERE user_id = ? ORDER BY created_at DESC LIMIT +?").all(
          userId,
          reflectionLimit,
        ) as ReflectionRow[]
      ).map(toReflection),
    }))();
  }

  private submissionsOf(userId: string): ActivitySubmission[] {
    // Covered by submissions_user_activity: the code column is never read.
    const rows = this.sql(
      `SELECT problem_slug, verdict, session_id, created_at FROM submissions
       WHERE user_id = ? ORDER BY created_at`,
    ).all(userId) as Array<{ problem_slug: string; verdict: string; session_id: string | null; created_at: number }>;
    return rows.map((r) => ({
      problemSlug: r.problem_slug,
      verdict: r.verdict,
      sessionId: r.session_id,
      createdAt: new Date(r.created_at),
    }));
  }

  private finishedSessionsOf(userId: string): FinishedSession[] {
    const rows = this.sql(
      `SELECT s.id, s.problem_slug, s.ended_at, p.user_id AS partner_id, u.username AS partner_name
       FROM session_members m
       JOIN practice_sessions s ON s.id = m.session_id AND s.status = 'ended'
       LEFT JOIN session_members p ON p.session_id = s.id AND p.user_id <> m.user_id
       LEFT JOIN users u ON u.id = p.user_id AND u.deleted_at IS NULL
       WHERE m.user_id = ?
       ORDER BY s.ended_at, s.id`,
    ).all(userId) as Array<{
      id: string;
      problem_slug: string;
      ended_at: number;
      partner_id: string | null;
      partner_name: string | null;
    }>;
    const sessions: FinishedSession[] = [];
    for (const row of rows) {
      let last = sessions.at(-1);
      if (last?.sessionId !== row.id) {
        last = { sessionId: row.id, problemSlug: row.problem_slug, endedAt: new Date(row.ended_at), partners: [] };
        sessions.push(last);
      }
      if (row.partner_id && row.partner_name) last.partners.push({ id: row.partner_id, username: row.partner_name });
    }
    return sessions;
  }

  async progressStamp(userId: string): Promise<string> {
    // Kept by triggers (migration 18) on every write the view reads. A user with no row has
    // never had such a write; "0" then stands until the first one.
    const stamp = this.sql("SELECT stamp FROM progress_stamps WHERE user_id = ?").pluck().get(userId) as
      string | undefined;
    return stamp ?? "0";
  }

  async finishedTogether(userId: string, partnerId: string): Promise<Date[]> {
    const rows = this.sql(
      `SELECT s.ended_at FROM session_members a
       JOIN session_members b ON b.session_id = a.session_id AND b.user_id = ?
       JOIN practice_sessions s ON s.id = a.session_id AND s.status = 'ended'
       WHERE a.user_id = ? ORDER BY s.ended_at`,
    )
      .pluck()
      .all(partnerId, userId) as number[];
    return rows.map((ms) => new Date(ms));
  }

  async findUserByUsername(username: string): Promise<{ id: string; username: string } | null> {
    const row = this.sql("SELECT id, username FROM users WHERE username = ? AND deleted_at IS NULL").get(username) as
      { id: string; username: string } | undefined;
    return row ?? null;
  }

  async saveReflection(input: NewReflection, now: Date): Promise<Reflection> {
    this.sql(
      `INSERT INTO session_reflections (session_id, user_id, blocker, next_step, kudos, blocker_topic, created_at, updated_at)
       VALUES (@sessionId, @userId, @blocker, @nextStep, @kudos, @blockerTopic, @now, @now)
       ON CONFLICT (session_id, user_id) DO UPDATE SET blocker = excluded.blocker, next_step = excluded.next_step,
         kudos = excluded.kudos, blocker_topic = excluded.blocker_topic, updated_at = excluded.updated_at`,
    ).run({ ...input, now: now.getTime() });
    return (await this.reflection(input.sessionId, input.userId))!;
  }

  async reflection(sessionId: string, userId: string): Promise<Reflection | null> {
    const row = this.sql("SELECT * FROM session_reflections WHERE session_id = ? AND user_id = ?").get(
      sessionId,
      userId,
    ) as ReflectionRow | undefined;
    return row ? toReflection(row) : null;
  }
}
