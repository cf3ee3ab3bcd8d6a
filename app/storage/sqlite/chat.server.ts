import crypto from "node:crypto";

import type Database from "better-sqlite3";

import type { ChatMessage, ChatStore, NewChatMessage } from "../store.server";

interface MessageRow {
  id: string;
  session_id: string;
  seq: number;
  author_id: string | null;
  author_name: string | null;
  client_id: string;
  kind: "user" | "system";
  body: string;
  created_at: number;
}

const toMessage = (row: MessageRow): ChatMessage => ({
  id: row.id,
  sessionId: row.session_id,
  seq: row.seq,
  authorId: row.author_id,
  authorName: row.author_name,
  clientId: row.client_id,
  kind: row.kind,
  body: row.body,
  createdAt: new Date(row.created_at),
});

const SELECT = `SELECT m.*, u.username AS author_name FROM chat_messages m LEFT JOIN users u ON u.id = m.author_id`;

export class SqliteChatStore implements ChatStore {
  // Prepared once: chat is the hottest write path (every message of every room).
  private readonly findByClientId: Database.Statement;
  private readonly nextSeq: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly findById: Database.Statement;
  private readonly after: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.findByClientId = db.prepare(`${SELECT} WHERE m.session_id = ? AND m.author_id IS ? AND m.client_id = ?`);
    this.nextSeq = db.prepare("SELECT COALESCE(MAX(seq), 0) + 1 FROM chat_messages WHERE session_id = ?").pluck();
    this.insert = db.prepare(
      "INSERT INTO chat_messages (id, session_id, seq, author_id, client_id, kind, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    this.findById = db.prepare(`${SELECT} WHERE m.id = ?`);
    this.after = db.prepare(`${SELECT} WHERE m.session_id = ? AND m.seq > ? ORDER BY m.seq LIMIT +?`);
  }

  async append(input: NewChatMessage): Promise<{ message: ChatMessage; created: boolean }> {
    return this.db
      .transaction(() => {
        const existing = this.findByClientId.get(input.sessionId, input.authorId, input.clientId) as
          MessageRow | undefined;
        if (existing) return { message: toMessage(existing), created: false };
        const seq = this.nextSeq.get(input.sessionId) as number;
        const id = crypto.randomUUID();
        this.insert.run(id, input.sessionId, seq, input.authorId, input.clientId, input.kind, input.body, Date.now());
        const row = this.findById.get(id) as MessageRow;
        return { message: toMessage(row), created: true };
      })
      .immediate();
  }

  async listAfter(sessionId: string, afterSeq: number, limit: number): Promise<ChatMessage[]> {
    const rows = this.after.all(sessionId, afterSeq, limit) as MessageRow[];
    return rows.map(toMessage);
  }
}
