import { useSyncExternalStore } from "react";
import { isRouteErrorResponse } from "react-router";

/**
 * Whether the app can reach its server right now, from three witnesses: the browser
 * (`navigator.onLine`), our own requests (a background reload or draft save that failed
 * for lack of network) and the room's socket. Any one of them down shows the offline banner.
 */

type Listener = () => void;

const listeners = new Set<Listener>();
const socketsDown = new Set<string>();
let requestsFailing = false;
let browserOffline = false;
let offline = false;
let watchingBrowser = false;

function recompute() {
  const next = browserOffline || requestsFailing || socketsDown.size > 0;
  if (next === offline) return;
  offline = next;
  for (const listener of listeners) listener();
}

function watchBrowser() {
  if (watchingBrowser || typeof window === "undefined") return;
  watchingBrowser = true;
  browserOffline = navigator.onLine === false;
  window.addEventListener("offline", () => {
    browserOffline = true;
    recompute();
  });
  window.addEventListener("online", () => {
    browserOffline = false;
    recompute();
  });
}

/** A request to our server failed because the network (not the server) said no. */
export function reportNetworkFailure() {
  requestsFailing = true;
  recompute();
}

/** A request to our server got an answer. */
export function reportNetworkSuccess() {
  requestsFailing = false;
  recompute();
}

/** A live connection (the room's socket) is down (`true`) or back (`false`). */
export function reportSocketDown(id: string, down: boolean) {
  if (down) socketsDown.add(id);
  else socketsDown.delete(id);
  recompute();
}

/** Our own requests are failing: reloading the page's data may bring it back. */
export function hasFailingRequests(): boolean {
  return requestsFailing;
}

export function isOffline(): boolean {
  watchBrowser();
  recompute();
  return offline;
}

export function subscribeNetworkStatus(listener: Listener): () => void {
  watchBrowser();
  listeners.add(listener);
  recompute();
  return () => listeners.delete(listener);
}

/** True while the server cannot be reached; always false on the server and at hydration. */
export function useOffline(): boolean {
  return useSyncExternalStore(subscribeNetworkStatus, isOffline, () => false);
}

/** Gateway answers that mean "the server is not reachable right now", not "it said no". */
const UNREACHABLE_STATUSES = new Set([502, 503, 504]);

/**
 * A failure of the network rather than an answer from the server: `fetch` rejects with a
 * TypeError, or the browser knows it is offline, or a proxy says the server is unreachable.
 */
export function isNetworkError(error: unknown): boolean {
  if (typeof navigator !== "undefined" && navigator.onLine === false) return true;
  if (isRouteErrorResponse(error)) return UNREACHABLE_STATUSES.has(error.status);
  return error instanceof TypeError;
}

/** Delay before retry `attempt` (0-based): 1 s, 2 s, 4 s… up to `maxMs`, with jitter. */
export function backoffDelay(attempt: number, maxMs = 30_000, random = Math.random): number {
  const base = Math.min(maxMs, 1_000 * 2 ** Math.min(attempt, 10));
  return Math.round(base * (0.75 + random() * 0.5));
}
