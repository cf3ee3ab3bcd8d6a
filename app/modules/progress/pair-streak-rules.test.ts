import { describe, expect, it } from "vitest";

import { pairStreakOf } from "./pair-streak-rules";

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
      weeksTogether: 3,
      sessionsTogether: 4,
      thisWeek: true,
    });
  });

  it("this week does not break the run until it is over", () => {
    const ends = ["2026-01-05T10:00:00Z", "2026-01-12T10:00:00Z"].map(at);
    expect(pairStreakOf(ends, at("2026-01-25T12:00:00Z"))).toMatchObject({ current: 2, thisWeek: false });
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
