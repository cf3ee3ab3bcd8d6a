import { redirect } from "react-router";
import type { Route } from "./+types/logout";
import { endLoginSession } from "~/auth/login-session.server";

export function loader() {
  // Signing out changes state, so it is a POST only; a stray GET just goes home.
  return redirect("/");
}

export async function action({ request }: Route.ActionArgs) {
  return endLoginSession(request, "/");
}
