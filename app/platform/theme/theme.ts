/**
 * The theme names, zod-free: the root and the toggle run on every page, and zod would be the
 * largest module they load. The server validates the cookie and the form with `ThemeSchema`
 * (theme.server.ts), built from the same list.
 */
export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

/** The order the toggle cycles through. */
export function nextTheme(current: Theme): Theme {
  return current === "system" ? "light" : current === "light" ? "dark" : "system";
}
