import { Webhook } from "svix";

import {
  ClerkSessionEndEventSchema,
  endClerkSession,
  isClerkSessionEndType,
} from "~/adapters/clerk/clerk-session-sync.server";
import { ClerkUserEventSchema } from "~/adapters/clerk/clerk-user-sync.server";
import { getServices } from "~/composition.server";
import { BodyTooLarge, readBodyWithin } from "~/platform/http/read-body.server";
import { getLogger } from "~/platform/logger.server";

import type { Route } from "./+types/api.webhooks.clerk";

const MAX_BODY_BYTES = 256_000;

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status });

export function loader() {
  throw new Response("Not found", { status: 404 });
}

/**
 * Clerk's user.created / user.updated / user.deleted webhooks (signed by svix). Applied
 * through Inngest when it is configured (retries), in this request otherwise.
 * session.ended / session.removed / session.revoked end that session's sockets here and
 * now (a late retry would only keep them open longer; sockets also ask Clerk again).
 */
export async function action({ request }: Route.ActionArgs) {
  const services = getServices();
  const config = services.clerk;
  if (!config) throw new Response("Not found", { status: 404 });
  if (!config.webhookSigningSecret) {
    getLogger().warn("Clerk webhook received but CLERK_WEBHOOK_SIGNING_SECRET is not set");
    return json(503, { error: "Webhooks are not set up: CLERK_WEBHOOK_SIGNING_SECRET is missing" });
  }
  let body: string;
  try {
    body = new TextDecoder().decode(await readBodyWithin(request, MAX_BODY_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLarge) return json(413, { error: "Payload too large" });
    return json(400, { error: "The request body could not be read" });
  }

  let payload: unknown;
  try {
    payload = new Webhook(config.webhookSigningSecret).verify(body, {
      "svix-id": request.headers.get("svix-id") ?? "",
      "svix-timestamp": request.headers.get("svix-timestamp") ?? "",
      "svix-signature": request.headers.get("svix-signature") ?? "",
    });
  } catch {
    // Missing headers, a wrong signature or a stale timestamp (replay): all refused alike.
    return json(401, { error: "Invalid webhook signature" });
  }

  const type = (payload as { type?: unknown } | null)?.type;
  if (isClerkSessionEndType(type)) {
    const event = ClerkSessionEndEventSchema.safeParse(payload);
    if (!event.success)
      return json(400, { error: `Malformed ${type} event: ${event.error.issues[0]?.message ?? "invalid"}` });
    return json(200, await endClerkSession(event.data));
  }
  if (type !== "user.created" && type !== "user.updated" && type !== "user.deleted") {
    return json(200, { ignored: typeof type === "string" ? type : "unknown" });
  }
  const event = ClerkUserEventSchema.safeParse(payload);
  if (!event.success)
    return json(400, { error: `Malformed ${type} event: ${event.error.issues[0]?.message ?? "invalid"}` });

  const job = await services.jobs.dispatch("sync-clerk-user", event.data);
  return job.queued ? json(202, { queued: event.data.type }) : json(200, job.result as Record<string, unknown>);
}
