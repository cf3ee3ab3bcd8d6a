import { useFetcher, useLocation } from "react-router";

import { nextTheme, type Theme } from "~/platform/theme/theme";

const LABELS: Record<Theme, string> = { system: "System theme", light: "Light theme", dark: "Dark theme" };
const ICONS: Record<Theme, string> = { system: "◐", light: "☀", dark: "☾" };

/** Cycles system → light → dark. A plain form post without JavaScript. */
export function ThemeToggle({ theme }: { theme: Theme }) {
  const fetcher = useFetcher();
  const location = useLocation();
  const pending = fetcher.formData?.get("theme");
  const current = typeof pending === "string" ? (pending as Theme) : theme;
  const next = nextTheme(current);
  return (
    <fetcher.Form method="post" action="/theme">
      <input type="hidden" name="theme" value={next} />
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <button
        type="submit"
        className="btn btn-ghost btn-sm btn-square text-lg"
        aria-label={`${LABELS[current]} (switch to ${LABELS[next].toLowerCase()})`}
        title={`${LABELS[current]}: switch to ${LABELS[next].toLowerCase()}`}
        data-testid="theme-toggle"
      >
        <span aria-hidden="true">{ICONS[current]}</span>
      </button>
    </fetcher.Form>
  );
}
