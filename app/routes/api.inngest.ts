import { inngestClient } from "~/jobs/inngest/inngest-client.server";
import { createInngestEndpoint, type InngestEndpoint } from "~/jobs/inngest/inngest-endpoint.server";

import type { Route } from "./+types/api.inngest";

// Inngest registers and runs the background jobs through this endpoint. Without Inngest
// configured it does not exist: the same jobs run in-process.
let endpoint: InngestEndpoint | undefined;

function inngestEndpoint(): InngestEndpoint {
  const client = inngestClient();
  if (!client) throw new Response("Not found", { status: 404 });
  endpoint ??= createInngestEndpoint(client);
  return endpoint;
}

export async function loader({ request }: Route.LoaderArgs) {
  return inngestEndpoint()({ request });
}

export async function action({ request }: Route.ActionArgs) {
  return inngestEndpoint()({ request });
}
