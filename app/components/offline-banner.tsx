import { useEffect, useRef } from "react";
import { useRevalidator } from "react-router";

import { backoffDelay, hasFailingRequests, useOffline } from "~/platform/http/network-status";

/** Longest wait between two attempts to reload the page's data while offline. */
const MAX_RETRY_MS = 15_000;

/**
 * "Offline — reconnecting" while the server cannot be reached. Meanwhile it retries the
 * page's data with backoff (and at once when the browser says it is back online), so the
 * page catches up by itself; it goes away as soon as requests and the socket work again.
 */
export function OfflineBanner() {
  const offline = useOffline();
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;

  useEffect(() => {
    if (!offline) return;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout>;
    const retry = () => {
      if (hasFailingRequests()) void revalidate.current();
    };
    const schedule = () => {
      timer = setTimeout(
        () => {
          retry();
          attempt += 1;
          schedule();
        },
        backoffDelay(attempt, MAX_RETRY_MS),
      );
    };
    schedule();
    window.addEventListener("online", retry);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("online", retry);
    };
  }, [offline]);

  if (!offline) return null;
  return (
    <div className="pointer-events-none fixed inset-x-0 top-2 z-50 flex justify-center px-4">
      <div
        role="status"
        className="alert alert-warning pointer-events-auto py-2 shadow-lg"
        data-testid="offline-banner"
      >
        <span className="loading loading-spinner loading-xs" aria-hidden="true" />
        <span>Offline — reconnecting… Your work is kept on this device until the server has it.</span>
      </div>
    </div>
  );
}
