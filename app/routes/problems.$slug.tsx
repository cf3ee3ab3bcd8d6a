import { useEffect } from "react";
import { data, href, Link, type ShouldRevalidateFunctionArgs } from "react-router";
import { z } from "zod";

import { getStore } from "~/composition.server";
import { requireUser } from "~/modules/accounts/login-session.server";
import { FindPartnerLink } from "~/modules/matching/ui/find-partner-link";
import { DraftFormSchema, resetDraft, saveDraft } from "~/modules/problems/practice.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import { LanguageSchema, SLUG_PATTERN } from "~/modules/problems/problem-schema";
import { renderEditorial, renderStatement, toWorkspaceProblem } from "~/modules/problems/problem-view.server";
import { rememberLastProblem } from "~/modules/problems/ui/last-problem";
import { NO_SCRIPT_FORM_ID, NoScriptSubmit } from "~/modules/problems/ui/no-script-submit";
import { ProblemWorkspace } from "~/modules/problems/ui/problem-workspace";
import { formFailure } from "~/platform/http/form-responses.server";
import { parseForm } from "~/platform/http/forms";
import { loadOrKeep, useRememberLoaderData } from "~/platform/http/offline-loader";
import { readForm } from "~/platform/http/read-form.server";
import { retryAfterHeaders } from "~/platform/http/route-headers";

import type { Route } from "./+types/problems.$slug";

export const headers: Route.HeadersFunction = retryAfterHeaders;

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.problem.title} · PeerPrep` : "Problem · PeerPrep" },
];

function findProblem(slug: string) {
  const problem = SLUG_PATTERN.test(slug) ? getProblem(slug) : undefined;
  if (!problem) throw data("We could not find that problem. It may have been renamed.", { status: 404 });
  return problem;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const problem = findProblem(params.slug);
  const [drafts, submissions] = await Promise.all([
    getStore().drafts.get(user.id, problem.slug),
    getStore().submissions.listForProblem(user.id, problem.slug, 20),
  ]);
  // Set when a Submit sent without JavaScript came back with an error (see …/submissions).
  const submitError = new URL(request.url).searchParams.get("submitError")?.slice(0, 200) ?? null;
  return {
    problem: {
      ...toWorkspaceProblem(problem),
      statementHtml: renderStatement(problem),
      editorialHtml: renderEditorial(problem),
    },
    me: user.username,
    submitError,
    drafts,
    submissions: submissions.map((s) => ({
      id: s.id,
      language: s.language,
      code: s.code,
      verdict: s.verdict,
      passed: s.passed,
      total: s.total,
      timeMs: s.timeMs,
      createdAt: s.createdAt.toISOString(),
    })),
  };
}

const IntentSchema = z.enum(["save-draft", "reset-draft"], { error: "Unknown action" });

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  const problem = findProblem(params.slug);
  const formData = await readForm(request);
  const intent = IntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) return formFailure({ formErrors: ["Unknown action: reload the page and try again"] });

  if (intent.data === "save-draft") {
    const parsed = parseForm(formData, DraftFormSchema);
    if (!parsed.success) return formFailure(parsed);
    await saveDraft(user.id, problem.slug, parsed.data);
    return { ok: true as const, intent: intent.data };
  }
  const language = LanguageSchema.safeParse(formData.get("language"));
  if (!language.success) return formFailure({ fieldErrors: { language: ["Choose JavaScript, TypeScript or Python"] } });
  await resetDraft(user.id, problem.slug, language.data);
  return { ok: true as const, intent: intent.data };
}

/** Draft saves change nothing the page shows: skip reloading its data for them. */
export function shouldRevalidate({ formData, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  const intent = formData?.get("intent");
  if (intent === "save-draft" || intent === "reset-draft") return false;
  return defaultShouldRevalidate;
}

/** A network blip while reloading (after a submission) keeps the page and the code. */
export async function clientLoader({ request, serverLoader }: Route.ClientLoaderArgs) {
  return loadOrKeep("problem", request, serverLoader);
}

export default function ProblemPage({ loaderData }: Route.ComponentProps) {
  const slug = loaderData.problem.slug;
  useEffect(() => rememberLastProblem(slug), [slug]);
  useRememberLoaderData("problem", loaderData);
  const submitPath = href("/problems/:slug/submissions", { slug });
  return (
    <>
      <NoScriptSubmit submitPath={submitPath} language="javascript" error={loaderData.submitError} />
      <ProblemWorkspace
        problem={loaderData.problem}
        drafts={loaderData.drafts}
        draftScope={{ owner: loaderData.me, problemSlug: slug, sessionId: null }}
        submissions={loaderData.submissions}
        submitPath={submitPath}
        noScriptFormId={NO_SCRIPT_FORM_ID}
        toolbarExtra={() => (
          <>
            <Link to={`/sessions?problem=${slug}`} className="btn btn-ghost btn-xs" data-testid="practise-with-partner">
              Practise with a partner
            </Link>
            <FindPartnerLink problem={slug} className="btn btn-ghost btn-xs" />
          </>
        )}
      />
    </>
  );
}
