import { ClerkUserEventSchema } from "~/adapters/clerk/clerk-user-sync.server";
import type { InngestClient } from "~/adapters/inngest/inngest-client.server";
import { STREAM_USER_EVENT } from "~/adapters/inngest/inngest-jobs.server";
import { MirroredUserSchema } from "~/adapters/stream/stream-users.server";
import { runSchedulingTick } from "~/modules/scheduling/scheduling-jobs.server";
import { expireStaleSessions } from "~/modules/sessions/expire-sessions.server";
import type { JobHandlers } from "~/platform/jobs.server";

/**
 * The background jobs as Inngest functions. Each one calls the same job function that
 * runs in-process without Inngest, so both modes share one implementation.
 */
export function createJobFunctions(inngest: InngestClient, jobs: JobHandlers) {
  const expireIdleSessions = inngest.createFunction(
    { id: "expire-idle-sessions", name: "End idle and long-waiting sessions", triggers: [{ cron: "* * * * *" }] },
    async ({ step }) => {
      const ended = await step.run("end-stale-sessions", () => expireStaleSessions());
      return { ended };
    },
  );

  const schedulingTick = inngest.createFunction(
    {
      id: "scheduling-tick",
      name: "Scheduled sessions: reminders, openings, no-shows, weekly slots",
      triggers: [{ cron: "* * * * *" }],
    },
    async ({ step }) => step.run("run-scheduler", () => runSchedulingTick()),
  );

  const syncClerkUserFn = inngest.createFunction(
    {
      id: "sync-clerk-user",
      name: "Mirror a Clerk user",
      triggers: [{ event: "clerk/user.created" }, { event: "clerk/user.updated" }, { event: "clerk/user.deleted" }],
    },
    async ({ event, step }) => {
      const parsed = ClerkUserEventSchema.parse(event.data);
      return step.run("apply-clerk-user-event", () => jobs["sync-clerk-user"](parsed));
    },
  );

  const upsertStreamUserFn = inngest.createFunction(
    {
      id: "upsert-stream-user",
      name: "Create or rename a user on Stream",
      triggers: [{ event: STREAM_USER_EVENT }],
    },
    async ({ event, step }) => {
      const user = MirroredUserSchema.parse(event.data);
      return step.run("upsert-stream-user", () => jobs["upsert-stream-user"](user));
    },
  );

  return { expireIdleSessions, schedulingTick, syncClerkUser: syncClerkUserFn, upsertStreamUser: upsertStreamUserFn };
}
