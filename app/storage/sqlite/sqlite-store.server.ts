import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

import type { Store } from "../store.server";
import { SqliteAccountTokenStore, SqliteEmailVerificationStore } from "./account-tokens.server";
import { SqliteChatStore } from "./chat.server";
import { SqliteLoginSessionStore } from "./login-sessions.server";
import { migrate } from "./migrations.server";
import { SqliteNotificationStore } from "./notifications.server";
import { SqlitePairStreakStore } from "./pair-streaks.server";
import { SqliteDraftStore, SqliteSubmissionStore } from "./practice.server";
import { SqliteProgressStore } from "./progress.server";
import { SqliteRoomProblemStore } from "./room-problems.server";
import { SqlitePartnerStore, SqliteScheduledStore, SqliteSlotStore } from "./scheduling.server";
import { SqliteSessionStore } from "./sessions.server";
import { SqliteTwoFactorStore } from "./two-factor.server";
import { SqliteUserStore } from "./users.server";
import { startWalCheckpointer, type WalCheckpointer } from "./wal-checkpointer.server";

export function openSqliteDatabase(file: string): Database.Database {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  // Another process may hold the write lock briefly (tests run two processes on one file).
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = NORMAL");
  return db;
}

export class SqliteStore implements Store {
  readonly kind = "sqlite";
  readonly users: SqliteUserStore;
  readonly loginSessions: SqliteLoginSessionStore;
  readonly submissions: SqliteSubmissionStore;
  readonly drafts: SqliteDraftStore;
  readonly sessions: SqliteSessionStore;
  readonly chat: SqliteChatStore;
  readonly accountTokens: SqliteAccountTokenStore;
  readonly emailVerifications: SqliteEmailVerificationStore;
  readonly twoFactor: SqliteTwoFactorStore;
  readonly scheduled: SqliteScheduledStore;
  readonly slots: SqliteSlotStore;
  readonly partners: SqlitePartnerStore;
  readonly notifications: SqliteNotificationStore;
  readonly progress: SqliteProgressStore;
  readonly roomProblems: SqliteRoomProblemStore;
  readonly pairStreaks: SqlitePairStreakStore;

  private checkpointer: WalCheckpointer | undefined;

  private constructor(private readonly db: Database.Database) {
    this.users = new SqliteUserStore(db);
    this.loginSessions = new SqliteLoginSessionStore(db);
    this.submissions = new SqliteSubmissionStore(db);
    this.drafts = new SqliteDraftStore(db);
    this.sessions = new SqliteSessionStore(db);
    this.chat = new SqliteChatStore(db);
    this.accountTokens = new SqliteAccountTokenStore(db);
    this.emailVerifications = new SqliteEmailVerificationStore(db);
    this.twoFactor = new SqliteTwoFactorStore(db);
    this.scheduled = new SqliteScheduledStore(db);
    this.slots = new SqliteSlotStore(db);
    this.partners = new SqlitePartnerStore(db);
    this.notifications = new SqliteNotificationStore(db);
    this.progress = new SqliteProgressStore(db);
    this.roomProblems = new SqliteRoomProblemStore(db);
    this.pairStreaks = new SqlitePairStreakStore(db);
  }

  /**
   * Opens (creating if needed) the file and applies pending migrations. With
   * `backgroundCheckpoints` (the app server), the log is copied into the file from a
   * worker thread instead of inside a commit (see wal-checkpointer.server.ts).
   */
  static open(
    file: string,
    options: { backgroundCheckpoints?: boolean; onCheckpointFailure?: (error: Error) => void } = {},
  ): SqliteStore {
    const db = openSqliteDatabase(file);
    migrate(db);
    const store = new SqliteStore(db);
    if (options.backgroundCheckpoints && file !== ":memory:") {
      db.pragma("wal_autocheckpoint = 0");
      store.checkpointer = startWalCheckpointer(path.resolve(file), {
        onFailure: (error) => {
          if (db.open) db.pragma("wal_autocheckpoint = 1000");
          options.onCheckpointFailure?.(error);
        },
      });
    }
    return store;
  }

  async ping(): Promise<void> {
    this.db.prepare("SELECT 1").get();
  }

  async close(): Promise<void> {
    await this.checkpointer?.stop();
    if (this.db.open) this.db.close();
  }
}
