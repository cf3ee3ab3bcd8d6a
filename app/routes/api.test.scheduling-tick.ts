import { z } from "zod";

import { getServices } from "~/composition.server";
import { requireUser } from "~/modules/accounts/login-session.server";
import { runSchedulingTick } from "~/modules/scheduling/scheduling-jobs.server";
import { parseForm } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";

import type { Route } from "./+types/api.test.scheduling-tick";

/**
 * Test-only: runs the scheduler as if the clock were `minutes` ahead, so end-to-end tests
 * reach a reminder or a no-show without waiting. It does not exist unless NODE_ENV=test or
 * SCHEDULING_TEST_TRIGGER=true (which start-up refuses with NODE_ENV=production unless
 * ALLOW_GENERATED_SECRET marks a local run).
 */
const TickSchema = z.object({
  minutes: z.coerce
    .number()
    .min(0)
    .max(24 * 60),
});

export async function action({ request }: Route.ActionArgs) {
  const { env } = getServices();
  if (env.NODE_ENV !== "test" && !env.SCHEDULING_TEST_TRIGGER) throw new Response("Not found", { status: 404 });
  await requireUser(request);
  const parsed = parseForm(await readForm(request), TickSchema);
  if (!parsed.success) return Response.json({ error: "minutes: a number from 0 to 1440" }, { status: 400 });
  const report = await runSchedulingTick(new Date(Date.now() + parsed.data.minutes * 60_000));
  return Response.json(report, { headers: { "Cache-Control": "no-store" } });
}
