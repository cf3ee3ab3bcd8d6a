import { redirect } from "react-router";

import { ClerkSignOutIsland } from "~/adapters/clerk/clerk-islands";
import { endLoginSession, usesHostedPages } from "~/modules/accounts/login-session.server";

import type { Route } from "./+types/logout";

export const meta: Route.MetaFunction = () => [{ title: "Signing out · PeerPrep" }];

export function loader() {
  // With Clerk, signing out happens in the browser (Clerk's session); this page does it.
  if (usesHostedPages()) return { clerk: true as const };
  // Signing out changes state, so it is a POST only; a stray GET just goes home.
  return redirect("/");
}

export async function action({ request }: Route.ActionArgs) {
  if (usesHostedPages()) return redirect("/logout");
  return endLoginSession(request, "/");
}

export default function Logout() {
  return <ClerkSignOutIsland />;
}
