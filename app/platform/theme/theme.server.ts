import { createCookie } from "react-router";
import { z } from "zod";

import { getEnv } from "~/platform/env.server";
import { type Theme, THEMES } from "~/platform/theme/theme";

export const ThemeSchema = z.enum(THEMES);

/** A plain preference cookie: read on the server so the first paint has the right theme. */
export const themeCookie = createCookie("pp_theme", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export async function getTheme(request: Request): Promise<Theme> {
  const value: unknown = await themeCookie.parse(request.headers.get("Cookie"));
  const parsed = ThemeSchema.safeParse(value);
  return parsed.success ? parsed.data : "system";
}

/** The Set-Cookie for a chosen theme ("system" clears it); Secure like the login cookie. */
export function serializeTheme(theme: Theme): Promise<string> {
  const secure = getEnv().COOKIE_SECURE;
  return theme === "system"
    ? themeCookie.serialize("", { maxAge: 0, secure })
    : themeCookie.serialize(theme, { secure });
}
