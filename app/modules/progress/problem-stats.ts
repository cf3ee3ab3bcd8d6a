import type { Difficulty, Topic } from "~/modules/problems/problem-constants";

/** A problem as progress reads it (the bank's summary). */
export interface ProblemInfo {
  slug: string;
  title: string;
  difficulty: Difficulty;
  topics: readonly Topic[];
}

/** A judged submission (the server's verdict) as the rules read it. */
export interface JudgedSubmission {
  problemSlug: string;
  verdict: string;
  createdAt: Date;
}

export interface ProblemStat {
  attempts: number;
  accepted: number;
  firstAt: Date;
  firstAcceptedAt: Date | null;
  /** Submissions up to and including the first Accepted; null while unsolved. */
  attemptsToAccept: number | null;
}

export const isAccepted = (s: { verdict: string }) => s.verdict === "Accepted";

/** Per problem: attempts, first submission, first Accepted. Submissions oldest first. */
export function problemStats(submissions: readonly JudgedSubmission[]): Map<string, ProblemStat> {
  const stats = new Map<string, ProblemStat>();
  for (const s of submissions) {
    let stat = stats.get(s.problemSlug);
    if (!stat) {
      stat = { attempts: 0, accepted: 0, firstAt: s.createdAt, firstAcceptedAt: null, attemptsToAccept: null };
      stats.set(s.problemSlug, stat);
    }
    stat.attempts++;
    if (isAccepted(s)) {
      stat.accepted++;
      if (!stat.firstAcceptedAt) {
        stat.firstAcceptedAt = s.createdAt;
        stat.attemptsToAccept = stat.attempts;
      }
    }
  }
  return stats;
}
