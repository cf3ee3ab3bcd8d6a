import { data, redirect } from "react-router";

import { requireUser } from "~/modules/accounts/login-session.server";
import { saveReflection } from "~/modules/progress/reflection.server";
import { ReflectionSchema } from "~/modules/progress/reflection-schema";
import { SESSION_ID_PATTERN } from "~/modules/sessions/session-id";
import { formFailure } from "~/platform/http/form-responses.server";
import { parseForm, pickValues } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";

import type { Route } from "./+types/sessions.history.$id.reflection";

/** Saves the caller's reflection on a session they sat in (POST from the session record). */
const NOT_FOUND = "We could not find that session in your history.";

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUser(request);
  return redirect(`/sessions/history/${encodeURIComponent(params.id)}`);
}

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  if (!SESSION_ID_PATTERN.test(params.id)) throw data(NOT_FOUND, { status: 404 });
  const formData = await readForm(request);
  const values = pickValues(formData, ["blocker", "nextStep", "kudos", "blockerTopic"]);
  const parsed = parseForm(formData, ReflectionSchema);
  if (!parsed.success) return formFailure({ ...parsed, values });
  const saved = await saveReflection(user.id, params.id, parsed.data);
  if (!saved) throw data(NOT_FOUND, { status: 404 });
  return { saved: true, values };
}
