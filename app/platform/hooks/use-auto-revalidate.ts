import { useEffect } from "react";
import { useRevalidator } from "react-router";

/** Refreshes the page's data every `intervalMs` while the tab is visible. */
export function useAutoRevalidate(intervalMs: number, enabled = true) {
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && revalidator.state === "idle") void revalidator.revalidate();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [enabled, intervalMs, revalidator]);
}
