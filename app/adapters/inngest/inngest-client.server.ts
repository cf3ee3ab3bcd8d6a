import { Inngest } from "inngest";

import type { Env } from "~/platform/env.server";
import { getLogger } from "~/platform/logger.server";

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
