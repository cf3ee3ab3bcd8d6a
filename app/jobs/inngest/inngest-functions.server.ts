import { ClerkUserEventSchema, syncClerkUser } from "~/auth/clerk/clerk-user-sync.server";
import { expireStaleSessions } from "~/jobs/expire-sessions.server";
import { MirroredUserSchema, upsertStreamUser } from "~/stream/stream-users.server";

import type { InngestClient } from "./inngest-client.server";

/**
 * The background jobs as Inngest functions. Each one calls the same job function that
 * runs in-process without Inngest, so both modes share one implementation.
 */
export function createJobFunctions(inngest: InngestClient) {
  const expireIdleSessions = inngest.createFunction(
    { id: "expire-idle-sessions", name: "End idle and long-waiting sessions", triggers: [{ cron: "* * * * *" }] },
    async ({ step }) => {
      const ended = await step.run("end-stale-sessions", () => expireStaleSessions());
      return { ended };
    },
  );

  const syncClerkUserFn = inngest.createFunction(
    {
      id: "sync-clerk-user",
      name: "Mirror a Clerk user",
      triggers: [{ event: "clerk/user.created" }, { event: "clerk/user.updated" }, { event: "clerk/user.deleted" }],
    },
    async ({ event, step }) => {
      const parsed = ClerkUserEventSchema.parse(event.data);
      return step.run("apply-clerk-user-event", () => syncClerkUser(parsed));
    },
  );

  const upsertStreamUserFn = inngest.createFunction(
    {
      id: "upsert-stream-user",
      name: "Create or rename a user on Stream",
      triggers: [{ event: "peerprep/user.mirrored" }],
    },
    async ({ event, step }) => {
      const user = MirroredUserSchema.parse(event.data);
      return step.run("upsert-stream-user", () => upsertStreamUser(user));
    },
  );

  return { expireIdleSessions, syncClerkUser: syncClerkUserFn, upsertStreamUser: upsertStreamUserFn };
}
