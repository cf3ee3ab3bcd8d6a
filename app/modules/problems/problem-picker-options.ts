import type { Difficulty } from "~/modules/problems/problem-constants";
import { byDifficultyThenTitle, slugOfProblemFile } from "~/modules/problems/problem-order";
import { escapeHtml } from "~/platform/escape-html";

export interface ProblemPickerOption {
  slug: string;
  title: string;
  difficulty: Difficulty;
}

/**
 * Slug, title and difficulty of every problem, for the session picker. Bundled (two
 * fields of each problem.json, not statements or tests) so the lobby does not send the
 * same 53 entries in every page and every 5-second refresh. The problem bank validates
 * these files at build time; problem-picker-options.test.ts keeps this list equal to it.
 */
const titles = import.meta.glob<string>("/content/problems/*/problem.json", { eager: true, import: "title" });
const difficulties = import.meta.glob<Difficulty>("/content/problems/*/problem.json", {
  eager: true,
  import: "difficulty",
});

export const PROBLEM_PICKER_OPTIONS: readonly ProblemPickerOption[] = Object.keys(titles)
  .map((file) => ({ slug: slugOfProblemFile(file), title: titles[file]!, difficulty: difficulties[file]! }))
  .sort(byDifficultyThenTitle);

/**
 * The picker's `<option>`s as markup, built once per process. The list never changes,
 * so the lobby inserts it instead of rendering 50-odd elements on every request; every
 * text is escaped (titles come from the validated bank, but markup is markup).
 */
export const PROBLEM_OPTIONS_HTML =
  '<option value="random">Random problem</option>' +
  PROBLEM_PICKER_OPTIONS.map(
    (p) => `<option value="${escapeHtml(p.slug)}">${escapeHtml(`${p.title} (${p.difficulty})`)}</option>`,
  ).join("");
