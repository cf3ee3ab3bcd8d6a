import type { Topic } from "~/modules/problems/problem-constants";

import { type DayKey, dayKeyIn, weekOf } from "./day-keys";
import { isAccepted, type JudgedSubmission, type ProblemInfo, type ProblemStat } from "./problem-stats";
import { zoneAt, type ZoneSpan } from "./streaks";

/**
 * Learning analytics for one user: time from the first submission on a problem (its first
 * open we can see on the server) to the first Accepted, attempts per problem, acceptance per
 * topic per month, and sessions per week. Months and weeks are in the user's time zone.
 */
export interface ProblemAnalytics {
  slug: string;
  title: string;
  difficulty: string;
  topics: readonly Topic[];
  attempts: number;
  firstSubmittedAt: string;
  firstAcceptedAt: string | null;
  attemptsToAccept: number | null;
  minutesToAccept: number | null;
}

export interface Analytics {
  problems: ProblemAnalytics[];
  topicAcceptanceByMonth: Array<{ month: string; topic: Topic; submissions: number; accepted: number }>;
  sessionsPerWeek: Array<{ week: DayKey; sessions: number }>;
}

export interface AnalyticsInput {
  problems: readonly ProblemInfo[];
  stats: ReadonlyMap<string, ProblemStat>;
  submissions: readonly JudgedSubmission[];
  sessionEnds: readonly Date[];
  zones: readonly ZoneSpan[];
  fallbackZone: string;
}

export function analyticsOf(input: AnalyticsInput): Analytics {
  const info = new Map(input.problems.map((p) => [p.slug, p]));
  const local = (d: Date) => dayKeyIn(d, zoneAt(input.zones, d, input.fallbackZone));
  const problems: ProblemAnalytics[] = [];
  for (const [slug, stat] of input.stats) {
    const p = info.get(slug);
    problems.push({
      slug,
      title: p?.title ?? slug,
      difficulty: p?.difficulty ?? "unknown",
      topics: p?.topics ?? [],
      attempts: stat.attempts,
      firstSubmittedAt: stat.firstAt.toISOString(),
      firstAcceptedAt: stat.firstAcceptedAt?.toISOString() ?? null,
      attemptsToAccept: stat.attemptsToAccept,
      minutesToAccept: stat.firstAcceptedAt
        ? Math.round((stat.firstAcceptedAt.getTime() - stat.firstAt.getTime()) / 60_000)
        : null,
    });
  }
  const byMonth = new Map<string, { month: string; topic: Topic; submissions: number; accepted: number }>();
  for (const s of input.submissions) {
    const month = local(s.createdAt).slice(0, 7);
    for (const topic of info.get(s.problemSlug)?.topics ?? []) {
      const key = `${month} ${topic}`;
      const row = byMonth.get(key) ?? { month, topic, submissions: 0, accepted: 0 };
      row.submissions++;
      if (isAccepted(s)) row.accepted++;
      byMonth.set(key, row);
    }
  }
  const weeks = new Map<DayKey, number>();
  for (const end of input.sessionEnds) {
    const week = weekOf(local(end));
    weeks.set(week, (weeks.get(week) ?? 0) + 1);
  }
  return {
    problems: problems.sort((a, b) => a.firstSubmittedAt.localeCompare(b.firstSubmittedAt)),
    topicAcceptanceByMonth: [...byMonth.values()].sort(
      (a, b) => a.month.localeCompare(b.month) || a.topic.localeCompare(b.topic),
    ),
    sessionsPerWeek: [...weeks.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([week, sessions]) => ({ week, sessions })),
  };
}

/** One CSV field (RFC 4180); a leading = + - @ is defused so a spreadsheet never runs it. */
function csvField(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<Record<string, string | number | null>>, columns: readonly string[]): string {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c] ?? null)).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

export const PROBLEM_CSV_COLUMNS = [
  "slug",
  "title",
  "difficulty",
  "topics",
  "attempts",
  "first_submitted_at",
  "first_accepted_at",
  "attempts_to_accept",
  "minutes_to_accept",
] as const;

export function problemsCsv(analytics: Analytics): string {
  return toCsv(
    analytics.problems.map((p) => ({
      slug: p.slug,
      title: p.title,
      difficulty: p.difficulty,
      topics: p.topics.join(" "),
      attempts: p.attempts,
      first_submitted_at: p.firstSubmittedAt,
      first_accepted_at: p.firstAcceptedAt,
      attempts_to_accept: p.attemptsToAccept,
      minutes_to_accept: p.minutesToAccept,
    })),
    PROBLEM_CSV_COLUMNS,
  );
}
