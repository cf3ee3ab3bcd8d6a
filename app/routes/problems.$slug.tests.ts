import { data } from "react-router";

import { requireUser } from "~/modules/accounts/login-session.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import { SLUG_PATTERN } from "~/modules/problems/problem-schema";

import type { Route } from "./+types/problems.$slug.tests";

/**
 * A problem's visible examples, the only tests that leave the server (Run uses them).
 * Hidden tests are judged on the server by Submit and are never sent to anyone.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUser(request);
  const problem = SLUG_PATTERN.test(params.slug) ? getProblem(params.slug) : undefined;
  if (!problem) throw data("No such problem", { status: 404 });
  const tests = problem.tests.flatMap((t, index) =>
    t.visible ? [{ index, input: t.input, expected: t.expected }] : [],
  );
  return Response.json({ tests }, { headers: { "Cache-Control": "private, max-age=300" } });
}
