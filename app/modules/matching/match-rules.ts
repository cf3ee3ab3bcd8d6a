import type { Difficulty, Language, Topic } from "~/modules/problems/problem-constants";

/**
 * The quick-match rules, pure and shared by server and browser (the page shows what the
 * server has widened from the same clock). No storage, no transport.
 */

export interface MatchCriteria {
  difficulty: Difficulty;
  /** Empty: any topic. */
  topics: readonly Topic[];
  language: Language;
  /** Set when the user asked to practise one given problem (`/match?problem=<slug>`). */
  problemSlug: string | null;
}

export interface QueueEntry extends MatchCriteria {
  userId: string;
  username: string;
  /** Solved history, weighted by difficulty (`levelOf`). */
  level: number;
  /** When the user joined (ms); widening counts from here and survives a return to the front. */
  joinedAt: number;
  /** Back at the front after a partner failed to accept: considered before everyone else. */
  front: boolean;
}

/** What has been relaxed, in order: topics at 15 s, language at 30 s, one difficulty level at 45 s. */
export const WIDENING_STEPS = [
  { afterMs: 15_000, widens: "topics", says: "Now matching any topic" },
  { afterMs: 30_000, widens: "language", says: "Now matching any language" },
  { afterMs: 45_000, widens: "difficulty", says: "Now matching one difficulty level either side" },
] as const;
export type Widened = (typeof WIDENING_STEPS)[number]["widens"];

/** After this long the page offers: keep waiting, open a public session, or practise solo. */
export const OFFER_ALTERNATIVES_AFTER_MS = 120_000;
/** Both must accept a proposal within this. */
export const ACCEPT_WINDOW_MS = 15_000;
/** A dropped connection keeps its place this long. */
export const RECONNECT_GRACE_MS = 10_000;

/** How many widening steps apply after waiting `waitedMs` (0…3). */
export function wideningStage(waitedMs: number): number {
  return WIDENING_STEPS.filter((step) => waitedMs >= step.afterMs).length;
}

export function widenedAfter(waitedMs: number): Widened[] {
  return WIDENING_STEPS.slice(0, wideningStage(waitedMs)).map((step) => step.widens);
}

const DIFFICULTY_RANK: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };
const LEVEL_WEIGHT: Record<Difficulty, number> = { easy: 1, medium: 2, hard: 3 };

/** A user's level: solved problems weighted by difficulty (an easy counts 1, a hard 3). */
export function levelOf(solvedDifficulties: Iterable<Difficulty>): number {
  let level = 0;
  for (const difficulty of solvedDifficulties) level += LEVEL_WEIGHT[difficulty];
  return level;
}

const overlaps = (a: readonly Topic[], b: readonly Topic[]) =>
  a.length === 0 || b.length === 0 || a.some((topic) => b.includes(topic));

/**
 * Whether two waiting people may be proposed to each other now. A constraint is relaxed
 * only once BOTH have waited past its step: nobody who just chose Python is handed a
 * JavaScript partner because the other person has waited long.
 */
export function compatible(a: QueueEntry, b: QueueEntry, now: number): boolean {
  if (a.userId === b.userId) return false;
  // A given problem is a firm choice: two different ones never meet.
  if (a.problemSlug && b.problemSlug && a.problemSlug !== b.problemSlug) return false;
  const stage = Math.min(wideningStage(now - a.joinedAt), wideningStage(now - b.joinedAt));
  const difficultyGap = Math.abs(DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty]);
  if (difficultyGap > (stage >= 3 ? 1 : 0)) return false;
  // The same problem needs no topic or level of agreement.
  const sameProblem = a.problemSlug !== null && a.problemSlug === b.problemSlug;
  if (stage < 1 && !sameProblem && !overlaps(a.topics, b.topics)) return false;
  if (stage < 2 && a.language !== b.language) return false;
  return true;
}

/**
 * How good a pair is, compared element by element (lower first): equal difficulty, then
 * overlapping topics, then the same language, then similar level; ties go to whoever is
 * at the front, then whoever has waited longest.
 */
export function pairScore(a: QueueEntry, b: QueueEntry): readonly number[] {
  return [
    Math.abs(DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty]),
    a.topics.length && b.topics.length && !a.topics.some((t) => b.topics.includes(t)) ? 1 : 0,
    a.language === b.language ? 0 : 1,
    Math.abs(a.level - b.level),
    b.front ? 0 : 1,
    b.joinedAt,
  ];
}

function lessThan(x: readonly number[], y: readonly number[]): boolean {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return false;
}

/** The best partner for `entry` among `candidates` now, or null. */
export function bestPartner(entry: QueueEntry, candidates: Iterable<QueueEntry>, now: number): QueueEntry | null {
  let best: QueueEntry | null = null;
  let bestScore: readonly number[] | null = null;
  for (const candidate of candidates) {
    if (!compatible(entry, candidate, now)) continue;
    const score = pairScore(entry, candidate);
    if (!bestScore || lessThan(score, bestScore)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Queue order: people at the front first, then by how long they have waited. */
export function queueOrder(a: QueueEntry, b: QueueEntry): number {
  return Number(b.front) - Number(a.front) || a.joinedAt - b.joinedAt || (a.userId < b.userId ? -1 : 1);
}

/**
 * Pairs everyone who can be paired now, in queue order, each person at most once: the
 * first in line gets their best partner, then the next one still unpaired, and so on.
 */
export function pairUp(entries: readonly QueueEntry[], now: number): Array<[QueueEntry, QueueEntry]> {
  const waiting = [...entries].sort(queueOrder);
  const taken = new Set<string>();
  const pairs: Array<[QueueEntry, QueueEntry]> = [];
  for (const entry of waiting) {
    if (taken.has(entry.userId)) continue;
    const partner = bestPartner(
      entry,
      waiting.filter((c) => !taken.has(c.userId) && c.userId !== entry.userId),
      now,
    );
    if (!partner) continue;
    taken.add(entry.userId).add(partner.userId);
    pairs.push([entry, partner]);
  }
  return pairs;
}

/** The difficulty the pair's session is on: the one they share, else the one who waited longer chose. */
export function agreedDifficulty(a: QueueEntry, b: QueueEntry): Difficulty {
  return a.joinedAt <= b.joinedAt ? a.difficulty : b.difficulty;
}

/** The problem slug a pair asked for together, if any. */
export function agreedProblem(a: QueueEntry, b: QueueEntry): string | null {
  return a.problemSlug ?? b.problemSlug;
}

export interface ProblemCandidate {
  slug: string;
  difficulty: Difficulty;
  topics: readonly Topic[];
}

/**
 * The pair's problem: one neither has solved, at the agreed difficulty, on a topic they
 * share if there is one (else either's topics, else any). `pick` chooses among equals
 * (random on the server, fixed in tests). Null only when the bank is empty.
 */
export function chooseProblem(
  a: QueueEntry,
  b: QueueEntry,
  problems: readonly ProblemCandidate[],
  solved: ReadonlySet<string>,
  pick: (count: number) => number,
): string | null {
  const asked = agreedProblem(a, b);
  if (asked && problems.some((p) => p.slug === asked)) return asked;
  const difficulty = agreedDifficulty(a, b);
  const shared = a.topics.filter((t) => b.topics.includes(t));
  const either = [...a.topics, ...b.topics];
  const tiers: Array<(p: ProblemCandidate) => boolean> = [
    (p) => p.difficulty === difficulty && shared.some((t) => p.topics.includes(t)),
    (p) => p.difficulty === difficulty && either.some((t) => p.topics.includes(t)),
    (p) => p.difficulty === difficulty,
    () => true,
  ];
  for (const unsolvedOnly of [true, false]) {
    for (const fits of tiers) {
      const pool = problems.filter((p) => fits(p) && (!unsolvedOnly || !solved.has(p.slug)));
      if (pool.length) return pool[pick(pool.length)]!.slug;
    }
  }
  return null;
}
