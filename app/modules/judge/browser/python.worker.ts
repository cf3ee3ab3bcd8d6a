/// <reference lib="webworker" />
import { lockDownGlobals } from "~/modules/judge/browser/lockdown";
import {
  BROWSER_SNAPSHOT_PATH,
  isOldPythonSnapshotCache,
  PYTHON_SNAPSHOT_CACHE,
  PYTHON_SNAPSHOT_KEY,
} from "~/modules/judge/browser/python-cache";
import type { FromWorker, ToWorker } from "~/modules/judge/browser/worker-protocol";
import {
  compilePython,
  preparePythonForSnapshot,
  type PyodideLike,
  PYTHON_PRELUDE_ID,
  pythonInterpreterBroken,
  runPythonTest,
} from "~/modules/judge/python-harness";
import type { JudgeSpec, RawOutcome } from "~/modules/judge/types";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = scope.postMessage.bind(scope) as (message: FromWorker) => void;

/** Pyodide is served by the app itself at /pyodide/ (no CDN), and loaded on first use only. */
const PYODIDE_URL = "/pyodide/";
let pyodide: Promise<PyodideLike> | null = null;
let prepared: { code: string; spec: JudgeSpec } | null = null;

type LoadPyodide = (options: {
  indexURL: string;
  _makeSnapshot?: boolean;
  _loadSnapshot?: Uint8Array;
}) => Promise<PyodideLike & { makeMemorySnapshot(): Uint8Array }>;

/** The snapshot an earlier visit stored in Cache Storage, if any. */
async function storedSnapshot(): Promise<Uint8Array | null> {
  try {
    const hit = await (await caches.open(PYTHON_SNAPSHOT_CACHE)).match(PYTHON_SNAPSHOT_KEY);
    return hit ? new Uint8Array(await hit.arrayBuffer()) : null;
  } catch {
    return null; // No Cache Storage (private mode).
  }
}

/** The snapshot the build made in headless Chromium, if it did (a 404 otherwise). */
async function builtSnapshot(): Promise<Uint8Array | null> {
  try {
    const response = await fetch(`/${BROWSER_SNAPSHOT_PATH}`);
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/**
 * Restores Python from a snapshot and checks it holds this prelude and answers; null
 * (and Python boots cold) if not: another browser's image, a damaged download.
 */
async function restore(module: { loadPyodide: LoadPyodide }, snapshot: Uint8Array): Promise<PyodideLike | null> {
  try {
    const py = await module.loadPyodide({ indexURL: PYODIDE_URL, _loadSnapshot: snapshot });
    const works = py.runPython(`globals().get('_PP_PRELUDE_ID') == "${PYTHON_PRELUDE_ID}" and 6 * 7 == 42`) === true;
    return works ? py : null;
  } catch {
    return null;
  }
}

/**
 * Storing the snapshot copies ~30 MB and blocks this worker for a while: it waits until no
 * message has come for a moment, so the first Run is answered first.
 */
let pendingStore: (() => void) | null = null;
let storeTimer: ReturnType<typeof setTimeout> | undefined;
function storeWhenIdle() {
  clearTimeout(storeTimer);
  if (!pendingStore) return;
  storeTimer = setTimeout(() => {
    const store = pendingStore;
    pendingStore = null;
    store?.();
  }, 1500);
}

/** Stores the snapshot for the next visit and drops those of older Pyodide or prelude versions. */
async function storeSnapshot(bytes: Uint8Array, cacheStorage: CacheStorage) {
  try {
    const cache = await cacheStorage.open(PYTHON_SNAPSHOT_CACHE);
    await cache.put(
      PYTHON_SNAPSHOT_KEY,
      new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
        headers: { "Content-Type": "application/octet-stream" },
      }),
    );
    for (const name of await cacheStorage.keys()) {
      if (isOldPythonSnapshotCache(name)) await cacheStorage.delete(name);
    }
  } catch {
    // Quota or private mode: the next visit starts cold, as this one did.
  }
}

/**
 * Python's start-up is mostly CPython booting and importing (seconds of CPU); the download
 * is cached by the service worker. So Python starts from a memory snapshot taken right after
 * the judge's prelude ran (before any user code): the one an earlier visit kept in Cache
 * Storage, else the one the build made (then kept for next time). With neither, or if both
 * fail to restore, Python boots cold and this worker takes and keeps its own snapshot.
 */
function loadPython(runId: number): Promise<PyodideLike> {
  pyodide ??= (async () => {
    const cacheStorage = caches; // kept before the lockdown removes it from the scope
    post({ type: "loading", runId, message: "Loading Python…" });
    const importing = import(/* @vite-ignore */ `${PYODIDE_URL}pyodide.mjs`) as Promise<{ loadPyodide: LoadPyodide }>;
    const stored = await storedSnapshot();
    const snapshot = stored ?? (await builtSnapshot());
    const module = await importing;
    let instance: PyodideLike | null = null;
    if (snapshot) {
      post({ type: "loading", runId, message: "Starting Python…" });
      instance = await restore(module, snapshot);
      if (!instance && stored) await cacheStorage.delete(PYTHON_SNAPSHOT_CACHE).catch(() => false);
      if (instance && !stored) pendingStore = () => void storeSnapshot(snapshot, cacheStorage);
    }
    if (!instance) {
      post({ type: "loading", runId, message: "Starting Python (first time only)…" });
      const cold = await module.loadPyodide({ indexURL: PYODIDE_URL, _makeSnapshot: true });
      preparePythonForSnapshot(cold);
      const bytes = cold.makeMemorySnapshot(); // before any user code runs
      pendingStore = () => void storeSnapshot(bytes, cacheStorage);
      instance = cold;
    }
    // Everything Python needs is loaded: from here on, user code gets no network.
    lockDownGlobals();
    return instance;
  })();
  return pyodide;
}

scope.addEventListener("message", async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  storeWhenIdle();
  if (message.type === "warm") {
    try {
      const py = await loadPython(message.runId);
      compilePython(py, "pass"); // loads the judge's prelude too
      post({ type: "warmed", runId: message.runId });
    } catch (error) {
      pyodide = null;
      post({ type: "failed", runId: message.runId, error: `Python could not start: ${String(error)}` });
    }
    storeWhenIdle();
    return;
  }
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
    storeWhenIdle();
    return;
  }
  if (message.type === "test" && prepared) {
    const py = await loadPython(message.runId);
    let outcome: RawOutcome;
    try {
      outcome = runPythonTest(py, prepared, prepared.spec, message.test);
    } catch (error) {
      outcome = {
        status: "runtime-error",
        error: `Python stopped: ${String(error).split("\n")[0]}`,
        stdout: "",
        timeMs: 0,
      };
    }
    // A dead interpreter cannot be reloaded here (the network is locked away): the page
    // replaces this worker with a fresh one.
    const fatal =
      pythonInterpreterBroken(py) || (outcome.status === "runtime-error" && outcome.error.startsWith("Python stopped"));
    post({ type: "result", runId: message.runId, index: message.test.index, outcome, ...(fatal ? { fatal } : {}) });
  }
  storeWhenIdle();
});
