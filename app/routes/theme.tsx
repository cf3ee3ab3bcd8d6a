import { data, redirect } from "react-router";

import { readForm } from "~/platform/http/read-form.server";
import { safeRedirect } from "~/platform/http/safe-redirect";
import { serializeTheme, ThemeSchema } from "~/platform/theme/theme.server";

import type { Route } from "./+types/theme";

export function loader() {
  return redirect("/");
}

export async function action({ request }: Route.ActionArgs) {
  const form = await readForm(request);
  const theme = ThemeSchema.safeParse(form.get("theme"));
  if (!theme.success) return data({ error: "Choose light, dark or system" }, { status: 400 });
  const cookie = await serializeTheme(theme.data);
  return redirect(safeRedirect(form.get("redirectTo"), "/"), { headers: { "Set-Cookie": cookie } });
}
