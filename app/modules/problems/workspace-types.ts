import type { JudgeSpec } from "~/modules/judge/types";
import type { Difficulty, Language, Topic } from "~/modules/problems/problem-constants";

/** A problem as the workspace (problem page and session room) receives it. */
export interface WorkspaceProblem {
  slug: string;
  title: string;
  difficulty: Difficulty;
  topics: Topic[];
  hints: string[];
  spec: JudgeSpec;
  starters: Record<Language, string>;
  examples: Array<{ input: Record<string, unknown>; expected: unknown }>;
  totalTests: number;
  statementHtml: string;
  /** Null while the problem has no editorial. */
  editorialHtml: string | null;
}

export interface SubmissionView {
  id: string;
  language: Language;
  code: string;
  verdict: string;
  passed: number;
  total: number;
  timeMs: number;
  createdAt: string;
}
