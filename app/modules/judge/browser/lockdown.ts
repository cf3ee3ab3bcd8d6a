/**
 * Removes what user code could use to reach the network, storage or the page from a
 * judge worker's global scope (and its prototypes). Workers have no DOM and no cookies
 * to begin with; this takes away fetch & co., IndexedDB, caches and messaging.
 */
const BLOCKED = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebTransport",
  "EventSource",
  "importScripts",
  "indexedDB",
  "caches",
  "cookieStore",
  "Worker",
  "SharedWorker",
  "BroadcastChannel",
  "postMessage",
  "RTCPeerConnection",
  "navigator",
  "close",
] as const;

export function lockDownGlobals(): void {
  for (const name of BLOCKED) {
    let target: object | null = globalThis;
    while (target) {
      const descriptor = Object.getOwnPropertyDescriptor(target, name);
      if (descriptor?.configurable) {
        try {
          delete (target as Record<string, unknown>)[name];
        } catch {
          // Not deletable here: shadowed below.
        }
      }
      target = Object.getPrototypeOf(target) as object | null;
    }
    try {
      Object.defineProperty(globalThis, name, { value: undefined, configurable: false, writable: false });
    } catch {
      // Already locked.
    }
  }
}
