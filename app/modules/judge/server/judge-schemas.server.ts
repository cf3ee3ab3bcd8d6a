import { z } from "zod";

import { VERDICTS } from "~/modules/judge/types";
import { MAX_CODE_LENGTH } from "~/modules/problems/practice.server";
import { ComparatorSchema, LanguageSchema } from "~/modules/problems/problem-schema";

/**
 * What crosses the queue between the app and remote judge workers, checked on both sides.
 * Loose objects: fields the harness adds to a spec or a result later pass through.
 */

const JudgeSpecSchema = z.looseObject({
  kind: z.enum(["function", "design"]),
  signature: z.looseObject({ functionName: z.string() }).optional(),
  design: z.looseObject({ className: z.string() }).optional(),
  comparator: ComparatorSchema,
  timeLimitMs: z.number().int().min(1).max(60_000),
});

const JudgeTestSchema = z.looseObject({
  index: z.number().int().min(0),
  input: z.record(z.string(), z.unknown()),
  expected: z.unknown().optional(),
  label: z.string().optional(),
});

export const JudgeRequestSchema = z.object({
  language: LanguageSchema,
  code: z.string().max(MAX_CODE_LENGTH),
  spec: JudgeSpecSchema,
  tests: z.array(JudgeTestSchema).min(1).max(1_000),
});

const TestResultSchema = z.looseObject({
  index: z.number().int().min(0),
  verdict: z.union([z.enum(VERDICTS), z.literal("Ran")]),
  input: z.record(z.string(), z.unknown()),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
  stdout: z.string(),
  error: z.string().optional(),
  timeMs: z.number().min(0),
});

export const RunSummarySchema = z.looseObject({
  verdict: z.enum(VERDICTS),
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  timeMs: z.number().min(0),
  results: z.array(TestResultSchema),
  language: LanguageSchema,
});
