import type Database from "better-sqlite3";

import type { LoginSession, LoginSessionStore, NewLoginSession, User } from "../store.server";
import { type Prepare, statementCache } from "./statement-cache.server";

interface LoginSessionRow {
  id: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  user_agent: string | null;
  last_seen_at: number | null;
  ip_address: string | null;
}

const toLoginSession = (row: LoginSessionRow): LoginSession => ({
  id: row.id,
  userId: row.user_id,
  createdAt: new Date(row.created_at),
  expiresAt: new Date(row.expires_at),
  userAgent: row.user_agent,
  lastSeenAt: new Date(row.last_seen_at ?? row.created_at),
  ipAddress: row.ip_address,
});

export class SqliteLoginSessionStore implements LoginSessionStore {
  private readonly sql: Prepare;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  async create(input: NewLoginSession): Promise<LoginSession> {
    const row: LoginSessionRow = {
      id: input.id,
      user_id: input.userId,
      created_at: Date.now(),
      expires_at: input.expiresAt.getTime(),
      user_agent: input.userAgent,
      last_seen_at: null,
      ip_address: input.ipAddress ?? null,
    };
    row.last_seen_at = row.created_at;
    this.sql(
      "INSERT INTO login_sessions (id, user_id, created_at, expires_at, user_agent, last_seen_at, ip_address) VALUES (@id, @user_id, @created_at, @expires_at, @user_agent, @last_seen_at, @ip_address)",
    ).run(row);
    return toLoginSession(row);
  }

  async findActive(id: string, now: Date): Promise<{ session: LoginSession; user: User } | null> {
    const row = this.sql(
      `SELECT s.*, u.username, u.email, u.created_at AS user_created_at
       FROM login_sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = ? AND s.expires_at > ?`,
    ).get(id, now.getTime()) as
      (LoginSessionRow & { username: string; email: string; user_created_at: number }) | undefined;
    if (!row) return null;
    return {
      session: toLoginSession(row),
      user: {
        id: row.user_id,
        username: row.username,
        email: row.email,
        createdAt: new Date(row.user_created_at),
      },
    };
  }

  async delete(id: string): Promise<void> {
    this.sql("DELETE FROM login_sessions WHERE id = ?").run(id);
  }

  async deleteAllForUser(userId: string, keepId?: string): Promise<number> {
    const result = this.sql("DELETE FROM login_sessions WHERE user_id = ? AND id <> ?").run(userId, keepId ?? "");
    return result.changes;
  }

  async countActiveForUser(userId: string, now: Date): Promise<number> {
    return this.sql("SELECT COUNT(*) FROM login_sessions WHERE user_id = ? AND expires_at > ?")
      .pluck()
      .get(userId, now.getTime()) as number;
  }

  async deleteExpired(now: Date): Promise<number> {
    return this.sql("DELETE FROM login_sessions WHERE expires_at <= ?").run(now.getTime()).changes;
  }

  async listActiveForUser(userId: string, now: Date): Promise<LoginSession[]> {
    const rows = this.sql(
      "SELECT * FROM login_sessions WHERE user_id = ? AND expires_at > ? ORDER BY created_at DESC, id",
    ).all(userId, now.getTime()) as LoginSessionRow[];
    return rows.map(toLoginSession);
  }

  async touch(id: string, now: Date): Promise<void> {
    this.sql("UPDATE login_sessions SET last_seen_at = ? WHERE id = ?").run(now.getTime(), id);
  }

  async deleteForUser(userId: string, id: string): Promise<boolean> {
    return this.sql("DELETE FROM login_sessions WHERE id = ? AND user_id = ?").run(id, userId).changes === 1;
  }
}
