import { createInngestEndpoint, type InngestEndpoint } from "~/adapters/inngest/inngest-endpoint.server";
import { getServices, jobHandlersOf } from "~/composition.server";

import type { Route } from "./+types/api.inngest";

// Inngest registers and runs the background jobs through this endpoint. Without Inngest
// configured it does not exist: the same jobs run in-process.
let endpoint: InngestEndpoint | undefined;

function inngestEndpoint(): InngestEndpoint {
  const services = getServices();
  if (!services.inngest) throw new Response("Not found", { status: 404 });
  endpoint ??= createInngestEndpoint(services.inngest, jobHandlersOf(services));
  return endpoint;
}

export async function loader({ request }: Route.LoaderArgs) {
  return inngestEndpoint()({ request });
}

export async function action({ request }: Route.ActionArgs) {
  return inngestEndpoint()({ request });
}
