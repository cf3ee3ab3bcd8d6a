import { compileJs, runJsTest } from "~/modules/judge/js-harness";
import type { JudgeSpec } from "~/modules/judge/types";

/**
 * The JavaScript harness inside a fresh `vm` context of the worker process: user code
 * compiled here sees this realm's globals only (no `process`, no `require`, and dynamic
 * `import()` throws for want of a callback). Only strings cross the realm boundary, so no
 * object of the outer realm, whose constructors would lead back out, is reachable.
 */

// Taken before user code runs, which may replace JSON's methods in this realm.
const { parse, stringify } = JSON;

type Compiled = Extract<ReturnType<typeof compileJs>, { ok: true }>;
let compiled: Compiled | null = null;
let spec: JudgeSpec | null = null;

function compile(requestJson: string): string {
  const request = parse(requestJson) as { language: "javascript" | "typescript"; code: string; spec: JudgeSpec };
  spec = request.spec;
  const result = compileJs(request.code, request.language, request.spec);
  compiled = result.ok ? result : null;
  return stringify(result.ok ? { ok: true } : { ok: false, error: result.error });
}

function run(testJson: string): string {
  if (!compiled || !spec) throw new Error("compile first");
  const test = parse(testJson) as { index: number; input: Record<string, unknown> };
  return stringify(runJsTest(compiled, spec, test));
}

(globalThis as unknown as { __ppJudge: unknown }).__ppJudge = { compile, run };
