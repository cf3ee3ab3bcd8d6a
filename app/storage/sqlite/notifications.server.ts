import crypto from "node:crypto";

import type Database from "better-sqlite3";

import type { AppNotification, NewNotification, NotificationStore, NotificationType } from "../scheduling-store.server";
import { type Prepare, statementCache } from "./statement-cache.server";

interface NotificationRow {
  id: string;
  user_id: string;
  type: NotificationType;
  title: string;
  body: string;
  link: string | null;
  created_at: number;
  read_at: number | null;
}

const toNotification = (row: NotificationRow): AppNotification => ({
  id: row.id,
  userId: row.user_id,
  type: row.type,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: new Date(row.created_at),
  readAt: row.read_at === null ? null : new Date(row.read_at),
});

export class SqliteNotificationStore implements NotificationStore {
  private readonly sql: Prepare;

  constructor(db: Database.Database) {
    this.sql = statementCache(db);
  }

  async create(input: NewNotification): Promise<{ notification: AppNotification; created: boolean }> {
    const id = crypto.randomUUID();
    const result = this.sql(
      `INSERT OR IGNORE INTO notifications (id, user_id, type, title, body, link, dedupe_key, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.userId, input.type, input.title, input.body, input.link, input.dedupeKey, Date.now());
    const row = this.sql("SELECT * FROM notifications WHERE user_id = ? AND dedupe_key = ?").get(
      input.userId,
      input.dedupeKey,
    ) as NotificationRow;
    return { notification: toNotification(row), created: result.changes === 1 };
  }

  async listForUser(userId: string, limit: number): Promise<AppNotification[]> {
    const rows = this.sql(
      "SELECT * FROM notifications WHERE user_id = ? ORDER BY created_at DESC, rowid DESC LIMIT +?",
    ).all(userId, limit) as NotificationRow[];
    return rows.map(toNotification);
  }

  async countUnread(userId: string): Promise<number> {
    return this.sql("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL")
      .pluck()
      .get(userId) as number;
  }

  async markRead(id: string, userId: string, now: Date): Promise<boolean> {
    return (
      this.sql("UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL").run(
        now.getTime(),
        id,
        userId,
      ).changes === 1
    );
  }

  async markAllRead(userId: string, now: Date): Promise<number> {
    return this.sql("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL").run(
      now.getTime(),
      userId,
    ).changes;
  }
}
