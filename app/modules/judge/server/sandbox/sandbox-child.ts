import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";

import {
  compilePython,
  preparePythonForSnapshot,
  type PyodideLike,
  runPythonTest,
} from "~/modules/judge/python-harness";
import type { JudgeSpec, RawOutcome } from "~/modules/judge/types";

import type { FromSandbox, ToSandbox } from "../sandbox-protocol";
import { SNAPSHOT_MAKE, SNAPSHOT_NONE } from "../sandbox-snapshot-args";

/**
 * A judge worker process: started locked down by the parent (permission model, empty
 * environment, network namespace, rlimits), it judges one submission and is thrown
 * away. It reads requests on stdin and answers on fd 3, one JSON line each. It never
 * sees an expected answer: the parent compares.
 */

const [language, bundleDir, pyodideDir, network, snapshot = SNAPSHOT_NONE] = process.argv.slice(2) as [
  "js" | "python",
  string,
  string,
  "namespace" | "globals-only",
  string | undefined,
];

// Kept before the globals go: user code must not reach the channel or the process.
const stdin = process.stdin;
const exit = process.exit.bind(process);
const send = (message: FromSandbox) => fs.writeSync(3, `${JSON.stringify(message)}\n`);
const now = performance.now.bind(performance);

/** What user code could use to reach the network or the host from the worker's own realm. */
const REMOVED_GLOBALS = [
  "fetch",
  "WebSocket",
  "EventSource",
  "XMLHttpRequest",
  "Request",
  "Response",
  "Headers",
  "FormData",
  "navigator",
  "BroadcastChannel",
  "MessageChannel",
  "MessagePort",
  "Worker",
  "process",
  "Buffer",
  "require",
  "module",
  "global",
] as const;

function removeGlobals() {
  for (const name of REMOVED_GLOBALS) {
    try {
      Object.defineProperty(globalThis, name, { value: undefined, configurable: false, writable: false });
    } catch {
      // Not configurable: left as it is (Node keeps none of these non-configurable).
    }
  }
}

interface Judge {
  compile(language: ToSandbox & { type: "compile" }): { ok: true } | { ok: false; error: string };
  run(index: number, input: Record<string, unknown>): RawOutcome;
}

/** JavaScript and TypeScript: the harness in a fresh context, called with strings only. */
function jsJudge(): Judge {
  const source = fs.readFileSync(path.join(bundleDir, "js-realm.js"), "utf8");
  const context = vm.createContext(Object.create(null) as object, { codeGeneration: { strings: true, wasm: false } });
  vm.runInContext(source, context, { filename: "js-realm.js" });
  const realm = vm.runInContext("globalThis.__ppJudge", context) as {
    compile(json: string): string;
    run(json: string): string;
  };
  // Warm the TypeScript transpiler while the worker waits, not while a submission does.
  realm.compile(
    JSON.stringify({
      language: "typescript",
      code: "function warmUp(n: number): number { return n; }",
      spec: { kind: "function", signature: { functionName: "warmUp", params: [], returns: "int" } },
    }),
  );
  return {
    compile: ({ language: lang, code, spec }) =>
      JSON.parse(realm.compile(JSON.stringify({ language: lang, code, spec }))) as
        { ok: true } | { ok: false; error: string },
    run(index, input) {
      const start = now();
      const outcome = JSON.parse(realm.run(JSON.stringify({ index, input }))) as RawOutcome;
      // Timed out here, in the outer realm, where user code cannot reach the clock.
      if ("timeMs" in outcome) outcome.timeMs = now() - start;
      return outcome;
    },
  };
}

type SnapshotPyodide = PyodideLike & { makeMemorySnapshot(): Uint8Array };

/**
 * Pyodide from the installed package, with an empty `js` module. Started from a memory
 * snapshot when the parent hands one (Python's own start-up and the prelude already done:
 * about a fifth of the CPU of a cold start); with SNAPSHOT_MAKE, started cold for taking one.
 */
async function loadPython(): Promise<SnapshotPyodide> {
  // Emscripten's NODEFS reads fs flags through process.binding, which the permission model
  // denies; hand it the same constants from the public API.
  const host = process as unknown as { binding(name: string): unknown };
  const denied = host.binding.bind(process);
  host.binding = (name: string) => (name === "constants" ? { fs: fs.constants } : denied(name));
  const { loadPyodide } = (await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href)) as {
    loadPyodide(options: Record<string, unknown>): Promise<SnapshotPyodide>;
  };
  const fromSnapshot = snapshot !== SNAPSHOT_NONE && snapshot !== SNAPSHOT_MAKE;
  return loadPyodide({
    indexURL: `${pyodideDir}${path.sep}`,
    jsglobals: Object.create(null) as object,
    stdout: () => {},
    stderr: () => {},
    env: { HOME: "/home/pyodide" },
    ...(snapshot === SNAPSHOT_MAKE ? { _makeSnapshot: true } : {}),
    ...(fromSnapshot ? { _loadSnapshot: fs.readFileSync(snapshot) } : {}),
  });
}

/** Takes the snapshot every Python worker starts from, and writes it to fd 3 (no user code ever ran here). */
async function makeSnapshot() {
  const pyodide = await loadPython();
  preparePythonForSnapshot(pyodide);
  const bytes = pyodide.makeMemorySnapshot();
  for (let offset = 0; offset < bytes.length;) offset += fs.writeSync(3, bytes, offset);
  exit(0);
}

async function pythonJudge(): Promise<Judge> {
  const pyodide = await loadPython();
  // Loads the harness prelude now (unless the snapshot holds it), so a submission finds a warm interpreter.
  compilePython(pyodide, "pass");
  let compiled: { code: string } | null = null;
  let spec: JudgeSpec | null = null;
  return {
    compile({ code, spec: next }) {
      spec = next as JudgeSpec;
      const result = compilePython(pyodide, code);
      compiled = result.ok ? result : null;
      return result.ok ? { ok: true } : { ok: false, error: result.error };
    },
    run(index, input) {
      if (!compiled || !spec) throw new Error("compile first");
      const start = now();
      try {
        const outcome = runPythonTest(pyodide, compiled, spec, { index, input });
        if ("timeMs" in outcome) outcome.timeMs = Math.max(outcome.timeMs, now() - start);
        return outcome;
      } catch (error) {
        // The interpreter itself failed; this worker is thrown away after this submission anyway.
        const message = String(error).split("\n")[0] ?? "";
        return { status: "runtime-error", error: `Python stopped: ${message}`, stdout: "", timeMs: now() - start };
      }
    },
  };
}

async function main() {
  if (snapshot === SNAPSHOT_MAKE) return makeSnapshot();
  const judge = language === "python" ? await pythonJudge() : jsJudge();
  removeGlobals();
  let buffer = "";
  stdin.setEncoding("utf8");
  stdin.on("data", (chunk: string) => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      handle(judge, JSON.parse(line) as ToSandbox);
    }
  });
  stdin.on("end", () => exit(0));
  send({ type: "ready", network });
}

function handle(judge: Judge, message: ToSandbox) {
  if (message.type === "compile") {
    const result = judge.compile(message);
    send(result.ok ? { type: "compiled", ok: true } : { type: "compiled", ok: false, error: result.error });
    return;
  }
  const outcome = judge.run(message.index, message.input);
  if (outcome?.status === "returned" || outcome?.status === "runtime-error") {
    send({ type: "outcome", index: message.index, outcome });
  } else {
    // Only user code changing built-ins the harness relies on (Object.prototype.toJSON…) gets here.
    send({
      type: "fatal",
      error: "The solution changed built-in objects the judge relies on (JSON, Object.prototype)",
    });
  }
}

main().catch((error: unknown) => {
  send({ type: "fatal", error: error instanceof Error ? error.message : String(error) });
  exit(1);
});
