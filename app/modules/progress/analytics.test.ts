import { describe, expect, it } from "vitest";

import { analyticsOf, problemsCsv, toCsv } from "./analytics";
import { type JudgedSubmission, type ProblemInfo, problemStats } from "./problem-stats";
import { heatmapMonths, heatmapOf, heatmapWeeks, progressCounts } from "./progress-summary";

const bank: ProblemInfo[] = [
  { slug: "two-sum", title: "Two Sum", difficulty: "easy", topics: ["arrays-hashing"] },
  { slug: "lru", title: 'LRU "cache", v2', difficulty: "medium", topics: ["linked-list"] },
];
const s = (problemSlug: string, verdict: string, iso: string): JudgedSubmission => ({
  problemSlug,
  verdict,
  createdAt: new Date(iso),
});
const submissions = [
  s("two-sum", "Wrong Answer", "2026-01-31T23:30:00Z"),
  s("two-sum", "Accepted", "2026-02-01T00:15:00Z"),
  s("lru", "Runtime Error", "2026-02-02T10:00:00Z"),
];

describe("analytics", () => {
  const stats = problemStats(submissions);
  const analytics = analyticsOf({
    problems: bank,
    stats,
    submissions,
    sessionEnds: [new Date("2026-02-02T10:00:00Z"), new Date("2026-02-03T10:00:00Z")],
    zones: [{ timeZone: "America/New_York", from: new Date(0) }],
    fallbackZone: "UTC",
  });

  it("measures attempts and the time from the first submission to Accepted", () => {
    expect(analytics.problems[0]).toMatchObject({
      slug: "two-sum",
      attempts: 2,
      attemptsToAccept: 2,
      minutesToAccept: 45,
    });
    expect(analytics.problems[1]).toMatchObject({
      slug: "lru",
      attempts: 1,
      firstAcceptedAt: null,
      minutesToAccept: null,
    });
  });

  it("groups acceptance by topic and month in the user's zone, sessions by week", () => {
    // 1 February 00:15 UTC is still 31 January in New York.
    expect(analytics.topicAcceptanceByMonth).toEqual([
      { month: "2026-01", topic: "arrays-hashing", submissions: 2, accepted: 1 },
      { month: "2026-02", topic: "linked-list", submissions: 1, accepted: 0 },
    ]);
    expect(analytics.sessionsPerWeek).toEqual([{ week: "2026-02-02", sessions: 2 }]);
  });

  it("writes CSV with quoted fields and defused formulas", () => {
    const csv = problemsCsv(analytics);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "slug,title,difficulty,topics,attempts,first_submitted_at,first_accepted_at,attempts_to_accept,minutes_to_accept",
    );
    expect(lines[2]).toContain('"LRU ""cache"", v2"');
    expect(toCsv([{ a: "=HYPERLINK(1)" }], ["a"])).toBe("a\r\n'=HYPERLINK(1)\r\n");
  });
});

describe("progress counts and heatmap", () => {
  it("counts solved problems by difficulty and topic, and the acceptance rate", () => {
    const counts = progressCounts(bank, problemStats(submissions));
    expect(counts).toMatchObject({ solved: 1, attempted: 1, submissions: 3, accepted: 1 });
    expect(counts.byDifficulty).toEqual({
      easy: { solved: 1, total: 1 },
      medium: { solved: 0, total: 1 },
      hard: { solved: 0, total: 0 },
    });
    expect(counts.acceptanceRate).toBeCloseTo(1 / 3);
  });

  it("lays out 53 weeks ending today, with levels relative to the busiest day", () => {
    const days = new Map([
      ["2026-01-05", 1],
      ["2026-01-06", 4],
    ]);
    const heatmap = heatmapOf(days, "2026-01-07");
    const weeks = heatmapWeeks(heatmap);
    expect(weeks).toHaveLength(53);
    expect(weeks[0]![0]!.date).toBe("2025-01-06");
    expect(weeks.at(-1)!.filter((d) => d === null)).toHaveLength(4);
    const cells = weeks.flat().filter((d) => d !== null);
    expect(cells).toHaveLength(52 * 7 + 3);
    expect(cells.at(-1)!.date).toBe("2026-01-07");
    expect(cells.find((d) => d.date === "2026-01-06")!.level).toBe(4);
    expect(cells.find((d) => d.date === "2026-01-05")!.level).toBe(1);
    expect(heatmap).toMatchObject({ activeDays: 2, total: 5 });
    expect(heatmapMonths(heatmap).at(-1)).toEqual({ month: "2026-01", activeDays: 2, count: 5 });
  });
});
