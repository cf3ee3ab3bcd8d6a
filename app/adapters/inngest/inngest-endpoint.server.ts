import { serve } from "inngest/remix";

import type { InngestClient } from "~/adapters/inngest/inngest-client.server";
import { createJobFunctions } from "~/adapters/inngest/inngest-functions.server";
import type { JobHandlers } from "~/platform/jobs.server";

export type InngestEndpoint = (ctx: { request: Request }) => Promise<Response>;

/**
 * The handler behind /api/inngest: GET inspects, PUT registers the functions with
 * Inngest, POST runs a step. Requests must carry Inngest's signature (signing key).
 */
export function createInngestEndpoint(client: InngestClient, jobs: JobHandlers): InngestEndpoint {
  return serve({ client, functions: Object.values(createJobFunctions(client, jobs)) });
}
