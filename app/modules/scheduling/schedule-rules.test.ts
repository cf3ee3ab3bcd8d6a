import { describe, expect, it } from "vitest";

import {
  describeSlot,
  instantToWallTime,
  isNoShowDue,
  isReminderDue,
  mayOpen,
  nextWeeklyOccurrence,
  noShowAt,
  reminderAt,
  wallTimeToInstant,
  weeklyOccurrences,
} from "./schedule-rules";

const at = (iso: string) => new Date(iso);

describe("reminder and no-show times", () => {
  const start = at("2026-06-02T18:00:00Z");

  it("reminds ten minutes before the start, not a millisecond earlier", () => {
    expect(reminderAt(start)).toEqual(at("2026-06-02T17:50:00Z"));
    expect(isReminderDue(start, at("2026-06-02T17:49:59.999Z"))).toBe(false);
    expect(isReminderDue(start, at("2026-06-02T17:50:00Z"))).toBe(true);
  });

  it("checks for a no-show ten minutes after the start", () => {
    expect(noShowAt(start)).toEqual(at("2026-06-02T18:10:00Z"));
    expect(isNoShowDue(start, at("2026-06-02T18:09:59Z"))).toBe(false);
    expect(isNoShowDue(start, at("2026-06-02T18:10:00Z"))).toBe(true);
  });

  it("lets members open the room from ten minutes before", () => {
    expect(mayOpen(start, at("2026-06-02T17:49:00Z"))).toBe(false);
    expect(mayOpen(start, at("2026-06-02T17:50:00Z"))).toBe(true);
  });
});

describe("wall time in a zone", () => {
  it("reads the same wall time as different instants in winter and summer", () => {
    expect(wallTimeToInstant("2026-01-13T19:00", "Europe/London")).toEqual(at("2026-01-13T19:00:00Z"));
    expect(wallTimeToInstant("2026-07-14T19:00", "Europe/London")).toEqual(at("2026-07-14T18:00:00Z"));
    expect(wallTimeToInstant("2026-07-14T19:00", "America/New_York")).toEqual(at("2026-07-14T23:00:00Z"));
  });

  it("refuses malformed times and unknown zones", () => {
    expect(wallTimeToInstant("2026-13-01T19:00", "UTC")).toBeNull();
    expect(wallTimeToInstant("tomorrow", "UTC")).toBeNull();
    expect(wallTimeToInstant("2026-01-13T19:00", "Mars/Olympus")).toBeNull();
  });

  it("writes an instant back as the zone's wall time", () => {
    expect(instantToWallTime(at("2026-07-14T18:00:00Z"), "Europe/London")).toBe("2026-07-14T19:00");
    expect(instantToWallTime(at("2026-07-14T18:00:00Z"), "Asia/Kolkata")).toBe("2026-07-14T23:30");
  });
});

describe("weekly slots", () => {
  const tuesdays = { weekday: 2, minuteOfDay: 19 * 60, timeZone: "Europe/London" };

  it("finds the next Tuesday 19:00 after a moment, and not the same moment again", () => {
    expect(nextWeeklyOccurrence(tuesdays, at("2026-01-12T10:00:00Z"))).toEqual(at("2026-01-13T19:00:00Z"));
    expect(nextWeeklyOccurrence(tuesdays, at("2026-01-13T19:00:00Z"))).toEqual(at("2026-01-20T19:00:00Z"));
    expect(nextWeeklyOccurrence(tuesdays, at("2026-01-13T18:59:00Z"))).toEqual(at("2026-01-13T19:00:00Z"));
  });

  it("keeps 19:00 local across the spring and autumn clock changes (London)", () => {
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    expect(weeklyOccurrences(tuesdays, at("2026-03-20T00:00:00Z"), at("2026-04-01T00:00:00Z"))).toEqual([
      at("2026-03-24T19:00:00Z"),
      at("2026-03-31T18:00:00Z"),
    ]);
    expect(weeklyOccurrences(tuesdays, at("2026-10-19T00:00:00Z"), at("2026-10-28T00:00:00Z"))).toEqual([
      at("2026-10-20T18:00:00Z"),
      at("2026-10-27T19:00:00Z"),
    ]);
  });

  it("follows the slot's zone, not the server's, where the weekday differs from UTC", () => {
    // Monday 20:00 in New York is Tuesday 01:00 UTC in winter, 00:00 UTC after 8 March 2026.
    const mondays = { weekday: 1, minuteOfDay: 20 * 60, timeZone: "America/New_York" };
    expect(nextWeeklyOccurrence(mondays, at("2026-03-01T00:00:00Z"))).toEqual(at("2026-03-03T01:00:00Z"));
    expect(nextWeeklyOccurrence(mondays, at("2026-03-09T12:00:00Z"))).toEqual(at("2026-03-10T00:00:00Z"));
    expect(nextWeeklyOccurrence(mondays, at("2026-03-10T00:00:00Z"))).toEqual(at("2026-03-17T00:00:00Z"));
  });

  it("describes itself in its own zone", () => {
    expect(describeSlot(tuesdays)).toBe("Tuesdays at 19:00 (Europe/London)");
  });
});
