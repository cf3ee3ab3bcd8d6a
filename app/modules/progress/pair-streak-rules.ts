import { addDays, type DayKey, dayKeyIn, daysBetween, weekOf } from "./day-keys";
import { plural } from "./plural";

/**
 * A pair streak: the run of weeks, or of days (the pair's choice, stored once per pair), in
 * which two people finished at least one session together. Both partners must see the same
 * number wherever they live, so the boundary is shared: weeks run Monday–Sunday in UTC;
 * days run midnight to midnight in the time zone stored with the pair's choice (the zone
 * of the partner who chose days). The current week or day never breaks the run: it lasts
 * while the previous one or the current one had a session.
 */
export const PAIR_STREAK_UNITS = ["week", "day"] as const;
export type PairStreakUnit = (typeof PAIR_STREAK_UNITS)[number];

export interface PairStreakRule {
  unit: PairStreakUnit;
  /** Days only: whose midnight ends a day. */
  timeZone: string;
}

export const WEEKLY: PairStreakRule = { unit: "week", timeZone: "UTC" };

/** The rule in words, shown next to every list of pair streaks. */
export function pairStreakRuleText(rule: PairStreakRule): string {
  return rule.unit === "day"
    ? `This pair streak counts the days in a row (midnight to midnight, ${rule.timeZone} time, the same for both of you) on which you finished at least one session together. Today does not break it until it is over.`
    : "This pair streak counts the weeks in a row (Monday to Sunday, UTC) in which you finished at least one session together. This week does not break it until it is over.";
}

/** "3 weeks", "1 day". */
export const streakLength = (n: number, unit: PairStreakUnit) => plural(n, unit);

export interface PairStreakValue {
  unit: PairStreakUnit;
  /** Days only: the zone days are counted in. */
  timeZone: string;
  /** Units in a row, up to the current one or the one before. */
  current: number;
  longest: number;
  /** Units with at least one finished session together. */
  unitsTogether: number;
  sessionsTogether: number;
  lastTogether: Date | null;
  /** Whether the current week (or day) already counts. */
  thisUnit: boolean;
}

export function pairStreakOf(endedAts: readonly Date[], now: Date, rule: PairStreakRule = WEEKLY): PairStreakValue {
  const daily = rule.unit === "day";
  const zone = daily ? rule.timeZone : "UTC";
  const step = daily ? 1 : 7;
  const unitOf = (instant: Date): DayKey => (daily ? dayKeyIn(instant, zone) : weekOf(dayKeyIn(instant, zone)));
  const units = [...new Set(endedAts.map(unitOf))].sort();
  const current = unitOf(now);
  let longest = 0;
  let run = 0;
  let previous: DayKey | null = null;
  for (const unit of units) {
    run = previous !== null && daysBetween(previous, unit) === step ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = unit;
  }
  const alive = previous === current || previous === addDays(current, -step);
  const last = endedAts.reduce<Date | null>((a, d) => (!a || d > a ? d : a), null);
  return {
    unit: rule.unit,
    timeZone: zone,
    current: alive ? run : 0,
    longest,
    unitsTogether: units.length,
    sessionsTogether: endedAts.length,
    lastTogether: last,
    thisUnit: previous === current,
  };
}
