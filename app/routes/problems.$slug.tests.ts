import { data } from "react-router";

import { requireUser } from "~/modules/accounts/login-session.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import { SLUG_PATTERN } from "~/modules/problems/problem-schema";

import type { Route } from "./+types/problems.$slug.tests";

/**
 * Every test of a problem, fetched when the user presses Submit. Tests are not in the
 * page's HTML: the judge runs in the browser, so Submit needs them, but only then.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUser(request);
  const problem = SLUG_PATTERN.test(params.slug) ? getProblem(params.slug) : undefined;
  if (!problem) throw data("No such problem", { status: 404 });
  return Response.json(
    { tests: problem.tests.map((t, index) => ({ index, input: t.input, expected: t.expected })) },
    { headers: { "Cache-Control": "private, max-age=300" } },
  );
}
