import { Deque } from "@datastructures-js/deque";
import { MaxPriorityQueue, MinPriorityQueue, PriorityQueue } from "@datastructures-js/priority-queue";
import { Queue } from "@datastructures-js/queue";
import { transform } from "sucrase";

import { resetRealm } from "~/modules/judge/js-realm";
import { type JudgeSpec, type JudgeTest, OUTPUT_LIMIT, OUTPUT_TRUNCATED, type RawOutcome } from "~/modules/judge/types";
import { elementType } from "~/modules/judge/values";

/**
 * Runs JavaScript and TypeScript solutions. The same module runs in the browser's judge
 * worker and in Node for the bank's validation, so both judge alike.
 */

export class ListNode {
  constructor(
    public val = 0,
    public next: ListNode | null = null,
  ) {}
}

export class TreeNode {
  constructor(
    public val = 0,
    public left: TreeNode | null = null,
    public right: TreeNode | null = null,
  ) {}
}

const MAX_NODES = 200_000;

function arrayToList(values: number[]): ListNode | null {
  const head = new ListNode();
  let tail = head;
  for (const v of values) tail = tail.next = new ListNode(v);
  return head.next;
}

function arrayToTree(values: Array<number | null>): TreeNode | null {
  if (values.length === 0 || values[0] === null || values[0] === undefined) return null;
  const root = new TreeNode(values[0]);
  const queue: TreeNode[] = [root];
  let i = 1;
  for (let head = 0; head < queue.length && i < values.length; head++) {
    const node = queue[head]!;
    const left = values[i++];
    if (left !== null && left !== undefined) queue.push((node.left = new TreeNode(left)));
    if (i >= values.length) break;
    const right = values[i++];
    if (right !== null && right !== undefined) queue.push((node.right = new TreeNode(right)));
  }
  return root;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function listToArray(node: unknown): unknown {
  if (node === null || node === undefined) return [];
  if (!isObject(node) || !("val" in node)) return toJsonSafe(node);
  const out: unknown[] = [];
  let current: unknown = node;
  while (isObject(current) && out.length <= MAX_NODES) {
    out.push(toJsonSafe(current.val));
    current = current.next;
  }
  if (out.length > MAX_NODES) out.push("… (list too long or has a cycle)");
  return out;
}

function treeToArray(root: unknown): unknown {
  if (root === null || root === undefined) return [];
  if (!isObject(root) || !("val" in root)) return toJsonSafe(root);
  const out: unknown[] = [];
  const queue: unknown[] = [root];
  for (let head = 0; head < queue.length && out.length <= MAX_NODES; head++) {
    const node = queue[head];
    if (isObject(node)) {
      out.push(toJsonSafe(node.val));
      queue.push(node.left ?? null, node.right ?? null);
    } else out.push(null);
  }
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
}

const MAX_ITEMS = 1_000_000;

/**
 * Sets, typed arrays, generators, Map iterators…: anything iterable reads as a list, as
 * LeetCode reads it. Capped so an endless generator still gives an answer to judge.
 */
function iterableToArray(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isObject(value) || value instanceof Map) return null;
  const iterator = (value as { [Symbol.iterator]?: unknown })[Symbol.iterator];
  if (typeof iterator !== "function") return null;
  const out: unknown[] = [];
  for (const item of value as unknown as Iterable<unknown>) {
    if (out.length >= MAX_ITEMS) {
      out.push("… (too many items)");
      break;
    }
    out.push(item);
  }
  return out;
}

/** Any value as plain JSON: what the user returned, made safe to send and show. */
export function toJsonSafe(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "function") return `[function ${value.name || "anonymous"}]`;
  if (typeof value === "symbol") return value.toString();
  if (!isObject(value)) return value;
  if (depth > 50) return "[too deep]";
  if (seen.has(value)) return "[circular]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => toJsonSafe(v, depth + 1, seen));
  if (value instanceof Map) return toJsonSafe(Object.fromEntries(value), depth + 1, seen);
  const items = iterableToArray(value);
  if (items) return items.map((v) => toJsonSafe(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toJsonSafe(v, depth + 1, seen);
  return out;
}

export function decodeValue(type: string, value: unknown): unknown {
  const inner = elementType(type);
  if (inner) return (value as unknown[]).map((v) => decodeValue(inner, v));
  if (type === "ListNode") return arrayToList(value as number[]);
  if (type === "TreeNode") return arrayToTree(value as Array<number | null>);
  return value;
}

export function encodeValue(type: string, value: unknown): unknown {
  const inner = elementType(type);
  if (inner) {
    const items = iterableToArray(value);
    return items ? items.map((v) => encodeValue(inner, v)) : toJsonSafe(value);
  }
  if (type === "ListNode") return listToArray(value);
  if (type === "TreeNode") return treeToArray(value);
  return toJsonSafe(value);
}

/** console for user code: collects output, capped. */
function captureConsole() {
  let text = "";
  let truncated = false;
  const format = (args: unknown[]) =>
    args.map((a) => (typeof a === "string" ? a : (JSON.stringify(toJsonSafe(a)) ?? String(a)))).join(" ");
  const write = (...args: unknown[]) => {
    if (truncated) return;
    text += `${format(args)}\n`;
    if (text.length > OUTPUT_LIMIT) {
      text = text.slice(0, OUTPUT_LIMIT) + OUTPUT_TRUNCATED;
      truncated = true;
    }
  };
  const console = { log: write, info: write, warn: write, error: write, debug: write, table: write, dir: write };
  return { console, output: () => text };
}

export type CompiledJs = { ok: true; source: string } | { ok: false; error: string };

function entryName(spec: JudgeSpec): string {
  const name = spec.kind === "design" ? spec.design?.className : spec.signature?.functionName;
  if (!name) throw new Error("problem has no entry point");
  return name;
}

/**
 * What user code sees as globals, as on LeetCode: the list and tree classes, a console,
 * and the @datastructures-js queues LeetCode preloads for JavaScript.
 */
const PROVIDED = {
  ListNode,
  TreeNode,
  MinPriorityQueue,
  MaxPriorityQueue,
  PriorityQueue,
  Queue,
  Deque,
} as const;
const PROVIDED_NAMES = [...Object.keys(PROVIDED), "console"];
/** What a user's code finds in scope (the editor declares the same names for completion). */
export const PROVIDED_GLOBALS: readonly string[] = Object.keys(PROVIDED);

/** Lines the wrapper puts before the user's first line (error positions are shifted back). */
const WRAPPER_LINES = 1;

/**
 * TypeScript → JavaScript and a syntax check; what fails here is a Compile Error.
 * The code runs in sloppy mode, as LeetCode runs it, inside a function of its own: so a
 * user's own `class ListNode` or `function TreeNode` shadows the provided one instead of
 * clashing with it. It hands back the named function (or class) and any `class Solution`.
 */
export function compileJs(code: string, language: "javascript" | "typescript", spec: JudgeSpec): CompiledJs {
  let js = code;
  if (language === "typescript") {
    try {
      js = transform(code, { transforms: ["typescript"], disableESTransforms: true }).code;
    } catch (error) {
      return { ok: false, error: withSourceLine(error instanceof Error ? error.message : String(error)) };
    }
  }
  const name = entryName(spec);
  const source =
    `return (function () {\n${js}\n;return [typeof ${name} === "undefined" ? undefined : ${name}, ` +
    `typeof Solution === "undefined" ? undefined : Solution];\n})();`;
  try {
    // Parse only: the body runs per test.
    new Function(...PROVIDED_NAMES, source);
  } catch (error) {
    return { ok: false, error: describeError(error) + syntaxLineOf(code, language) };
  }
  return { ok: true, source };
}

/** Sucrase's parser reports "(line:column)"; the editor marks errors that say "(line N)". */
const SUCRASE_POSITION = / \((\d+):\d+\)$/;
const withSourceLine = (message: string) => message.replace(SUCRASE_POSITION, " (line $1)");

/**
 * V8 gives a SyntaxError from `new Function` no position, so the user's code is parsed again
 * (only on failure) to find the line.
 */
function syntaxLineOf(code: string, language: "javascript" | "typescript"): string {
  try {
    transform(code, { transforms: language === "typescript" ? ["typescript"] : [], disableESTransforms: true });
  } catch (error) {
    const at = error instanceof Error ? SUCRASE_POSITION.exec(error.message) : null;
    if (at) return ` (line ${at[1]})`;
  }
  return "";
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `Thrown: ${JSON.stringify(toJsonSafe(error))}`;
  const line = /<anonymous>:(\d+):(\d+)/.exec(error.stack ?? "");
  const where = line ? ` (line ${Number(line[1]) - 2 - WRAPPER_LINES})` : "";
  const why =
    error instanceof RangeError && /call stack/i.test(error.message)
      ? " — recursion went deeper than this judge's stack allows; an iterative version (or a smaller depth) avoids it"
      : "";
  return `${error.name}: ${error.message}${where}${why}`;
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** Runs one test against compiled code. Endless loops are stopped by the caller's watchdog. */
export function runJsTest(compiled: { source: string }, spec: JudgeSpec, test: JudgeTest): RawOutcome {
  resetRealm(Object.values(PROVIDED));
  const { console, output } = captureConsole();
  // Fresh copy per test: a solution that mutates its input cannot affect the next test.
  const input = JSON.parse(JSON.stringify(test.input)) as Record<string, unknown>;
  const start = now();
  try {
    const factory = new Function(...PROVIDED_NAMES, compiled.source) as (...args: unknown[]) => [unknown, unknown];
    const [entry, solution] = factory(...Object.values(PROVIDED), console);
    const actual = spec.kind === "design" ? runDesign(entry, spec, input) : runFunction(entry, solution, spec, input);
    return { status: "returned", actual, stdout: output(), timeMs: now() - start };
  } catch (error) {
    return { status: "runtime-error", error: describeError(error), stdout: output(), timeMs: now() - start };
  } finally {
    resetRealm();
  }
}

/** The plain function if there is one (`function twoSum`, `var twoSum = …`), else LeetCode's `class Solution`. */
function resolveFunction(entry: unknown, solution: unknown, name: string): (...a: unknown[]) => unknown {
  if (typeof entry === "function") return entry as (...a: unknown[]) => unknown;
  if (typeof solution === "function") {
    const instance = new (solution as new () => Record<string, unknown>)();
    const method = instance[name];
    if (typeof method === "function") return (method as (...a: unknown[]) => unknown).bind(instance);
    throw new TypeError(`Solution has no method ${name}: keep the method name from the starter code`);
  }
  throw new ReferenceError(`${name} is not defined: keep the function name from the starter code`);
}

function runFunction(entry: unknown, solution: unknown, spec: JudgeSpec, input: Record<string, unknown>): unknown {
  const signature = spec.signature!;
  const fn = resolveFunction(entry, solution, signature.functionName);
  const args = signature.params.map((p) => decodeValue(p.type, input[p.name]));
  return encodeValue(signature.returns, fn(...args));
}

function runDesign(entry: unknown, spec: JudgeSpec, input: Record<string, unknown>): unknown[] {
  const design = spec.design!;
  if (typeof entry !== "function") {
    throw new ReferenceError(`${design.className} is not defined: keep the class name from the starter code`);
  }
  const operations = input.operations as string[];
  const argLists = input.arguments as unknown[][];
  const Ctor = entry as new (...a: unknown[]) => Record<string, unknown>;
  const results: unknown[] = [];
  let instance: Record<string, unknown> | null = null;
  operations.forEach((op, i) => {
    const args = argLists[i] ?? [];
    if (i === 0) {
      instance = new Ctor(...design.constructorParams.map((p, j) => decodeValue(p.type, args[j])));
      results.push(null);
      return;
    }
    const method = design.methods.find((m) => m.name === op);
    const fn = instance?.[op];
    if (!method || typeof fn !== "function") throw new TypeError(`${design.className}.${op} is not a function`);
    const value = (fn as (...a: unknown[]) => unknown).apply(
      instance,
      method.params.map((p, j) => decodeValue(p.type, args[j])),
    );
    results.push(method.returns === "void" ? null : encodeValue(method.returns, value));
  });
  return results;
}
