import { getRequestUser } from "~/modules/accounts/login-session.server";
import { applyDraft, DraftRequestSchema } from "~/modules/problems/practice.server";
import { failureStatus } from "~/platform/http/domain-failures.server";
import { parseForm } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";

import type { Route } from "./+types/api.drafts";

/**
 * Where the editor saves drafts (solo or per session), answering JSON: the editor keeps its
 * local copy until this says `ok`, and retries on network failures and 5xx.
 */
export async function action({ request }: Route.ActionArgs) {
  const user = await getRequestUser(request);
  if (!user) return Response.json({ ok: false, error: "Sign in again to save your code" }, { status: 401 });
  const parsed = parseForm(await readForm(request), DraftRequestSchema);
  if (!parsed.success) {
    const error = parsed.formErrors[0] ?? Object.values(parsed.fieldErrors).flat()[0] ?? "Invalid draft";
    return Response.json({ ok: false, error, fieldErrors: parsed.fieldErrors }, { status: 400 });
  }
  const result = await applyDraft(user, parsed.data);
  if (!result.ok) return Response.json({ ok: false, error: result.message }, { status: failureStatus(result) });
  return Response.json({ ok: true });
}
