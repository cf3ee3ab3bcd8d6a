import { createCookie } from "react-router";
import { type Theme, ThemeSchema } from "./theme";

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
