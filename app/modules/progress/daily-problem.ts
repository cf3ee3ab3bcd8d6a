import type { Difficulty } from "~/modules/problems/problem-constants";

import { utcDayNumber } from "./day-keys";

/**
 * The daily problem: the same for everyone on a UTC day. Difficulty rotates through the
 * week (easy early in the week, hard once, medium between) and, within a difficulty, a
 * fixed walk through the bank (sorted by slug) visits every problem before repeating.
 */
export const DIFFICULTY_ROTATION: readonly Difficulty[] = [
  "easy",
  "medium",
  "easy",
  "medium",
  "hard",
  "medium",
  "easy",
];

export interface DailyCandidate {
  slug: string;
  title: string;
  difficulty: Difficulty;
}

export function dailyProblem<P extends DailyCandidate>(problems: readonly P[], instant: Date): P | null {
  if (!problems.length) return null;
  const day = utcDayNumber(instant);
  // Day 0 (1970-01-01) was a Thursday; shift so the rotation starts on Mondays.
  const weekday = (day + 3) % 7;
  const wanted = DIFFICULTY_ROTATION[weekday]!;
  const pool = problems.filter((p) => p.difficulty === wanted);
  const from = (pool.length ? pool : [...problems]).sort((a, b) => a.slug.localeCompare(b.slug));
  // How many days of this difficulty came before today: each one moves the walk one step.
  const perWeek = DIFFICULTY_ROTATION.filter((d) => d === wanted).length;
  const earlierThisWeek = DIFFICULTY_ROTATION.slice(0, weekday).filter((d) => d === wanted).length;
  const step = Math.floor((day + 3) / 7) * perWeek + earlierThisWeek;
  return from[step % from.length] ?? null;
}
