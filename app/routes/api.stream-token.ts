import { z } from "zod";

import { requireUser } from "~/auth/login-session.server";
import { roleOf } from "~/sessions/sessions.server";
import { getStore } from "~/storage/index.server";
import { CALL_TYPE, callIdFor, CHANNEL_TYPE, channelIdFor, streamMedia } from "~/stream/stream-media.server";

import type { Route } from "./+types/api.stream-token";

const ParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{22}$/) });

const json = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * A Stream token for the session's call and channel, only for its two seated members
 * while it lasts. The API secret never leaves the server; the token expires.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const media = streamMedia();
  if (!media) throw new Response("Not found", { status: 404 });
  const user = await requireUser(request);
  const parsed = ParamsSchema.safeParse(params);
  if (!parsed.success) return json(404, { error: "We could not find that session" });
  const session = await getStore().sessions.findById(parsed.data.id);
  if (!session) return json(404, { error: "We could not find that session" });
  if (roleOf(session, user.id) === "visitor") return json(403, { error: "You are not in this session" });
  if (session.status === "ended") return json(410, { error: "This session has ended" });
  return json(200, {
    apiKey: media.apiKey,
    token: media.tokenFor(user.id),
    user: { id: user.id, name: user.username },
    call: { type: CALL_TYPE, id: callIdFor(session.id) },
    channel: { type: CHANNEL_TYPE, id: channelIdFor(session.id) },
  });
}
