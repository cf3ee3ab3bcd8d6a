import { type Difficulty, TOPICS } from "~/modules/problems/problem-constants";
import type { ProblemInfo } from "~/modules/progress/problem-stats";
import type { Recommendation } from "~/modules/progress/recommendations";

/**
 * The room's "Change problem" suggestions (ADR 080): problems neither seated person has
 * solved (server verdicts only), the proposer's own recommendations first, then the
 * roadmap; each with its reason in a few words.
 */
export interface ProblemSuggestion {
  slug: string;
  title: string;
  difficulty: Difficulty;
  reason: string;
}

export interface SuggestionInput {
  /** The bank in roadmap order. */
  problems: readonly ProblemInfo[];
  /** The session's problem now: never suggested. */
  currentSlug: string;
  mySolved: ReadonlySet<string>;
  /** The partner's solved problems, or null when nobody else is seated. */
  partnerSolved: ReadonlySet<string> | null;
  /** The proposer's "next for you", computed with the partner's solved problems excluded. */
  recommendations?: readonly Recommendation[];
  limit?: number;
}

export const SUGGESTION_LIMIT = 6;

const topicsOf = (problem: ProblemInfo) =>
  problem.topics
    .slice(0, 2)
    .map((t) => TOPICS[t].toLowerCase())
    .join(", ");

export function suggestProblems(input: SuggestionInput): ProblemSuggestion[] {
  const { problems, currentSlug, mySolved, partnerSolved, recommendations = [], limit = SUGGESTION_LIMIT } = input;
  const open = (slug: string) => slug !== currentSlug && !mySolved.has(slug) && !partnerSolved?.has(slug);
  const unsolved = partnerSolved ? "neither of you has solved it" : "you have not solved it";
  const bySlug = new Map(problems.map((p) => [p.slug, p]));
  const picked: ProblemSuggestion[] = [];
  const taken = new Set<string>();
  const add = (problem: ProblemInfo, reason: string) => {
    if (picked.length >= limit || taken.has(problem.slug) || !open(problem.slug)) return;
    taken.add(problem.slug);
    picked.push({ slug: problem.slug, title: problem.title, difficulty: problem.difficulty, reason });
  };
  for (const rec of recommendations) {
    const problem = bySlug.get(rec.slug);
    if (problem) add(problem, partnerSolved ? `${rec.reason} · new to both of you` : rec.reason);
  }
  // Then the roadmap order (easiest first within each topic).
  for (const problem of problems) add(problem, `${unsolved} · ${problem.difficulty}, ${topicsOf(problem)}`);
  return picked;
}
