import { getOptionalUser } from "~/auth/login-session.server";
import { parseForm } from "~/lib/forms";
import { readForm } from "~/lib/read-form.server";
import { applyDraft, DraftRequestSchema } from "~/problems/practice.server";

import type { Route } from "./+types/api.drafts";

/**
 * Where the editor saves drafts (solo or per session), answering JSON: the editor keeps its
 * local copy until this says `ok`, and retries on network failures and 5xx.
 */
export async function action({ request }: Route.ActionArgs) {
  const user = await getOptionalUser(request);
  if (!user) return Response.json({ ok: false, error: "Sign in again to save your code" }, { status: 401 });
  const parsed = parseForm(await readForm(request), DraftRequestSchema);
  if (!parsed.success) {
    const error = parsed.formErrors[0] ?? Object.values(parsed.fieldErrors).flat()[0] ?? "Invalid draft";
    return Response.json({ ok: false, error, fieldErrors: parsed.fieldErrors }, { status: 400 });
  }
  const result = await applyDraft(user, parsed.data);
  if (!result.ok) return Response.json({ ok: false, error: result.message }, { status: result.status });
  return Response.json({ ok: true });
}
