import { useEffect } from "react";
import { useRevalidator } from "react-router";

import { isOffline } from "~/platform/http/network-status";

/**
 * Refreshes the page's data every `intervalMs` while the tab is visible and the server is
 * reachable (while offline, the offline banner retries with backoff instead).
 */
export function useAutoRevalidate(intervalMs: number, enabled = true) {
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && revalidator.state === "idle" && !isOffline())
        void revalidator.revalidate();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [enabled, intervalMs, revalidator]);
}
