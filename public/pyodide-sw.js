// Keeps Pyodide (the Python judge's interpreter, served by the app at /pyodide/) in Cache
// Storage, so a return visit starts Python without downloading it again. Handles nothing
// else. The cache is named after the Pyodide version in the registration URL (?v=…);
// other versions' caches are deleted when this one activates.
const version = new URL(self.location.href).searchParams.get("v") || "0";
const CACHE = `pyodide-${version}`;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("pyodide-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith("/pyodide/")) {
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(url.pathname);
      if (hit) return hit;
      const response = await fetch(event.request);
      // Stored alongside, not before answering: the page streams (and compiles) the
      // download as it arrives instead of waiting for the whole file to be written.
      if (response.ok && response.type === "basic") event.waitUntil(cache.put(url.pathname, response.clone()));
      return response;
    })(),
  );
});
