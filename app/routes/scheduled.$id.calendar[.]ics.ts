import { data } from "react-router";

import { requireUser } from "~/modules/accounts/login-session.server";
import { scheduledCalendar } from "~/modules/scheduling/scheduled-calendar.server";
import { loadScheduledFor } from "~/modules/scheduling/scheduling.server";
import { SCHEDULED_ID_PATTERN } from "~/modules/scheduling/scheduling-schemas";

import type { Route } from "./+types/scheduled.$id.calendar[.]ics";

const NOT_FOUND = "We could not find that scheduled session.";

/** The add-to-calendar file: for the two members only (it names them and links the room). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  if (!SCHEDULED_ID_PATTERN.test(params.id)) throw data(NOT_FOUND, { status: 404 });
  const found = await loadScheduledFor(user, params.id);
  if (!found || found.role === "visitor") throw data(NOT_FOUND, { status: 404 });
  const link = new URL(`/scheduled/${found.scheduled.id}`, request.url).toString();
  return new Response(scheduledCalendar(found.scheduled, link), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="peerprep-${found.scheduled.id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
