import type { Difficulty } from "~/modules/problems/problem-constants";

/** The problem's slug from its content path (`content/problems/two-sum/problem.json` → `two-sum`). */
export const slugOfProblemFile = (file: string) => /content\/problems\/([^/]+)\//.exec(file)?.[1] ?? "";

const DIFFICULTY_ORDER: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };

/** How problems are listed everywhere: easiest first, then by title. */
export const byDifficultyThenTitle = (
  a: { difficulty: Difficulty; title: string },
  b: { difficulty: Difficulty; title: string },
) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.title.localeCompare(b.title);
