import { data } from "react-router";
import { z } from "zod";

import { requireUser } from "~/modules/accounts/login-session.server";
import { problemsCsv } from "~/modules/progress/analytics";
import { loadAnalytics } from "~/modules/progress/progress.server";

import type { Route } from "./+types/progress.export.$format";

/** The signed-in user's own learning analytics as a download: CSV (per problem) or JSON (everything). */
const FormatSchema = z.enum(["csv", "json"]);

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const format = FormatSchema.safeParse(params.format);
  if (!format.success) throw data("Export as csv or json.", { status: 404 });
  const analytics = await loadAnalytics(user.id);
  const headers = {
    "Cache-Control": "private, no-store",
    "Content-Disposition": `attachment; filename="peerprep-progress.${format.data}"`,
  };
  if (format.data === "csv") {
    return new Response(problemsCsv(analytics), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  return new Response(JSON.stringify({ username: user.username, ...analytics }, null, 2), {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}
