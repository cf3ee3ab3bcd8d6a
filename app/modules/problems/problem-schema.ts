import { z } from "zod";

import { DIFFICULTIES, LANGUAGES, type Topic, TOPICS } from "./problem-constants";

// The names pages need without zod live in problem-constants; re-exported for the server's modules.
export {
  DIFFICULTIES,
  type Difficulty,
  type Language,
  LANGUAGE_LABELS,
  LANGUAGES,
  type Topic,
  TOPICS,
} from "./problem-constants";

/** The problem bank's data format. content/problems/<slug>/problem.json follows ProblemMetaSchema. */

export const DifficultySchema = z.enum(DIFFICULTIES);

export const TopicSchema = z.enum(Object.keys(TOPICS) as [Topic, ...Topic[]]);

/** int, float, bool, string, ListNode, TreeNode, each optionally followed by [] (any depth). */
export const TYPE_PATTERN = /^(int|float|bool|string|ListNode|TreeNode)(\[\])*$/;
export const ValueTypeSchema = z
  .string()
  .regex(TYPE_PATTERN, "must be int, float, bool, string, ListNode or TreeNode, with optional []");
export const ReturnTypeSchema = z.union([ValueTypeSchema, z.literal("void")]);

const Identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an identifier");

export const ParamSchema = z.object({ name: Identifier, type: ValueTypeSchema });
export type Param = z.infer<typeof ParamSchema>;

export const ComparatorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("exact") }),
  /** The returned array may be in any order. */
  z.object({ kind: z.literal("unordered") }),
  /** The returned array of arrays may be in any order, and so may each inner array. */
  z.object({ kind: z.literal("unordered-nested") }),
  /** Numbers equal within an absolute tolerance (|actual − expected| ≤ tolerance). */
  z.object({ kind: z.literal("float"), tolerance: z.number().positive().max(0.1) }),
]);
export type Comparator = z.infer<typeof ComparatorSchema>;

export const FunctionSignatureSchema = z.object({
  functionName: Identifier,
  params: z.array(ParamSchema).min(1),
  returns: ValueTypeSchema,
});
export type FunctionSignature = z.infer<typeof FunctionSignatureSchema>;

export const DesignMethodSchema = z.object({
  name: Identifier,
  params: z.array(ParamSchema),
  returns: ReturnTypeSchema,
});

export const DesignSignatureSchema = z.object({
  className: Identifier,
  constructorParams: z.array(ParamSchema),
  methods: z.array(DesignMethodSchema).min(1),
});
export type DesignSignature = z.infer<typeof DesignSignatureSchema>;

export const ProblemMetaSchema = z
  .object({
    title: z.string().min(2).max(80),
    difficulty: DifficultySchema,
    topics: z.array(TopicSchema).min(1).max(4),
    hints: z.array(z.string().min(5)).max(5),
    kind: z.enum(["function", "design"]),
    signature: FunctionSignatureSchema.optional(),
    design: DesignSignatureSchema.optional(),
    comparator: ComparatorSchema,
    timeLimitMs: z.number().int().min(500).max(10_000).default(2000),
    /**
     * When Submit fails on a hidden test, show that test's input, expected answer and the
     * output (as LeetCode does). Off: only its number and verdict. Other hidden tests never leave the server.
     */
    revealFailedHiddenTest: z.boolean().default(true),
  })
  .strict()
  .superRefine((meta, ctx) => {
    if (meta.kind === "function" && !meta.signature)
      ctx.addIssue({ code: "custom", path: ["signature"], message: "function problems need a signature" });
    if (meta.kind === "design" && !meta.design)
      ctx.addIssue({ code: "custom", path: ["design"], message: "design problems need a design" });
  });
export type ProblemMeta = z.infer<typeof ProblemMetaSchema>;

export const TestCaseSchema = z
  .object({
    input: z.record(z.string(), z.unknown()),
    expected: z.unknown(),
    visible: z.boolean().default(false),
    note: z.string().optional(),
  })
  .strict();
export type TestCase = z.infer<typeof TestCaseSchema>;

export const TestsFileSchema = z.object({ tests: z.array(TestCaseSchema).min(12) }).strict();

export const LanguageSchema = z.enum(LANGUAGES);

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
