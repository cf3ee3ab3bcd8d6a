/**
 * Calendar days as "YYYY-MM-DD" keys in a time zone (Intl, so DST and historical offsets
 * are the platform's tz database), and plain date arithmetic on those keys. A key is a
 * calendar date, not an instant: adding a day never meets a 23- or 25-hour day.
 */
export type DayKey = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone name this platform knows ("Europe/Paris", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function dayKeyIn(instant: Date, timeZone: string): DayKey {
  return formatterFor(timeZone).format(instant);
}

const MS_PER_DAY = 86_400_000;
const toUtcMs = (key: DayKey) =>
  Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));
const fromUtcMs = (ms: number): DayKey => new Date(ms).toISOString().slice(0, 10);

export const addDays = (key: DayKey, days: number): DayKey => fromUtcMs(toUtcMs(key) + days * MS_PER_DAY);

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: DayKey, b: DayKey): number => Math.round((toUtcMs(b) - toUtcMs(a)) / MS_PER_DAY);

/** The Monday starting the week (Monday–Sunday) the day is in. */
export function weekOf(key: DayKey): DayKey {
  const weekday = new Date(toUtcMs(key)).getUTCDay(); // 0 = Sunday
  return addDays(key, -((weekday + 6) % 7));
}

/** 0 = Monday … 6 = Sunday. */
export const weekdayOf = (key: DayKey): number => (new Date(toUtcMs(key)).getUTCDay() + 6) % 7;

/** The UTC day number since 1970-01-01 (the daily problem's clock). */
export const utcDayNumber = (instant: Date): number => Math.floor(instant.getTime() / MS_PER_DAY);
