import type Database from "better-sqlite3";

import {
  pairKey,
  type PairStreakSetting,
  type PairStreakStore,
  type PairStreakUnit,
} from "../pair-streak-store.server";
import { type Prepare, statementCache } from "./statement-cache.server";

interface SettingRow {
  user_low: string;
  user_high: string;
  unit: PairStreakUnit;
  time_zone: string;
  changed_by: string;
  changed_at: number;
}

const toSetting = (row: SettingRow): PairStreakSetting => ({
  unit: row.unit,
  timeZone: row.time_zone,
  changedBy: row.changed_by,
  changedAt: new Date(row.changed_at),
});

export class SqlitePairStreakStore implements PairStreakStore {
  private readonly sql: Prepare;

  constructor(db: Database.Database) {
    this.sql = statementCache(db);
  }

  async setting(userId: string, partnerId: string): Promise<PairStreakSetting | null> {
    const [low, high] = pairKey(userId, partnerId);
    const row = this.sql("SELECT * FROM pair_streak_settings WHERE user_low = ? AND user_high = ?").get(low, high) as
      SettingRow | undefined;
    return row ? toSetting(row) : null;
  }

  async settingsFor(userId: string): Promise<Map<string, PairStreakSetting>> {
    const rows = this.sql(
      `SELECT * FROM pair_streak_settings WHERE user_low = ?
       UNION ALL SELECT * FROM pair_streak_settings WHERE user_high = ?`,
    ).all(userId, userId) as SettingRow[];
    return new Map(rows.map((r) => [r.user_low === userId ? r.user_high : r.user_low, toSetting(r)]));
  }

  async set(
    userId: string,
    partnerId: string,
    choice: { unit: PairStreakUnit; timeZone: string },
    now: Date,
  ): Promise<PairStreakSetting> {
    const [low, high] = pairKey(userId, partnerId);
    this.sql(
      `INSERT INTO pair_streak_settings (user_low, user_high, unit, time_zone, changed_by, changed_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (user_low, user_high) DO UPDATE SET unit = excluded.unit, time_zone = excluded.time_zone,
         changed_by = excluded.changed_by, changed_at = excluded.changed_at`,
    ).run(low, high, choice.unit, choice.timeZone, userId, now.getTime());
    return { ...choice, changedBy: userId, changedAt: now };
  }
}
