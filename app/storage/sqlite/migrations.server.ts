import type Database from "better-sqlite3";

/** Sets a new random progress stamp for the user `who` (an SQL expression). */
const newStamp = (who: string) =>
  `INSERT INTO progress_stamps VALUES (${who}, hex(randomblob(8))) ON CONFLICT (user_id) DO UPDATE SET stamp = excluded.stamp;`;

/** Triggers that give the users named in `columns` a new stamp on any insert, update or delete of `table`. */
function stampOnWrite(table: string, columns: string[]): string {
  const rows = { INSERT: ["NEW"], UPDATE: ["OLD", "NEW"], DELETE: ["OLD"] } as const;
  return Object.entries(rows)
    .map(
      ([event, sides]) =>
        `CREATE TRIGGER progress_stamp_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN ${sides
          .flatMap((side) => columns.map((column) => newStamp(`${side}.${column}`)))
          .join(" ")} END;`,
    )
    .join("\n");
}

/**
 * Schema migrations, applied in order at start-up inside one transaction each.
 * Append only: never edit a migration that has shipped.
 */
export const MIGRATIONS: ReadonlyArray<{ id: number; name: string; sql: string }> = [
  {
    id: 1,
    name: "users and login sessions",
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL COLLATE NOCASE UNIQUE,
        email TEXT NOT NULL COLLATE NOCASE UNIQUE,
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE login_sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        user_agent TEXT
      );
      CREATE INDEX login_sessions_user ON login_sessions(user_id);
      CREATE INDEX login_sessions_expiry ON login_sessions(expires_at);
    `,
  },
  {
    id: 2,
    name: "submissions and drafts",
    sql: `
      CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        problem_slug TEXT NOT NULL,
        language TEXT NOT NULL,
        code TEXT NOT NULL,
        verdict TEXT NOT NULL,
        passed INTEGER NOT NULL,
        total INTEGER NOT NULL,
        time_ms REAL NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX submissions_user_problem ON submissions(user_id, problem_slug, created_at DESC);
      CREATE TABLE drafts (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        problem_slug TEXT NOT NULL,
        language TEXT NOT NULL,
        code TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (user_id, problem_slug, language)
      );
    `,
  },
  {
    id: 3,
    name: "practice sessions",
    sql: `
      CREATE TABLE practice_sessions (
        id TEXT PRIMARY KEY,
        host_id TEXT NOT NULL REFERENCES users(id),
        guest_id TEXT REFERENCES users(id),
        problem_slug TEXT NOT NULL,
        visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
        password_hash TEXT,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'active', 'ended')),
        created_at INTEGER NOT NULL,
        started_at INTEGER,
        ended_at INTEGER,
        end_reason TEXT,
        last_presence_at INTEGER NOT NULL,
        CHECK (guest_id IS NULL OR guest_id <> host_id)
      );
      CREATE INDEX practice_sessions_lobby ON practice_sessions(status, visibility, created_at DESC);
      CREATE TABLE session_members (
        session_id TEXT NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        joined_at INTEGER NOT NULL,
        left_at INTEGER,
        last_seen_at INTEGER NOT NULL,
        PRIMARY KEY (session_id, user_id)
      );
      CREATE INDEX session_members_user ON session_members(user_id, joined_at DESC);
    `,
  },
  {
    id: 4,
    name: "chat messages",
    sql: `
      CREATE TABLE chat_messages (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        author_id TEXT REFERENCES users(id) ON DELETE SET NULL,
        client_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('user', 'system')),
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (session_id, seq),
        UNIQUE (session_id, author_id, client_id)
      );
    `,
  },
  {
    id: 5,
    name: "users mirrored from a hosted identity provider",
    sql: `
      ALTER TABLE users ADD COLUMN external_provider TEXT;
      ALTER TABLE users ADD COLUMN external_id TEXT;
      ALTER TABLE users ADD COLUMN deleted_at INTEGER;
      CREATE UNIQUE INDEX users_external ON users(external_provider, external_id) WHERE external_id IS NOT NULL;
    `,
  },
  {
    id: 6,
    name: "session drafts, submissions per session, session timer",
    sql: `
      CREATE TABLE session_drafts (
        session_id TEXT NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        language TEXT NOT NULL,
        code TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (session_id, user_id, language)
      );
      ALTER TABLE submissions ADD COLUMN session_id TEXT REFERENCES practice_sessions(id) ON DELETE SET NULL;
      CREATE INDEX submissions_session ON submissions(session_id, created_at) WHERE session_id IS NOT NULL;
      ALTER TABLE practice_sessions ADD COLUMN timer_ends_at INTEGER;
      `,
  },
  {
    id: 7,
    name: "open seats by user (one open session per user)",
    sql: `
      CREATE INDEX practice_sessions_open_host ON practice_sessions(host_id) WHERE status <> 'ended';
      CREATE INDEX practice_sessions_open_guest ON practice_sessions(guest_id) WHERE status <> 'ended';
    `,
  },
  {
    id: 8,
    name: "signed-in devices, single-use account tokens, verified emails",
    sql: `
      ALTER TABLE login_sessions ADD COLUMN last_seen_at INTEGER;
      ALTER TABLE login_sessions ADD COLUMN ip_address TEXT;
      CREATE TABLE account_tokens (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL CHECK (purpose IN ('password-reset', 'verify-email')),
        email TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
      );
      CREATE INDEX account_tokens_user ON account_tokens(user_id, purpose);
      CREATE TABLE email_verifications (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        email TEXT NOT NULL,
        verified_at INTEGER NOT NULL
      );
    `,
  },
  {
    id: 9,
    name: "two-factor sign-in (TOTP) and recovery codes",
    sql: `
      CREATE TABLE two_factor (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        secret TEXT NOT NULL,
        enabled_at INTEGER,
        last_step INTEGER
      );
      CREATE TABLE recovery_codes (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash TEXT NOT NULL,
        used_at INTEGER,
        PRIMARY KEY (user_id, code_hash)
      );
    `,
  },
  {
    id: 10,
    name: "progress settings and session reflections",
    sql: `
      CREATE TABLE progress_settings (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        sharing TEXT NOT NULL DEFAULT 'private' CHECK (sharing IN ('private', 'stats', 'full')),
        time_zones TEXT NOT NULL DEFAULT '[]',
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE session_reflections (
        session_id TEXT NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        blocker TEXT NOT NULL,
        next_step TEXT NOT NULL,
        kudos TEXT NOT NULL,
        blocker_topic TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (session_id, user_id)
      );
      CREATE INDEX session_reflections_user ON session_reflections(user_id, created_at DESC);
    `,
  },
  {
    id: 11,
    name: "a user's judged submissions by time (progress reads them without the code)",
    sql: `
      CREATE INDEX submissions_user_activity ON submissions(user_id, created_at, problem_slug, verdict, session_id);
    `,
  },
  {
    id: 14,
    name: "scheduled sessions, weekly slots, practice partners",
    sql: `
      CREATE TABLE recurring_slots (
        id TEXT PRIMARY KEY,
        owner_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        partner_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
        minute_of_day INTEGER NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),
        time_zone TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        problem_slug TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        cancelled_at INTEGER
      );
      CREATE INDEX recurring_slots_owner ON recurring_slots(owner_id) WHERE cancelled_at IS NULL;
      CREATE INDEX recurring_slots_partner ON recurring_slots(partner_id) WHERE cancelled_at IS NULL;
      CREATE TABLE scheduled_sessions (
        id TEXT PRIMARY KEY,
        host_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        guest_id TEXT REFERENCES users(id) ON DELETE SET NULL,
        problem_slug TEXT NOT NULL,
        visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
        password_hash TEXT,
        starts_at INTEGER NOT NULL,
        duration_minutes INTEGER NOT NULL,
        time_zone TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('scheduled', 'open', 'cancelled')),
        sequence INTEGER NOT NULL DEFAULT 0,
        session_id TEXT REFERENCES practice_sessions(id) ON DELETE SET NULL,
        reminded_at INTEGER,
        no_show_checked_at INTEGER,
        no_show_user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
        slot_id TEXT REFERENCES recurring_slots(id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK (guest_id IS NULL OR guest_id <> host_id)
      );
      CREATE INDEX scheduled_sessions_starts ON scheduled_sessions(status, starts_at);
      CREATE INDEX scheduled_sessions_host ON scheduled_sessions(host_id, starts_at);
      CREATE INDEX scheduled_sessions_guest ON scheduled_sessions(guest_id, starts_at) WHERE guest_id IS NOT NULL;
      CREATE UNIQUE INDEX scheduled_sessions_slot ON scheduled_sessions(slot_id, starts_at) WHERE slot_id IS NOT NULL;
      CREATE TABLE practice_partners (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        partner_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (user_id, partner_id),
        CHECK (user_id <> partner_id)
      );
    `,
  },
  {
    id: 15,
    name: "notifications",
    sql: `
      CREATE TABLE notifications (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        link TEXT,
        dedupe_key TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        read_at INTEGER,
        UNIQUE (user_id, dedupe_key)
      );
      CREATE INDEX notifications_user ON notifications(user_id, created_at DESC);
      CREATE INDEX notifications_unread ON notifications(user_id) WHERE read_at IS NULL;
    `,
  },
  {
    id: 16,
    name: "a session's problem can change; drafts per session and problem",
    sql: `
      CREATE TABLE session_problem_proposals (
        session_id TEXT PRIMARY KEY REFERENCES practice_sessions(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        problem_slug TEXT NOT NULL,
        from_slug TEXT NOT NULL,
        proposed_by TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE TABLE session_problems (
        session_id TEXT NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        problem_slug TEXT NOT NULL,
        first_at INTEGER NOT NULL,
        PRIMARY KEY (session_id, problem_slug)
      );
      CREATE TABLE session_drafts_by_problem (
        session_id TEXT NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        problem_slug TEXT NOT NULL,
        language TEXT NOT NULL,
        code TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (session_id, user_id, problem_slug, language)
      );
      INSERT INTO session_drafts_by_problem (session_id, user_id, problem_slug, language, code, updated_at)
        SELECT d.session_id, d.user_id, s.problem_slug, d.language, d.code, d.updated_at
        FROM session_drafts d JOIN practice_sessions s ON s.id = d.session_id;
      DROP TABLE session_drafts;
      ALTER TABLE session_drafts_by_problem RENAME TO session_drafts;
    `,
  },
  {
    id: 17,
    name: "pair streak settings (weeks or days, once per pair)",
    sql: `
      CREATE TABLE pair_streak_settings (
        user_low TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        user_high TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        unit TEXT NOT NULL CHECK (unit IN ('week', 'day')),
        time_zone TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        changed_at INTEGER NOT NULL,
        PRIMARY KEY (user_low, user_high),
        CHECK (user_low < user_high)
      );
      CREATE INDEX pair_streak_settings_high ON pair_streak_settings(user_high);
    `,
  },
  {
    id: 18,
    name: "a progress stamp per user, changed by triggers on everything the progress view reads",
    // The progress view is reused while its stamp holds (ADR 086). Counting a user's rows on
    // every request was a twentieth of /progress; triggers keep one random token per user
    // instead, changed in the same transaction as any write the view depends on, whichever
    // process writes, so the check is one primary-key read. Random, not a counter: a
    // recreated row can never repeat a token a cached view was keyed on. Upserts, not
    // OR REPLACE: an outer upsert's conflict policy would override the trigger's.
    sql: `
      CREATE TABLE progress_stamps (
        user_id TEXT PRIMARY KEY,
        stamp TEXT NOT NULL
      ) WITHOUT ROWID;
      ${stampOnWrite("submissions", ["user_id"])}
      CREATE TRIGGER progress_stamp_session_ended AFTER UPDATE OF status, ended_at, problem_slug ON practice_sessions
      WHEN (NEW.status = 'ended' OR OLD.status = 'ended')
        AND (OLD.status IS NOT NEW.status OR OLD.ended_at IS NOT NEW.ended_at OR OLD.problem_slug IS NOT NEW.problem_slug)
      BEGIN
        INSERT INTO progress_stamps
          SELECT user_id, hex(randomblob(8)) FROM session_members WHERE session_id = NEW.id
          ON CONFLICT (user_id) DO UPDATE SET stamp = excluded.stamp;
      END;
      CREATE TRIGGER progress_stamp_member_insert AFTER INSERT ON session_members
      WHEN (SELECT status FROM practice_sessions WHERE id = NEW.session_id) = 'ended'
      BEGIN
        INSERT INTO progress_stamps
          SELECT user_id, hex(randomblob(8)) FROM session_members WHERE session_id = NEW.session_id
          ON CONFLICT (user_id) DO UPDATE SET stamp = excluded.stamp;
      END;
      CREATE TRIGGER progress_stamp_member_delete AFTER DELETE ON session_members BEGIN
        INSERT INTO progress_stamps VALUES (OLD.user_id, hex(randomblob(8)))
          ON CONFLICT (user_id) DO UPDATE SET stamp = excluded.stamp;
        INSERT INTO progress_stamps
          SELECT user_id, hex(randomblob(8)) FROM session_members WHERE session_id = OLD.session_id
          ON CONFLICT (user_id) DO UPDATE SET stamp = excluded.stamp;
      END;
      CREATE TRIGGER progress_stamp_partner_renamed AFTER UPDATE OF username, deleted_at ON users
      WHEN OLD.username IS NOT NEW.username OR OLD.deleted_at IS NOT NEW.deleted_at
      BEGIN
        INSERT INTO progress_stamps
          SELECT b.user_id, hex(randomblob(8)) FROM session_members a
          JOIN session_members b ON b.session_id = a.session_id WHERE a.user_id = NEW.id
          ON CONFLICT (user_id) DO UPDATE SET stamp = excluded.stamp;
      END;
      ${stampOnWrite("session_reflections", ["user_id"])}
      ${stampOnWrite("progress_settings", ["user_id"])}
      ${stampOnWrite("pair_streak_settings", ["user_low", "user_high"])}
    `,
  },
];

export function migrate(db: Database.Database): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const applied = new Set(db.prepare("SELECT id FROM schema_migrations").pluck().all() as number[]);
  const ran: number[] = [];
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.id)) continue;
    // IMMEDIATE takes the write lock first, so two processes starting together
    // cannot both apply the same migration.
    db.transaction(() => {
      const again = db.prepare("SELECT 1 FROM schema_migrations WHERE id = ?").get(migration.id);
      if (again) return;
      db.exec(migration.sql);
      db.prepare("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)").run(
        migration.id,
        migration.name,
        Date.now(),
      );
      ran.push(migration.id);
    }).immediate();
  }
  return ran;
}
