import { data, Link, type ShouldRevalidateFunctionArgs } from "react-router";
import { z } from "zod";

import { requireUser } from "~/auth/login-session.server";
import { ProblemWorkspace } from "~/features/problem/problem-workspace";
import { formFailure, RateLimitedError, rateLimitedFailure } from "~/lib/form-responses.server";
import { parseForm } from "~/lib/forms";
import { readForm } from "~/lib/read-form.server";
import { retryAfterHeaders } from "~/lib/route-headers";
import {
  DraftFormSchema,
  recordSubmission,
  resetDraft,
  saveDraft,
  SubmissionFormSchema,
} from "~/problems/practice.server";
import { getProblem } from "~/problems/problem-bank.server";
import { LanguageSchema, SLUG_PATTERN } from "~/problems/problem-schema";
import { renderStatement, toWorkspaceProblem } from "~/problems/problem-view.server";
import { getStore } from "~/storage/index.server";

import type { Route } from "./+types/problem";

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
  return {
    problem: { ...toWorkspaceProblem(problem), statementHtml: renderStatement(problem) },
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

const IntentSchema = z.enum(["save-draft", "reset-draft", "submit"], { error: "Unknown action" });

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
  if (intent.data === "reset-draft") {
    const language = LanguageSchema.safeParse(formData.get("language"));
    if (!language.success)
      return formFailure({ fieldErrors: { language: ["Choose JavaScript, TypeScript or Python"] } });
    await resetDraft(user.id, problem.slug, language.data);
    return { ok: true as const, intent: intent.data };
  }
  const parsed = parseForm(formData, SubmissionFormSchema);
  if (!parsed.success) return formFailure(parsed);
  try {
    const submission = await recordSubmission(user.id, problem.slug, parsed.data);
    return { ok: true as const, intent: intent.data, submissionId: submission.id };
  } catch (error) {
    if (error instanceof RateLimitedError) return rateLimitedFailure(error);
    throw error;
  }
}

/** Draft saves change nothing the page shows: skip reloading its data for them. */
export function shouldRevalidate({ formData, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  const intent = formData?.get("intent");
  if (intent === "save-draft" || intent === "reset-draft") return false;
  return defaultShouldRevalidate;
}

export default function ProblemPage({ loaderData }: Route.ComponentProps) {
  return (
    <ProblemWorkspace
      problem={loaderData.problem}
      drafts={loaderData.drafts}
      submissions={loaderData.submissions}
      actionPath={`/problems/${loaderData.problem.slug}`}
      toolbarExtra={() => (
        <Link
          to={`/sessions?problem=${loaderData.problem.slug}`}
          className="btn btn-ghost btn-xs"
          data-testid="practise-with-partner"
        >
          Practise with a partner
        </Link>
      )}
    />
  );
}
