/**
 * Pyodide in the browser's Cache Storage, through the small same-origin service worker in
 * public/pyodide-sw.js. The version names the cache: bumping the pyodide package must
 * bump it (a test checks they agree).
 */
export const PYODIDE_VERSION = "314.0.7";
export const PYODIDE_CACHE = `pyodide-${PYODIDE_VERSION}`;

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
