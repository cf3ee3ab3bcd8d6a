import { DIFFICULTIES, type Difficulty, type Topic, TOPICS } from "~/modules/problems/problem-constants";
import { memoByObject } from "~/platform/memo-by-object";

import { addDays, type DayKey, weekOf } from "./day-keys";
import { type ProblemInfo, type ProblemStat } from "./problem-stats";

/** Counts for the progress page and the public profile. */
export interface SolvedCount {
  solved: number;
  total: number;
}

export interface ProgressCounts {
  solved: number;
  attempted: number;
  byDifficulty: Record<Difficulty, SolvedCount>;
  /** Labels come from TOPICS where shown: the page's data carries only the key. */
  byTopic: Array<{ topic: Topic } & SolvedCount>;
  submissions: number;
  accepted: number;
  /** Accepted ÷ all submissions, 0–1; null before the first submission. */
  acceptanceRate: number | null;
}

export function progressCounts(
  problems: readonly ProblemInfo[],
  stats: ReadonlyMap<string, ProblemStat>,
): ProgressCounts {
  const byDifficulty = Object.fromEntries(DIFFICULTIES.map((d) => [d, { solved: 0, total: 0 }])) as Record<
    Difficulty,
    SolvedCount
  >;
  const topics = new Map<Topic, SolvedCount>((Object.keys(TOPICS) as Topic[]).map((t) => [t, { solved: 0, total: 0 }]));
  let solved = 0;
  for (const p of problems) {
    const isSolved = (stats.get(p.slug)?.accepted ?? 0) > 0;
    byDifficulty[p.difficulty].total++;
    if (isSolved) {
      byDifficulty[p.difficulty].solved++;
      solved++;
    }
    for (const t of p.topics) {
      const count = topics.get(t)!;
      count.total++;
      if (isSolved) count.solved++;
    }
  }
  let submissions = 0;
  let accepted = 0;
  for (const stat of stats.values()) {
    submissions += stat.attempts;
    accepted += stat.accepted;
  }
  return {
    solved,
    attempted: [...stats.values()].filter((s) => s.accepted === 0).length,
    byDifficulty,
    byTopic: [...topics.entries()].filter(([, c]) => c.total > 0).map(([topic, c]) => ({ topic, ...c })),
    submissions,
    accepted,
    acceptanceRate: submissions ? accepted / submissions : null,
  };
}

export interface HeatmapDay {
  date: DayKey;
  count: number;
  /** 0 (none) … 4 (busiest), relative to the busiest day shown. */
  level: 0 | 1 | 2 | 3 | 4;
}

/**
 * The year as sent to the page: the first day (a Monday) and each day's count up to today,
 * comma-separated, oldest first. One string instead of ~370 day objects keeps the loader
 * data small to encode; `heatmapWeeks` lays it out (the same on the server and in the browser).
 */
export interface Heatmap {
  start: DayKey;
  counts: string;
  activeDays: number;
  total: number;
}

const WEEKS = 53;

/** The year up to `today` (53 weeks ending with today's week), from per-day counts. */
export function heatmapOf(days: ReadonlyMap<DayKey, number>, today: DayKey): Heatmap {
  const start = addDays(weekOf(today), -(WEEKS - 1) * 7);
  const counts: number[] = [];
  let activeDays = 0;
  let total = 0;
  for (let date = start; date <= today; date = addDays(date, 1)) {
    const count = days.get(date) ?? 0;
    counts.push(count);
    if (count) activeDays++;
    total += count;
  }
  return { start, counts: counts.join(","), activeDays, total };
}

/** Per month, oldest first (the heatmap's text alternative), laid out from the counts like the cells. */
export function heatmapMonths(heatmap: Heatmap): Array<{ month: string; activeDays: number; count: number }> {
  const months = new Map<string, { activeDays: number; count: number }>();
  for (const week of heatmapWeeks(heatmap)) {
    for (const day of week) {
      if (!day) continue;
      const month = months.get(day.date.slice(0, 7)) ?? { activeDays: 0, count: 0 };
      if (day.count) month.activeDays++;
      month.count += day.count;
      months.set(day.date.slice(0, 7), month);
    }
  }
  return [...months.entries()].map(([month, m]) => ({ month, ...m }));
}

/**
 * Columns of seven days, Monday first; days after today are absent (null). Laid out once per
 * heatmap (the cells, the month table and the hover all read it); callers do not change it.
 */
export const heatmapWeeks = memoByObject(function layOutWeeks(heatmap: Heatmap): Array<Array<HeatmapDay | null>> {
  // A malformed start would make every date invalid: show an empty year instead.
  const counts =
    heatmap.counts && /^\d{4}-\d{2}-\d{2}$/.test(heatmap.start)
      ? heatmap.counts.split(",").map((c) => Math.max(0, Math.trunc(Number(c)) || 0))
      : [];
  const max = counts.reduce((a, b) => Math.max(a, b), 0);
  const weeks: Array<Array<HeatmapDay | null>> = [];
  for (let w = 0; w < WEEKS; w++) {
    const column: Array<HeatmapDay | null> = [];
    for (let i = 0; i < 7; i++) {
      const index = w * 7 + i;
      if (index >= counts.length) {
        column.push(null);
        continue;
      }
      const count = counts[index]!;
      const level = count === 0 ? 0 : (Math.min(4, Math.ceil((count / max) * 4)) as HeatmapDay["level"]);
      column.push({ date: addDays(heatmap.start, index), count, level });
    }
    weeks.push(column);
  }
  return weeks;
});
