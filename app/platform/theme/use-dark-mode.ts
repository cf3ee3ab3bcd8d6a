import { useEffect, useState } from "react";
import { useRouteLoaderData } from "react-router";

import type { Theme } from "~/platform/theme/theme";

/** Whether the page is showing its dark theme (the user's choice, or the system's). */
export function useDarkMode(): boolean {
  const theme = (useRouteLoaderData("root") as { theme?: Theme } | undefined)?.theme ?? "system";
  const [systemDark, setSystemDark] = useState(false);
  useEffect(() => {
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    setSystemDark(query.matches);
    const listener = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    query.addEventListener("change", listener);
    return () => query.removeEventListener("change", listener);
  }, []);
  return theme === "dark" || (theme === "system" && systemDark);
}
