import { DIFFICULTIES, type Difficulty, type Topic, TOPICS } from "~/modules/problems/problem-constants";

import { plural } from "./plural";
import type { ProblemInfo, ProblemStat } from "./problem-stats";

/**
 * "Next for you": a few problems, each with the reason in a few words, from the user's own
 * history — a topic they named as a blocker in a reflection, a topic with low acceptance,
 * the next difficulty once the current one is mostly solved, and problems not tried yet.
 */
export type RecommendationKind = "blocker" | "low-acceptance" | "next-step" | "untried";

export interface Recommendation {
  slug: string;
  title: string;
  difficulty: Difficulty;
  kind: RecommendationKind;
  reason: string;
}

export interface RecommendationInput {
  /** The bank in roadmap order. */
  problems: readonly ProblemInfo[];
  stats: ReadonlyMap<string, ProblemStat>;
  /** Topics named as blockers in reflections, newest first. */
  blockerTopics?: readonly Topic[];
  /** Problems someone else (a partner) solved too: never proposed. */
  alsoSolved?: ReadonlySet<string>;
  limit?: number;
}

/** At least this many submissions in a topic before its acceptance is called low. */
export const LOW_ACCEPTANCE_MIN_SUBMISSIONS = 3;
export const LOW_ACCEPTANCE_BELOW = 0.5;
/** "Mostly solved": this share of a difficulty's problems in a topic, and at least two. */
export const MOSTLY_SOLVED = 0.6;

const label = (topic: Topic) => TOPICS[topic].toLowerCase();

export function recommend(input: RecommendationInput): Recommendation[] {
  const { problems, stats, blockerTopics = [], alsoSolved = new Set<string>(), limit = 3 } = input;
  const solved = (slug: string) => (stats.get(slug)?.accepted ?? 0) > 0;
  const open = problems.filter((p) => !solved(p.slug) && !alsoSolved.has(p.slug));
  const picked: Recommendation[] = [];
  const taken = new Set<string>();
  const add = (problem: ProblemInfo | undefined, kind: RecommendationKind, reason: string) => {
    if (!problem || taken.has(problem.slug) || picked.length >= limit) return;
    taken.add(problem.slug);
    picked.push({ slug: problem.slug, title: problem.title, difficulty: problem.difficulty, kind, reason });
  };
  const easiestOpenIn = (topic: Topic, difficulty?: Difficulty) =>
    open.find((p) => p.topics.includes(topic) && (!difficulty || p.difficulty === difficulty) && !taken.has(p.slug));

  for (const topic of new Set(blockerTopics))
    add(easiestOpenIn(topic), "blocker", `you named ${label(topic)} as a blocker`);

  const byTopic = new Map<Topic, { submissions: number; accepted: number }>();
  for (const p of problems) {
    const stat = stats.get(p.slug);
    if (!stat) continue;
    for (const topic of p.topics) {
      const t = byTopic.get(topic) ?? { submissions: 0, accepted: 0 };
      t.submissions += stat.attempts;
      t.accepted += stat.accepted;
      byTopic.set(topic, t);
    }
  }
  const lowest = [...byTopic.entries()]
    .filter(
      ([, t]) => t.submissions >= LOW_ACCEPTANCE_MIN_SUBMISSIONS && t.accepted / t.submissions < LOW_ACCEPTANCE_BELOW,
    )
    .sort(([, a], [, b]) => a.accepted / a.submissions - b.accepted / b.submissions);
  for (const [topic, t] of lowest) {
    add(
      easiestOpenIn(topic),
      "low-acceptance",
      `${t.accepted} of ${plural(t.submissions, "submission")} accepted in ${label(topic)}`,
    );
  }

  const steps: Array<{ topic: Topic; difficulty: Difficulty; next: Difficulty; solved: number; total: number }> = [];
  for (const topic of Object.keys(TOPICS) as Topic[]) {
    for (const [i, difficulty] of DIFFICULTIES.entries()) {
      const next = DIFFICULTIES[i + 1];
      if (!next) continue;
      const inGroup = problems.filter((p) => p.topics.includes(topic) && p.difficulty === difficulty);
      const done = inGroup.filter((p) => solved(p.slug)).length;
      if (inGroup.length >= 2 && done / inGroup.length >= MOSTLY_SOLVED)
        steps.push({ topic, difficulty, next, solved: done, total: inGroup.length });
    }
  }
  steps.sort((a, b) => b.solved - a.solved || DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty));
  for (const s of steps) {
    add(
      easiestOpenIn(s.topic, s.next),
      "next-step",
      `you solved ${s.solved} of ${s.total} ${s.difficulty} ${label(s.topic)} problems`,
    );
  }

  const tried = new Set<Topic>();
  for (const p of problems) if (stats.has(p.slug)) for (const t of p.topics) tried.add(t);
  for (const p of open) {
    if (stats.has(p.slug)) continue;
    const fresh = p.topics.find((t) => !tried.has(t));
    if (!fresh) continue;
    // One problem per topic not tried yet.
    tried.add(fresh);
    add(p, "untried", `you have not tried ${label(fresh)} yet`);
  }
  for (const p of open) if (!stats.has(p.slug)) add(p, "untried", "next on the roadmap, not tried yet");
  return picked;
}
