import { redirect } from "react-router";

import { DraftFormSchema, saveDraft } from "~/modules/problems/practice.server";
import { escapeHtml } from "~/platform/escape-html";

import type { SubmitResult } from "./submit.server";

/** `Accept: application/json` asks for the verdict itself; a plain form post gets redirects. */
export function wantsJson(request: Request): boolean {
  return (request.headers.get("Accept") ?? "").toLowerCase().includes("application/json");
}

/**
 * The answer to a Submit. JSON: the verdict (200) or the errors with their status.
 * A form without JavaScript: the submission's page on success; on failure, the same status
 * with a plain page naming each problem and a link back, the code kept as the draft.
 */
export async function respondToSubmit(
  request: Request,
  result: SubmitResult,
  context: { userId: string; problemSlug: string; formData: FormData; backTo: string; via?: string },
): Promise<Response> {
  if (wantsJson(request)) {
    if (result.ok) return Response.json(result.verdict, { headers: { "Cache-Control": "no-store" } });
    return Response.json(
      { fieldErrors: result.fieldErrors, formErrors: result.formErrors },
      { status: result.status, headers: result.headers },
    );
  }
  if (result.ok) {
    const query = context.via ? `?via=${encodeURIComponent(context.via)}` : "";
    return redirect(`${result.verdict.url}${query}`, 303);
  }
  const draft = DraftFormSchema.safeParse({
    language: context.formData.get("language"),
    code: context.formData.get("code"),
  });
  if (draft.success && draft.data.code.length > 0) await saveDraft(context.userId, context.problemSlug, draft.data);
  const messages = [...result.formErrors, ...Object.values(result.fieldErrors).flat()].filter(
    (m, i, all): m is string => typeof m === "string" && all.indexOf(m) === i,
  );
  const back = `${context.backTo}?submitError=${encodeURIComponent((messages[0] ?? "Submit failed").slice(0, 200))}`;
  // The same status as the JSON answer, with a page a browser without JavaScript can show.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Submit failed · PeerPrep</title></head>
<body><main><h1>Your code was not submitted</h1><ul>${messages.map((m) => `<li>${escapeHtml(m)}</li>`).join("")}</ul>
<p><a href="${escapeHtml(back)}">Back${draft.success ? " (your code is kept as a draft)" : ""}</a></p></main></body></html>`;
  const headers = new Headers(result.headers);
  headers.set("Content-Type", "text/html; charset=utf-8");
  return new Response(html, { status: result.status, headers });
}
