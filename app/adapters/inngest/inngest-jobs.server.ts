import type { InngestClient } from "~/adapters/inngest/inngest-client.server";
import type { JobData, JobDispatcher, JobName } from "~/platform/jobs.server";

export const STREAM_USER_EVENT = "peerprep/user.mirrored";

/** The Inngest event that triggers each job's function (see inngest-functions.server.ts). */
export const inngestEventOf: { [N in JobName]: (data: JobData[N]) => string } = {
  "upsert-stream-user": () => STREAM_USER_EVENT,
  "sync-clerk-user": (event) => `clerk/${event.type}`,
};

/** Jobs queued on Inngest, which calls back through /api/inngest to run them. */
export function inngestJobs(client: InngestClient): JobDispatcher {
  return {
    kind: "inngest",
    dispatch: async (name, data) => {
      await client.send({ name: inngestEventOf[name](data), data });
      return { queued: true };
    },
  };
}
