import { z } from "zod";

/**
 * What the judge's parent and a sandboxed worker process say to each other, one JSON
 * object per line. The parent validates every line it reads: the worker runs user code,
 * so nothing it sends is trusted beyond its shape. Expected answers never cross.
 */

export const SANDBOX_LANGUAGES = ["js", "python"] as const;
export type SandboxLanguage = (typeof SANDBOX_LANGUAGES)[number];

/** Parent → worker. */
export type ToSandbox =
  | { type: "compile"; language: "javascript" | "typescript" | "python"; code: string; spec: unknown }
  | { type: "run"; index: number; input: Record<string, unknown> };

/** Worker → parent. */
export const FromSandboxSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready"), network: z.enum(["namespace", "globals-only"]).optional() }),
  z.object({ type: z.literal("compiled"), ok: z.boolean(), error: z.string().max(10_000).optional() }),
  z.object({
    type: z.literal("outcome"),
    index: z.number().int().min(0),
    outcome: z.discriminatedUnion("status", [
      z.object({
        status: z.literal("returned"),
        actual: z.unknown(),
        stdout: z.string(),
        timeMs: z.number().min(0),
      }),
      z.object({
        status: z.literal("runtime-error"),
        error: z.string(),
        stdout: z.string(),
        timeMs: z.number().min(0),
      }),
    ]),
  }),
  z.object({ type: z.literal("fatal"), error: z.string().max(10_000) }),
]);
export type FromSandbox = z.infer<typeof FromSandboxSchema>;

/** One line from a worker may not exceed this (a returned value plus its captured output). */
export const MAX_SANDBOX_LINE_BYTES = 4 * 1024 * 1024;
