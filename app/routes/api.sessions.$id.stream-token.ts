import { z } from "zod";

import { CALL_TYPE, callIdFor, CHANNEL_TYPE, channelIdFor } from "~/adapters/stream/stream-media.server";
import { getServices } from "~/composition.server";
import { requireUser } from "~/modules/accounts/login-session.server";
import { SessionIdSchema } from "~/modules/sessions/session-id";
import { requireSeat } from "~/modules/sessions/sessions.server";
import { failureAsResponse } from "~/platform/http/domain-failures.server";

import type { Route } from "./+types/api.sessions.$id.stream-token";

const ParamsSchema = z.object({ id: SessionIdSchema });

const json = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * A Stream token for the session's call and channel, only for its two seated members
 * while it lasts. The API secret never leaves the server; the token expires.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const media = getServices().media;
  if (!media) throw new Response("Not found", { status: 404 });
  const user = await requireUser(request);
  const parsed = ParamsSchema.safeParse(params);
  if (!parsed.success) return json(404, { error: "We could not find that session" });
  const seat = await requireSeat(user.id, parsed.data.id);
  if (!seat.ok) return failureAsResponse(seat);
  const { session } = seat;
  return json(200, {
    apiKey: media.apiKey,
    token: media.tokenFor(user.id),
    user: { id: user.id, name: user.username },
    call: { type: CALL_TYPE, id: callIdFor(session.id) },
    channel: { type: CHANNEL_TYPE, id: channelIdFor(session.id) },
  });
}
