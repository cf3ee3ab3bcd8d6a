/// <reference lib="webworker" />
import { lockDownGlobals } from "~/modules/judge/browser/lockdown";
import type { FromWorker, ToWorker } from "~/modules/judge/browser/worker-protocol";
import { compilePython, type PyodideLike, runPythonTest } from "~/modules/judge/python-harness";
import type { JudgeSpec } from "~/modules/judge/types";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = scope.postMessage.bind(scope) as (message: FromWorker) => void;

/** Pyodide is served by the app itself at /pyodide/ (no CDN), and loaded on first use only. */
const PYODIDE_URL = "/pyodide/";
let pyodide: Promise<PyodideLike> | null = null;
let prepared: { code: string; spec: JudgeSpec } | null = null;

function loadPython(runId: number): Promise<PyodideLike> {
  pyodide ??= (async () => {
    post({ type: "loading", runId, message: "Downloading Python…" });
    const module = (await import(/* @vite-ignore */ `${PYODIDE_URL}pyodide.mjs`)) as {
      loadPyodide(options: { indexURL: string }): Promise<PyodideLike>;
    };
    post({ type: "loading", runId, message: "Starting Python…" });
    const instance = await module.loadPyodide({ indexURL: PYODIDE_URL });
    // Everything Python needs is loaded: from here on, user code gets no network.
    lockDownGlobals();
    return instance;
  })();
  return pyodide;
}

scope.addEventListener("message", async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "prepare") {
    try {
      const py = await loadPython(message.runId);
      const compiled = compilePython(py, message.code);
      prepared = compiled.ok ? { code: message.code, spec: message.spec } : null;
      post(
        compiled.ok
          ? { type: "prepared", runId: message.runId, ok: true }
          : { type: "prepared", runId: message.runId, ok: false, error: compiled.error },
      );
    } catch (error) {
      pyodide = null;
      post({ type: "failed", runId: message.runId, error: `Python could not start: ${String(error)}` });
    }
    return;
  }
  if (message.type === "test" && prepared) {
    const py = await loadPython(message.runId);
    try {
      post({
        type: "result",
        runId: message.runId,
        index: message.test.index,
        outcome: runPythonTest(py, prepared, prepared.spec, message.test),
      });
    } catch (error) {
      // The interpreter itself failed (e.g. its stack overflowed): report it and start afresh next time.
      pyodide = null;
      post({
        type: "result",
        runId: message.runId,
        index: message.test.index,
        outcome: {
          status: "runtime-error",
          error: `Python stopped: ${String(error).split("\n")[0]}`,
          stdout: "",
          timeMs: 0,
        },
      });
    }
  }
});
