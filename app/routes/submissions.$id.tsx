import { data, Link } from "react-router";

import { getStore } from "~/composition.server";
import { requireUser } from "~/modules/accounts/login-session.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import { LANGUAGE_LABELS } from "~/modules/problems/problem-constants";
import { VerdictText } from "~/modules/problems/ui/verdict-text";
import { SESSION_ID_PATTERN } from "~/modules/sessions/session-id";

import type { Route } from "./+types/submissions.$id";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.verdict} · ${data.problemTitle} · PeerPrep` : "Submission · PeerPrep" },
];

const SUBMISSION_ID = /^[0-9a-f-]{36}$/;
const NOT_FOUND = "We could not find that submission.";

/** One submission, judged on the server; only its author may see it (others get a 404, as if it did not exist). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const submission = SUBMISSION_ID.test(params.id) ? await getStore().submissions.findById(params.id) : null;
  if (!submission || submission.userId !== user.id) throw data(NOT_FOUND, { status: 404 });
  const via = new URL(request.url).searchParams.get("via") ?? "";
  const sessionId = /^\/sessions\/([^/]+)$/.exec(via)?.[1];
  return {
    id: submission.id,
    problemSlug: submission.problemSlug,
    problemTitle: getProblem(submission.problemSlug)?.title ?? submission.problemSlug,
    language: submission.language,
    code: submission.code,
    verdict: submission.verdict,
    passed: submission.passed,
    total: submission.total,
    timeMs: submission.timeMs,
    createdAt: submission.createdAt.toISOString(),
    backTo: sessionId && SESSION_ID_PATTERN.test(sessionId) ? `/sessions/${sessionId}` : null,
  };
}

export default function SubmissionPage({ loaderData: s }: Route.ComponentProps) {
  return (
    <section className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-8" data-testid="submission">
      <p className="text-base-content/60 text-sm">
        Submission to <Link to={`/problems/${s.problemSlug}`}>{s.problemTitle}</Link> · {LANGUAGE_LABELS[s.language]} ·{" "}
        <time dateTime={s.createdAt}>{new Date(s.createdAt).toUTCString()}</time>
      </p>
      <h1 className="flex flex-wrap items-baseline gap-3 text-2xl">
        <VerdictText verdict={s.verdict} />
        <span className="text-base-content/70 text-base" data-testid="submission-passed">
          {s.passed} / {s.total} tests passed
        </span>
        <span className="text-base-content/60 text-sm">{s.timeMs.toFixed(0)} ms</span>
      </h1>
      <p className="text-base-content/60 text-sm">Judged on the server against every test, hidden ones included.</p>
      <pre className="bg-base-200 overflow-x-auto rounded p-3 font-mono text-sm" data-testid="submission-code">
        {s.code}
      </pre>
      <div className="flex gap-2">
        {s.backTo ? (
          <Link to={s.backTo} className="btn btn-primary btn-sm">
            Back to the session
          </Link>
        ) : null}
        <Link to={`/problems/${s.problemSlug}`} className={`btn btn-sm ${s.backTo ? "btn-ghost" : "btn-primary"}`}>
          Back to the problem
        </Link>
      </div>
    </section>
  );
}
