import { addDays, type DayKey, dayKeyIn, daysBetween, weekOf } from "./day-keys";

/**
 * Streaks in the user's own time zone.
 *
 * The rule shown on the progress page (STREAK_RULE): a day counts when you get an Accepted
 * submission or finish a session on it, in your time zone. Practise on 3 days of a week
 * (Monday–Sunday) and you earn a freeze; you hold at most one, and it covers one missed day
 * (at most one per week) without breaking the streak. Today never breaks it: you have
 * until midnight.
 *
 * Each moment is placed in the zone that was in effect at that moment (the zones stored
 * with the user), so travelling never rewrites days already earned. Flying east across
 * the date line can skip a calendar date: a date that never happened for you is not missed.
 */
export const STREAK_RULE =
  "A day counts when you get an Accepted submission or finish a session on it, in your time zone. Practise on 3 days in a week (Monday to Sunday) to earn a freeze: you hold at most one, and it covers one missed day (at most one a week) without breaking your streak. Today never breaks it — you have until midnight.";

export const DAYS_FOR_FREEZE = 3;

export interface ZoneSpan {
  timeZone: string;
  from: Date;
}

export interface StreakInput {
  /** Moments that count: Accepted submissions and finished sessions, in any order. */
  moments: readonly Date[];
  /** Zones in effect, oldest first; the first covers all earlier moments. Empty: `fallbackZone`. */
  zones: readonly ZoneSpan[];
  fallbackZone: string;
  now: Date;
}

export interface StreakResult {
  current: number;
  longest: number;
  /** Today in the current zone. */
  today: DayKey;
  /** Whether today already counts. */
  practisedToday: boolean;
  /** Count of moments per day. */
  days: Map<DayKey, number>;
  /** Missed days a freeze covered. */
  frozenDays: DayKey[];
  /** Whether a freeze is held now, ready for the next missed day. */
  freezeHeld: boolean;
}

/** The zone in effect at `instant` (spans oldest first). */
export function zoneAt(zones: readonly ZoneSpan[], instant: Date, fallbackZone: string): string {
  let zone = zones[0]?.timeZone ?? fallbackZone;
  for (const span of zones) {
    if (span.from.getTime() <= instant.getTime()) zone = span.timeZone;
    else break;
  }
  return zone;
}

/** Dates a zone change jumped over (east across the date line): they never happened for the user. */
function skippedDates(zones: readonly ZoneSpan[]): Set<DayKey> {
  const skipped = new Set<DayKey>();
  for (let i = 1; i < zones.length; i++) {
    const before = dayKeyIn(zones[i]!.from, zones[i - 1]!.timeZone);
    const after = dayKeyIn(zones[i]!.from, zones[i]!.timeZone);
    for (let d = addDays(before, 1); daysBetween(d, after) > 0; d = addDays(d, 1)) skipped.add(d);
  }
  return skipped;
}

export function computeStreaks(input: StreakInput): StreakResult {
  const { zones, fallbackZone, now } = input;
  const days = new Map<DayKey, number>();
  for (const moment of input.moments) {
    const key = dayKeyIn(moment, zoneAt(zones, moment, fallbackZone));
    days.set(key, (days.get(key) ?? 0) + 1);
  }
  const today = dayKeyIn(now, zoneAt(zones, now, fallbackZone));
  const result: StreakResult = {
    current: 0,
    longest: 0,
    today,
    practisedToday: days.has(today),
    days,
    frozenDays: [],
    freezeHeld: false,
  };
  const sorted = [...days.keys()].sort();
  const first = sorted[0];
  if (first === undefined) return result;

  const skipped = skippedDates(zones);
  let streak = 0;
  let held = false;
  let week = weekOf(first);
  let daysThisWeek = 0;
  let frozeThisWeek = false;
  // One step per calendar day from the first active day to today: at most a few thousand.
  const last = daysBetween(first, today) >= 0 ? today : sorted.at(-1)!;
  for (let day = first; daysBetween(day, last) >= 0; day = addDays(day, 1)) {
    const thisWeek = weekOf(day);
    if (thisWeek !== week) {
      week = thisWeek;
      daysThisWeek = 0;
      frozeThisWeek = false;
    }
    if (days.has(day)) {
      streak++;
      daysThisWeek++;
      if (daysThisWeek === DAYS_FOR_FREEZE) held = true;
    } else if (day === today || skipped.has(day)) {
      // Today is still open; a skipped date never existed.
    } else if (held && !frozeThisWeek && streak > 0) {
      held = false;
      frozeThisWeek = true;
      result.frozenDays.push(day);
    } else {
      streak = 0;
    }
    result.longest = Math.max(result.longest, streak);
  }
  result.current = streak;
  result.freezeHeld = held;
  return result;
}
