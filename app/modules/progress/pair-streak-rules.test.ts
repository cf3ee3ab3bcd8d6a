import { describe, expect, it } from "vitest";

import { pairStreakOf, pairStreakRuleText, streakLength } from "./pair-streak-rules";

const at = (iso: string) => new Date(iso);

describe("pair streaks (weeks in a row, UTC)", () => {
  // Mondays: 5, 12, 19, 26 January 2026.
  it("counts consecutive weeks with a finished session together", () => {
    const ends = ["2026-01-05T10:00:00Z", "2026-01-07T10:00:00Z", "2026-01-13T10:00:00Z", "2026-01-25T23:59:00Z"].map(
      at,
    );
    expect(pairStreakOf(ends, at("2026-01-25T23:59:30Z"))).toMatchObject({
      current: 3,
      longest: 3,
      unitsTogether: 3,
      unit: "week",
      sessionsTogether: 4,
      thisUnit: true,
    });
  });

  it("this week does not break the run until it is over", () => {
    const ends = ["2026-01-05T10:00:00Z", "2026-01-12T10:00:00Z"].map(at);
    expect(pairStreakOf(ends, at("2026-01-25T12:00:00Z"))).toMatchObject({ current: 2, thisUnit: false });
    expect(pairStreakOf(ends, at("2026-01-26T00:00:01Z"))).toMatchObject({ current: 0, longest: 2 });
  });

  it("restarts after a week apart and keeps the longest", () => {
    const ends = ["2026-01-05T10:00:00Z", "2026-01-12T10:00:00Z", "2026-01-14T10:00:00Z", "2026-01-26T10:00:00Z"].map(
      at,
    );
    expect(pairStreakOf(ends, at("2026-01-27T10:00:00Z"))).toMatchObject({ current: 1, longest: 2 });
  });

  it("is zero with no session together", () => {
    expect(pairStreakOf([], at("2026-01-27T10:00:00Z"))).toMatchObject({ current: 0, longest: 0, lastTogether: null });
  });
});

describe("daily pair streaks (days in the pair's zone)", () => {
  const paris = { unit: "day" as const, timeZone: "Europe/Paris" };

  it("counts days in a row and names the unit", () => {
    const ends = ["2026-01-05T10:00:00Z", "2026-01-06T20:00:00Z", "2026-01-07T08:00:00Z"].map(at);
    const value = pairStreakOf(ends, at("2026-01-07T12:00:00Z"), paris);
    expect(value).toMatchObject({ unit: "day", current: 3, longest: 3, unitsTogether: 3, thisUnit: true });
    expect(streakLength(value.current, value.unit)).toBe("3 days");
    expect(streakLength(1, "day")).toBe("1 day");
    expect(streakLength(3, "week")).toBe("3 weeks");
  });

  it("places midnight in the pair's zone, not UTC", () => {
    // 23:30 UTC on the 5th is 00:30 on the 6th in Paris (UTC+1 in winter).
    const ends = ["2026-01-05T12:00:00Z", "2026-01-05T23:30:00Z"].map(at);
    expect(pairStreakOf(ends, at("2026-01-06T12:00:00Z"), paris)).toMatchObject({ current: 2, unitsTogether: 2 });
    // In UTC both are on the 5th: one day, and the 6th (today) has not broken it.
    expect(pairStreakOf(ends, at("2026-01-06T12:00:00Z"), { unit: "day", timeZone: "UTC" })).toMatchObject({
      current: 1,
      unitsTogether: 1,
      thisUnit: false,
    });
  });

  it("today does not break the run until its midnight has passed", () => {
    const ends = ["2026-01-05T10:00:00Z", "2026-01-06T10:00:00Z"].map(at);
    // 23:59 on the 7th in Paris: today (the 7th) is still open.
    expect(pairStreakOf(ends, at("2026-01-07T22:59:00Z"), paris)).toMatchObject({ current: 2, thisUnit: false });
    // 00:00:30 on the 8th in Paris: the 7th passed without a session.
    expect(pairStreakOf(ends, at("2026-01-07T23:00:30Z"), paris)).toMatchObject({ current: 0, longest: 2 });
  });

  it("keeps the run across a 23-hour and a 25-hour day (DST)", () => {
    // Europe/Paris springs forward on 29 March 2026 and falls back on 25 October 2026.
    const spring = ["2026-03-28T21:00:00Z", "2026-03-29T21:00:00Z", "2026-03-30T21:00:00Z"].map(at);
    expect(pairStreakOf(spring, at("2026-03-30T21:30:00Z"), paris)).toMatchObject({ current: 3, unitsTogether: 3 });
    // 22:30 UTC on the 24th is 00:30 on the 25th (still UTC+2); 23:30 UTC on the 25th is 00:30 on the 26th (UTC+1).
    const autumn = ["2026-10-24T22:30:00Z", "2026-10-25T23:30:00Z"].map(at);
    expect(pairStreakOf(autumn, at("2026-10-26T10:00:00Z"), paris)).toMatchObject({ current: 2, unitsTogether: 2 });
  });

  it("partners in different zones would disagree on their own days; the pair's zone gives both one answer", () => {
    // 16:00 UTC on the 5th: 08:00 on the 5th in Los Angeles, 01:00 on the 6th in Tokyo.
    // 14:00 UTC on the 6th: 06:00 on the 6th in Los Angeles, 23:00 on the 6th in Tokyo.
    const ends = ["2026-01-05T16:00:00Z", "2026-01-06T14:00:00Z"].map(at);
    const now = at("2026-01-06T15:00:00Z");
    const la = { unit: "day" as const, timeZone: "America/Los_Angeles" };
    const tokyo = { unit: "day" as const, timeZone: "Asia/Tokyo" };
    expect(pairStreakOf(ends, now, la)).toMatchObject({ current: 2, timeZone: "America/Los_Angeles" });
    expect(pairStreakOf(ends, now, tokyo)).toMatchObject({ current: 1, timeZone: "Asia/Tokyo" });
    // Weeks ignore the zone: both ends are in the week of Monday 5 January, UTC.
    expect(pairStreakOf(ends, now, { unit: "week", timeZone: "Asia/Tokyo" })).toMatchObject({
      current: 1,
      timeZone: "UTC",
    });
  });

  it("states the rule with the unit and the zone", () => {
    expect(pairStreakRuleText(paris)).toContain("days in a row");
    expect(pairStreakRuleText(paris)).toContain("Europe/Paris");
    expect(pairStreakRuleText({ unit: "week", timeZone: "UTC" })).toContain("Monday to Sunday, UTC");
  });
});
