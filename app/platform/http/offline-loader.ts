import { useEffect } from "react";
import { useLocation } from "react-router";

import { isNetworkError, reportNetworkFailure, reportNetworkSuccess } from "./network-status";

/**
 * The last data each route's loader returned, and for which URL. When a reload of the page's
 * data fails because the network is gone, the page keeps what it shows instead of being
 * replaced by the error page; the offline banner says why nothing changes.
 */
const lastGood = new Map<string, { url: string; data: unknown }>();

const keyOf = (url: string) => {
  const u = new URL(url, "http://x");
  return `${u.pathname}${u.search}`;
};

/** Seeds the cache with data rendered on the server (the first load runs no client loader). */
export function rememberLoaderData(routeId: string, url: string, data: unknown) {
  if (data !== undefined) lastGood.set(routeId, { url: keyOf(url), data });
}

export function forgetLoaderData() {
  lastGood.clear();
}

/**
 * Runs the route's server loader; on a network failure returns the data it last had for the
 * same URL (`anyUrl`: data that does not depend on the URL, like the root's signed-in user).
 * Anything else (404, 500, a redirect) is thrown as before.
 */
export async function loadOrKeep<T>(
  routeId: string,
  request: Request,
  serverLoader: () => Promise<T>,
  { anyUrl = false }: { anyUrl?: boolean } = {},
): Promise<T> {
  try {
    const data = await serverLoader();
    reportNetworkSuccess();
    rememberLoaderData(routeId, request.url, data);
    return data;
  } catch (error) {
    if (!isNetworkError(error)) throw error;
    reportNetworkFailure();
    const kept = lastGood.get(routeId);
    if (kept && (anyUrl || kept.url === keyOf(request.url))) return kept.data as T;
    throw error;
  }
}

/** Seeds the cache from the component: the first render's data came from the server. */
export function useRememberLoaderData(routeKey: string, data: unknown) {
  const location = useLocation();
  const url = `${location.pathname}${location.search}`;
  useEffect(() => rememberLoaderData(routeKey, url, data), [routeKey, url, data]);
}
