import { z } from "zod";

import { getServices, getStore } from "~/composition.server";

/**
 * Clerk's session.ended / session.removed / session.revoked webhooks: a Clerk sign-out
 * (or a session ended from Clerk's dashboard or API) ends the sockets opened with that
 * session, on every instance, through the same event as the built-in sign-out.
 */
export const CLERK_SESSION_END_TYPES = ["session.ended", "session.removed", "session.revoked"] as const;

export const ClerkSessionEndEventSchema = z.object({
  type: z.enum(CLERK_SESSION_END_TYPES),
  data: z.object({ id: z.string().min(1).max(200), user_id: z.string().min(1).max(200) }),
});
export type ClerkSessionEndEvent = z.infer<typeof ClerkSessionEndEventSchema>;

export const isClerkSessionEndType = (type: unknown): type is ClerkSessionEndEvent["type"] =>
  (CLERK_SESSION_END_TYPES as readonly unknown[]).includes(type);

export async function endClerkSession(
  event: ClerkSessionEndEvent,
): Promise<{ action: "signed-out" | "unknown-user"; sessionId: string }> {
  const user = await getStore().users.findByExternalId("clerk", event.data.user_id);
  if (!user) return { action: "unknown-user", sessionId: event.data.id };
  await getServices().events.emit({
    type: "account.signedOut",
    userId: user.id,
    loginSessions: { only: event.data.id },
  });
  return { action: "signed-out", sessionId: event.data.id };
}
