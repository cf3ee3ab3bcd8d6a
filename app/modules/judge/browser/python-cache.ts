/**
 * Pyodide in the browser's Cache Storage, through the small same-origin service worker in
 * public/pyodide-sw.js. The version names the cache: bumping the pyodide package must
 * bump it (a test checks they agree).
 */
import { PYTHON_PRELUDE_ID } from "~/modules/judge/python-harness";

export const PYODIDE_VERSION = "314.0.7";
export const PYODIDE_CACHE = `pyodide-${PYODIDE_VERSION}`;

/**
 * The Python worker's memory snapshot (Pyodide booted, the judge's prelude run), named
 * after the Pyodide version and the prelude, so either changing takes a fresh one. Not a
 * `pyodide-` name: the service worker deletes other `pyodide-` caches when it activates.
 */
export const PYTHON_SNAPSHOT_CACHE = `python-snapshot-${PYODIDE_VERSION}-${PYTHON_PRELUDE_ID}`;
export const PYTHON_SNAPSHOT_KEY = "/python-snapshot";

/**
 * The snapshot made at build time in headless Chromium (see browser-snapshot.server.ts), so a
 * first visit need not boot CPython either. Named after what makes it, like the cache; the
 * server sends it gzipped and long-cached. Absent (no Chromium at build, or in development):
 * a 404, and Python boots cold.
 */
export const BROWSER_SNAPSHOT_FILE = `python-${PYODIDE_VERSION}-${PYTHON_PRELUDE_ID}.snapshot`;
export const BROWSER_SNAPSHOT_PATH = `python-snapshot/${BROWSER_SNAPSHOT_FILE}`;

export function isOldPythonSnapshotCache(name: string): boolean {
  return name.startsWith("python-snapshot-") && name !== PYTHON_SNAPSHOT_CACHE;
}

/** Registers the cache worker (once per page load); resolves whether Pyodide is already cached. */
export async function preparePythonCache(): Promise<{ cached: boolean }> {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return { cached: false };
  try {
    await navigator.serviceWorker.register(`/pyodide-sw.js?v=${PYODIDE_VERSION}`, { scope: "/" });
    await navigator.serviceWorker.ready;
    const cache = await caches.open(PYODIDE_CACHE);
    return { cached: (await cache.keys()).length > 0 };
  } catch {
    // No service worker (private mode, an old browser): Python still loads, from the network.
    return { cached: false };
  }
}
