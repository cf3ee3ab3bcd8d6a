import { Inngest } from "inngest";

import { adaptersOf, type Env, getEnv } from "~/config/env.server";
import { getLogger } from "~/observability/logger.server";

/** The Inngest app of this deployment. Keys come from validated env, never from the client. */
export function createInngestClient(env: Pick<Env, "INNGEST_EVENT_KEY" | "INNGEST_SIGNING_KEY" | "INNGEST_DEV">) {
  return new Inngest({
    id: "peerprep",
    eventKey: env.INNGEST_EVENT_KEY,
    signingKey: env.INNGEST_SIGNING_KEY,
    isDev: env.INNGEST_DEV,
    logger: getLogger().child({ component: "inngest" }),
  });
}

export type InngestClient = ReturnType<typeof createInngestClient>;

let client: InngestClient | null | undefined;

/** The process-wide client when Inngest is configured, otherwise null (jobs run in-process). */
export function inngestClient(): InngestClient | null {
  if (client === undefined) {
    const env = getEnv();
    client = adaptersOf(env).jobs === "inngest" ? createInngestClient(env) : null;
  }
  return client;
}
