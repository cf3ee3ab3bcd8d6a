import type Database from "better-sqlite3";

import type { TwoFactorRecord, TwoFactorStore } from "../account-security-store.server";
import { type Prepare, statementCache } from "./statement-cache.server";

export class SqliteTwoFactorStore implements TwoFactorStore {
  private readonly sql: Prepare;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  async get(userId: string): Promise<TwoFactorRecord | null> {
    const row = this.sql("SELECT secret, enabled_at FROM two_factor WHERE user_id = ?").get(userId) as
      { secret: string; enabled_at: number | null } | undefined;
    return row ? { secret: row.secret, enabledAt: row.enabled_at === null ? null : new Date(row.enabled_at) } : null;
  }

  async setPending(userId: string, secret: string): Promise<boolean> {
    const result = this.sql(
      `INSERT INTO two_factor (user_id, secret, enabled_at, last_step) VALUES (?, ?, NULL, NULL)
       ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret WHERE two_factor.enabled_at IS NULL`,
    ).run(userId, secret);
    return result.changes === 1;
  }

  async enable(userId: string, recoveryCodeHashes: readonly string[], now: Date): Promise<boolean> {
    return this.db
      .transaction(() => {
        const enabled = this.sql("UPDATE two_factor SET enabled_at = ? WHERE user_id = ? AND enabled_at IS NULL").run(
          now.getTime(),
          userId,
        );
        if (enabled.changes !== 1) return false;
        this.sql("DELETE FROM recovery_codes WHERE user_id = ?").run(userId);
        const insert = this.sql("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)");
        for (const hash of recoveryCodeHashes) insert.run(userId, hash);
        return true;
      })
      .immediate();
  }

  async disable(userId: string): Promise<void> {
    this.db.transaction(() => {
      this.sql("DELETE FROM recovery_codes WHERE user_id = ?").run(userId);
      this.sql("DELETE FROM two_factor WHERE user_id = ?").run(userId);
    })();
  }

  async useStep(userId: string, step: number): Promise<boolean> {
    const result = this.sql(
      `UPDATE two_factor SET last_step = @step
       WHERE user_id = @userId AND enabled_at IS NOT NULL AND (last_step IS NULL OR last_step < @step)`,
    ).run({ userId, step });
    return result.changes === 1;
  }

  async useRecoveryCode(userId: string, codeHash: string, now: Date): Promise<boolean> {
    const result = this.sql(
      "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
    ).run(now.getTime(), userId, codeHash);
    return result.changes === 1;
  }

  async remainingRecoveryCodes(userId: string): Promise<number> {
    return this.sql("SELECT COUNT(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL")
      .pluck()
      .get(userId) as number;
  }
}
