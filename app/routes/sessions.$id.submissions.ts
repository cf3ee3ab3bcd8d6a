import { data, redirect } from "react-router";

import { getStore } from "~/composition.server";
import { requireUser } from "~/modules/accounts/login-session.server";
import { postSystemMessage } from "~/modules/chat/chat.server";
import { submitSolution } from "~/modules/judge/server/submit.server";
import { respondToSubmit } from "~/modules/judge/server/submit-response.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import { SESSION_ID_PATTERN } from "~/modules/sessions/session-id";
import { roleOf } from "~/modules/sessions/session-view";
import { readForm } from "~/platform/http/read-form.server";

import type { Route } from "./+types/sessions.$id.submissions";

/**
 * Submit from a session's room: the session's problem, judged on the server, for people
 * holding a seat. The "submitted" line in the session's chat is written from the server's
 * verdict, never from anything the client says.
 */
async function seatedSession(userId: string, id: string) {
  const session = SESSION_ID_PATTERN.test(id) ? await getStore().sessions.findById(id) : null;
  if (!session) throw data("We could not find that session. Check the link.", { status: 404 });
  if (roleOf(session, userId) === "visitor") throw data("You are not in this session.", { status: 403 });
  if (session.status === "ended") throw data("This session has ended.", { status: 410 });
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
  const formData = await readForm(request);
  const result = await submitSolution(user.id, problem, formData);
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
