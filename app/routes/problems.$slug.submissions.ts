import { data, redirect } from "react-router";

import { requireUser } from "~/modules/accounts/login-session.server";
import { submitSolution } from "~/modules/judge/server/submit.server";
import { respondToSubmit } from "~/modules/judge/server/submit-response.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import { SLUG_PATTERN } from "~/modules/problems/problem-schema";
import { readForm } from "~/platform/http/read-form.server";

import type { Route } from "./+types/problems.$slug.submissions";

/**
 * Submit: `language` and `code`, judged here on the server. `Accept: application/json`
 * gets the verdict; a plain form post is redirected to the submission's page.
 */
function findProblem(slug: string) {
  const problem = SLUG_PATTERN.test(slug) ? getProblem(slug) : undefined;
  if (!problem) throw data("We could not find that problem. It may have been renamed.", { status: 404 });
  return problem;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUser(request);
  const problem = findProblem(params.slug);
  return redirect(`/problems/${problem.slug}`);
}

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  const problem = findProblem(params.slug);
  const formData = await readForm(request);
  const result = await submitSolution(user.id, problem, formData);
  return respondToSubmit(request, result, {
    userId: user.id,
    problemSlug: problem.slug,
    formData,
    backTo: `/problems/${problem.slug}`,
  });
}
