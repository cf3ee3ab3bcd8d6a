import type { ClerkUserEvent } from "~/adapters/clerk/clerk-user-sync.server";
import type { MirroredUser } from "~/adapters/stream/stream-users.server";

/** Every background job by name, with the data it takes. */
export interface JobData {
  "upsert-stream-user": MirroredUser;
  "sync-clerk-user": ClerkUserEvent;
}
export type JobName = keyof JobData;
export type JobHandlers = { [N in JobName]: (data: JobData[N]) => Promise<unknown> };

export type Dispatched = { queued: true } | { queued: false; result: unknown };

/**
 * How a job runs: now, in this process (the embedded default), or queued on Inngest
 * (retries, its own workers). The caller does not know which.
 */
export interface JobDispatcher {
  readonly kind: "in-process" | "inngest";
  dispatch<N extends JobName>(name: N, data: JobData[N]): Promise<Dispatched>;
}

export function inProcessJobs(handlers: JobHandlers): JobDispatcher {
  return {
    kind: "in-process",
    dispatch: async (name, data) => ({ queued: false, result: await handlers[name](data) }),
  };
}
