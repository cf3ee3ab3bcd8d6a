import type Database from "better-sqlite3";

import type {
  AccountTokenPurpose,
  AccountTokenStore,
  AccountTokenUse,
  EmailVerificationStore,
  NewAccountToken,
} from "../account-security-store.server";
import { type Prepare, statementCache } from "./statement-cache.server";

interface TokenUseRow {
  user_id: string;
  email: string;
}

const toUse = (row: TokenUseRow | undefined): AccountTokenUse | null =>
  row ? { userId: row.user_id, email: row.email } : null;

export class SqliteAccountTokenStore implements AccountTokenStore {
  private readonly sql: Prepare;

  constructor(db: Database.Database) {
    this.sql = statementCache(db);
  }

  async create(input: NewAccountToken): Promise<void> {
    this.sql(
      "INSERT INTO account_tokens (id, user_id, purpose, email, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
    ).run(input.id, input.userId, input.purpose, input.email, Date.now(), input.expiresAt.getTime());
  }

  async findUsable(id: string, purpose: AccountTokenPurpose, now: Date): Promise<AccountTokenUse | null> {
    return toUse(
      this.sql(
        "SELECT user_id, email FROM account_tokens WHERE id = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?",
      ).get(id, purpose, now.getTime()) as TokenUseRow | undefined,
    );
  }

  async consume(id: string, purpose: AccountTokenPurpose, now: Date): Promise<AccountTokenUse | null> {
    // One conditional update: two requests with the same token cannot both get it.
    return toUse(
      this.sql(
        `UPDATE account_tokens SET used_at = @now
         WHERE id = @id AND purpose = @purpose AND used_at IS NULL AND expires_at > @now
         RETURNING user_id, email`,
      ).get({ id, purpose, now: now.getTime() }) as TokenUseRow | undefined,
    );
  }

  async deleteForUser(userId: string, purpose: AccountTokenPurpose): Promise<number> {
    return this.sql("DELETE FROM account_tokens WHERE user_id = ? AND purpose = ?").run(userId, purpose).changes;
  }
}

export class SqliteEmailVerificationStore implements EmailVerificationStore {
  private readonly sql: Prepare;

  constructor(db: Database.Database) {
    this.sql = statementCache(db);
  }

  async markVerified(userId: string, email: string, now: Date): Promise<void> {
    this.sql(
      `INSERT INTO email_verifications (user_id, email, verified_at) VALUES (?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, verified_at = excluded.verified_at`,
    ).run(userId, email.toLowerCase(), now.getTime());
  }

  async verifiedAt(userId: string, email: string): Promise<Date | null> {
    const at = this.sql("SELECT verified_at FROM email_verifications WHERE user_id = ? AND email = ?")
      .pluck()
      .get(userId, email.toLowerCase()) as number | undefined;
    return at === undefined ? null : new Date(at);
  }
}
