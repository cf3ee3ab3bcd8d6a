import { type z } from "zod";

import type { JudgeSpec } from "~/modules/judge/types";
import { checkProblemTests } from "~/modules/problems/problem-checks";
import { byDifficultyThenTitle, slugOfProblemFile } from "~/modules/problems/problem-order";
import {
  type Difficulty,
  type Language,
  type ProblemMeta,
  ProblemMetaSchema,
  SLUG_PATTERN,
  type TestCase,
  TestsFileSchema,
  type Topic,
} from "~/modules/problems/problem-schema";
import { readProblemSourcesFromDisk, readProblemTestsFromDisk } from "~/modules/problems/problem-sources-disk.server";

/**
 * The problem bank: content/problems/<slug>/ bundled at build time (tests read from disk,
 * see problem-sources-disk.server.ts), validated once when first used. A malformed problem
 * throws an error that names its file.
 */

export interface Problem {
  slug: string;
  title: string;
  difficulty: Difficulty;
  topics: Topic[];
  hints: string[];
  statement: string;
  /** Approach, complexity and pitfalls (Markdown), shown after solving or on request. */
  editorial: string | null;
  spec: JudgeSpec;
  meta: ProblemMeta;
  starters: Record<Language, string>;
  tests: TestCase[];
}

export type ProblemSummary = Pick<Problem, "slug" | "title" | "difficulty" | "topics">;

export interface ProblemSources {
  meta: Record<string, unknown>;
  statements: Record<string, string>;
  editorials?: Record<string, string>;
  tests: Record<string, unknown>;
  starters: Record<string, string>;
}

export class ProblemBankError extends Error {
  override name = "ProblemBankError";
}

function formatZod(file: string, error: z.ZodError): string {
  return `${file}: ${error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`;
}

export function buildProblemBank(sources: ProblemSources): Map<string, Problem> {
  const bank = new Map<string, Problem>();
  const errors: string[] = [];
  const fileFor = (slug: string, name: string) => `content/problems/${slug}/${name}`;
  const find = <T>(record: Record<string, T>, slug: string, name: string): T | undefined =>
    Object.entries(record).find(([path]) => path.endsWith(fileFor(slug, name)))?.[1];

  for (const metaPath of Object.keys(sources.meta).sort()) {
    const slug = slugOfProblemFile(metaPath);
    if (!SLUG_PATTERN.test(slug)) {
      errors.push(`${fileFor(slug, "")}: folder name must be a slug like two-sum`);
      continue;
    }
    const meta = ProblemMetaSchema.safeParse(sources.meta[metaPath]);
    if (!meta.success) {
      errors.push(formatZod(fileFor(slug, "problem.json"), meta.error));
      continue;
    }
    const testsFile = TestsFileSchema.safeParse(find(sources.tests, slug, "tests.json"));
    if (!testsFile.success) {
      errors.push(formatZod(fileFor(slug, "tests.json"), testsFile.error));
      continue;
    }
    const statement = find(sources.statements, slug, "statement.md");
    if (!statement || statement.trim().length < 40) {
      errors.push(`${fileFor(slug, "statement.md")}: missing or too short`);
      continue;
    }
    const starters = {
      javascript: find(sources.starters, slug, "starter.js"),
      typescript: find(sources.starters, slug, "starter.ts"),
      python: find(sources.starters, slug, "starter.py"),
    };
    const missing = Object.entries(starters)
      .filter(([, v]) => !v)
      .map(([k]) => k);
    if (missing.length) {
      errors.push(`${fileFor(slug, "")}: missing starter code for ${missing.join(", ")}`);
      continue;
    }
    const spec: JudgeSpec = {
      kind: meta.data.kind,
      signature: meta.data.signature,
      design: meta.data.design,
      comparator: meta.data.comparator,
      timeLimitMs: meta.data.timeLimitMs,
    };
    const testProblems = checkProblemTests(spec, testsFile.data.tests);
    if (testProblems.length) {
      errors.push(`${fileFor(slug, "tests.json")}: ${testProblems.slice(0, 5).join("; ")}`);
      continue;
    }
    bank.set(slug, {
      slug,
      title: meta.data.title,
      difficulty: meta.data.difficulty,
      topics: meta.data.topics,
      hints: meta.data.hints,
      statement,
      editorial: (sources.editorials && find(sources.editorials, slug, "editorial.md")?.trim()) || null,
      spec,
      meta: meta.data,
      starters: starters as Record<Language, string>,
      tests: testsFile.data.tests,
    });
  }
  if (errors.length) throw new ProblemBankError(`Invalid problems:\n${errors.join("\n")}`);
  return bank;
}

let bank: Map<string, Problem> | undefined;

/** The content Vite bundled; null in a process Vite did not build (there `import.meta.glob` is undefined). */
function bundledSources(): ProblemSources | null {
  let globs: Omit<ProblemSources, "tests">;
  try {
    globs = bundledGlobs();
  } catch {
    return null;
  }
  return { ...globs, tests: readProblemTestsFromDisk(Object.keys(globs.meta).map(slugOfProblemFile)) };
}

export function getProblemBank(): Map<string, Problem> {
  bank ??= buildProblemBank(bundledSources() ?? readProblemSourcesFromDisk());
  return bank;
}

const bundledGlobs = (): Omit<ProblemSources, "tests"> => ({
  meta: import.meta.glob("/content/problems/*/problem.json", { eager: true, import: "default" }),
  statements: import.meta.glob("/content/problems/*/statement.md", { eager: true, query: "?raw", import: "default" }),
  editorials: import.meta.glob("/content/problems/*/editorial.md", { eager: true, query: "?raw", import: "default" }),
  starters: import.meta.glob("/content/problems/*/starter.{js,ts,py}", {
    eager: true,
    query: "?raw",
    import: "default",
  }),
});

export function getProblem(slug: string): Problem | undefined {
  return getProblemBank().get(slug);
}

let summaries: readonly ProblemSummary[] | undefined;

/** Every problem, easiest first then by title. The bank never changes, so this is sorted once. */
export function listProblems(): readonly ProblemSummary[] {
  summaries ??= Object.freeze(
    [...getProblemBank().values()]
      .map(({ slug, title, difficulty, topics }) => Object.freeze({ slug, title, difficulty, topics }))
      .sort(byDifficultyThenTitle),
  );
  return summaries;
}

const normalTitle = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/\s*\((easy|medium|hard)\)$/, "")
    .replace(/\s+/g, " ");

let slugsByTitle: Map<string, string> | undefined;

/**
 * The slug a person means by what they typed in a picker: a slug, or a title in any case
 * ("two sum", "Two Sum (easy)" as the picker's option label shows it).
 */
export function findProblemSlug(typed: string): string | undefined {
  const text = typed.trim();
  if (getProblem(text)) return text;
  slugsByTitle ??= new Map([...getProblemBank().values()].map((p) => [normalTitle(p.title), p.slug]));
  return slugsByTitle.get(normalTitle(text)) ?? (getProblem(text.toLowerCase()) ? text.toLowerCase() : undefined);
}
