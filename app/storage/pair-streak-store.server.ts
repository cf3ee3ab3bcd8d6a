import { PAIR_STREAK_UNITS, type PairStreakUnit } from "~/modules/progress/pair-streak-rules";

/**
 * The pair streak's one setting, kept once per pair (either partner may change it, both
 * see the same): count weeks (Monday–Sunday, UTC; the default) or days, and for days the
 * time zone whose midnight both partners share.
 */
export { PAIR_STREAK_UNITS, type PairStreakUnit };

export interface PairStreakSetting {
  unit: PairStreakUnit;
  /** Where a day starts and ends for the pair (days only; weeks are UTC). */
  timeZone: string;
  changedBy: string;
  changedAt: Date;
}

export interface PairStreakStore {
  /** The pair's setting (either order of the two ids), null while they never chose. */
  setting(userId: string, partnerId: string): Promise<PairStreakSetting | null>;
  /** Every setting the user is part of, by the other member's id. */
  settingsFor(userId: string): Promise<Map<string, PairStreakSetting>>;
  /** Creates or replaces the pair's setting. */
  set(
    userId: string,
    partnerId: string,
    choice: { unit: PairStreakUnit; timeZone: string },
    now: Date,
  ): Promise<PairStreakSetting>;
}

/** The pair's key: the two ids in a fixed order, so (a, b) and (b, a) are one row. */
export const pairKey = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);
