import { data, redirect } from "react-router";

import { requireUser } from "~/modules/accounts/login-session.server";
import { postSystemMessage } from "~/modules/chat/chat.server";
import { submitSolution } from "~/modules/judge/server/submit.server";
import { respondToSubmit } from "~/modules/judge/server/submit-response.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import { SESSION_ID_PATTERN } from "~/modules/sessions/session-id";
import { requireSeat } from "~/modules/sessions/sessions.server";
import { failureStatus } from "~/platform/http/domain-failures.server";
import { readForm } from "~/platform/http/read-form.server";

import type { Route } from "./+types/sessions.$id.submissions";

/**
 * Submit from a session's room: the session's problem, judged on the server, for people
 * holding a seat. The "submitted" line in the session's chat is written from the server's
 * verdict, never from anything the client says.
 */
async function seatedSession(userId: string, id: string) {
  if (!SESSION_ID_PATTERN.test(id)) throw data("We could not find that session. Check the link.", { status: 404 });
  const seat = await requireSeat(userId, id);
  if (!seat.ok) throw data(seat.message, { status: failureStatus(seat) });
  const { session } = seat;
  const problem = getProblem(session.problemSlug);
  if (!problem) throw data("This session's problem is no longer available.", { status: 410 });
  return { session, problem };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  await seatedSession(user.id, params.id);
  return redirect(`/sessions/${params.id}`);
}

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  const { session, problem } = await seatedSession(user.id, params.id);
  // The room names the problem its code was written for: after a switch (ADR 080) old code
  // is never judged against the new problem.
  const forProblem = new URL(request.url).searchParams.get("problem");
  if (forProblem !== null && forProblem !== problem.slug)
    throw data(`The session's problem is now ${problem.title}. Your code is kept; reload to continue.`, {
      status: 409,
    });
  const formData = await readForm(request);
  const result = await submitSolution(user.id, problem, formData, session.id);
  if (result.ok) {
    const { verdict, passed, total } = result.submission;
    await postSystemMessage(session.id, `${user.username} submitted: ${verdict} ${passed}/${total}`);
  }
  return respondToSubmit(request, result, {
    userId: user.id,
    problemSlug: problem.slug,
    formData,
    backTo: `/sessions/${session.id}`,
    via: `/sessions/${session.id}`,
  });
}
