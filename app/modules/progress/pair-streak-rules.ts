import { addDays, type DayKey, dayKeyIn, daysBetween, weekOf } from "./day-keys";

/**
 * A pair streak: the run of weeks (Monday–Sunday, UTC, so both partners see the same
 * number wherever they live) in which two people finished at least one session together.
 * This week never breaks it: the run lasts while last week or this one had a session.
 */
export const PAIR_STREAK_RULE =
  "A pair streak counts the weeks in a row (Monday to Sunday, UTC) in which you and a partner finished at least one session together. This week does not break it until it is over.";

export interface PairStreakValue {
  /** Weeks in a row, up to this week or last. */
  current: number;
  longest: number;
  /** Weeks with at least one finished session together. */
  weeksTogether: number;
  sessionsTogether: number;
  lastTogether: Date | null;
  /** Whether this week already counts. */
  thisWeek: boolean;
}

export function pairStreakOf(endedAts: readonly Date[], now: Date): PairStreakValue {
  const weeks = [...new Set(endedAts.map((d) => weekOf(dayKeyIn(d, "UTC"))))].sort();
  const thisWeek = weekOf(dayKeyIn(now, "UTC"));
  let longest = 0;
  let run = 0;
  let previous: DayKey | null = null;
  for (const week of weeks) {
    run = previous !== null && daysBetween(previous, week) === 7 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = week;
  }
  const lastWeek = addDays(thisWeek, -7);
  const alive = previous === thisWeek || previous === lastWeek;
  const last = endedAts.reduce<Date | null>((a, d) => (!a || d > a ? d : a), null);
  return {
    current: alive ? run : 0,
    longest,
    weeksTogether: weeks.length,
    sessionsTogether: endedAts.length,
    lastTogether: last,
    thisWeek: previous === thisWeek,
  };
}
