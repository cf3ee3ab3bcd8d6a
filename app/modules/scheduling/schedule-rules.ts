import { TZDate } from "@date-fns/tz";

/**
 * The scheduling rules as pure functions of time: when a reminder is due, when the no-show
 * rule runs, how a wall-clock time in someone's zone becomes an instant, and when a weekly
 * slot comes round next (across daylight-saving changes). No storage, no clock of its own.
 */

export const REMINDER_LEAD_MS = 10 * 60_000;
export const NO_SHOW_AFTER_MS = 10 * 60_000;
/** Members may open the room this long before the start. */
export const EARLY_OPEN_MS = 10 * 60_000;
/** How far ahead a weekly slot's next session is created (its invitation and reminder follow). */
export const SLOT_HORIZON_MS = 7 * 24 * 3_600_000;

export const reminderAt = (startsAt: Date) => new Date(startsAt.getTime() - REMINDER_LEAD_MS);
export const noShowAt = (startsAt: Date) => new Date(startsAt.getTime() + NO_SHOW_AFTER_MS);
export const isReminderDue = (startsAt: Date, now: Date) => now >= reminderAt(startsAt);
export const isNoShowDue = (startsAt: Date, now: Date) => now >= noShowAt(startsAt);
export const mayOpen = (startsAt: Date, now: Date) => now.getTime() >= startsAt.getTime() - EARLY_OPEN_MS;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * `2026-03-31T19:00` read in `timeZone` as an instant. A time that does not exist (the hour
 * skipped when clocks go forward) moves forward with the clocks; null for malformed input.
 */
export function wallTimeToInstant(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match || !isTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const date = new TZDate(year, month - 1, day, hour, minute, timeZone);
  if (date.getMonth() !== month - 1 && date.getDate() !== day) return null;
  return new Date(date.getTime());
}

/** The instant as `YYYY-MM-DDTHH:mm` in `timeZone` (an edit form's value). */
export function instantToWallTime(instant: Date, timeZone: string): string {
  const d = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export interface WeeklyRule {
  /** 0 = Sunday … 6 = Saturday, in `timeZone`. */
  weekday: number;
  /** Minutes after midnight, in `timeZone`. */
  minuteOfDay: number;
  timeZone: string;
}

/** The first occurrence of the weekly slot strictly after `after`, at its wall time in its own zone. */
export function nextWeeklyOccurrence(rule: WeeklyRule, after: Date): Date {
  const local = new TZDate(after.getTime(), rule.timeZone);
  const hour = Math.floor(rule.minuteOfDay / 60);
  const minute = rule.minuteOfDay % 60;
  for (let offset = 0; offset <= 7; offset++) {
    const candidate = new TZDate(
      local.getFullYear(),
      local.getMonth(),
      local.getDate() + offset,
      hour,
      minute,
      rule.timeZone,
    );
    if (candidate.getDay() === rule.weekday && candidate.getTime() > after.getTime())
      return new Date(candidate.getTime());
  }
  // Unreachable: within eight days every weekday comes round once after `after`.
  throw new Error("no weekly occurrence found");
}

/** The slot's occurrences after `after` and up to `until`, in order. */
export function weeklyOccurrences(rule: WeeklyRule, after: Date, until: Date): Date[] {
  const out: Date[] = [];
  let next = nextWeeklyOccurrence(rule, after);
  while (next <= until) {
    out.push(next);
    next = nextWeeklyOccurrence(rule, next);
  }
  return out;
}

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export function describeSlot(rule: WeeklyRule): string {
  const hh = String(Math.floor(rule.minuteOfDay / 60)).padStart(2, "0");
  const mm = String(rule.minuteOfDay % 60).padStart(2, "0");
  return `${WEEKDAYS[rule.weekday]}s at ${hh}:${mm} (${rule.timeZone})`;
}
