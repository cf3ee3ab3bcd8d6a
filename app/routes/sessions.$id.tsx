import { data, Form, href, Link, redirect, type ShouldRevalidateFunctionArgs, useNavigation } from "react-router";

import { Field } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";
import { getServices, getStore } from "~/composition.server";
import { requireUser } from "~/modules/accounts/login-session.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import { renderEditorial, renderStatement, toWorkspaceProblem } from "~/modules/problems/problem-view.server";
import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import { SESSION_MESSAGES } from "~/modules/sessions/session-failures";
import { SESSION_ID_PATTERN } from "~/modules/sessions/session-id";
import { END_REASON_LABELS, JoinSessionSchema, SessionIntentSchema } from "~/modules/sessions/session-schemas";
import { endSession, joinSession, leaveSession, loadSessionFor } from "~/modules/sessions/sessions.server";
import { SessionRoom } from "~/modules/sessions/ui/session-room";
import { useAutoRevalidate } from "~/platform/hooks/use-auto-revalidate";
import { useSubmissionKey } from "~/platform/hooks/use-submission-key";
import { failureResponse } from "~/platform/http/domain-failures.server";
import { formFailure } from "~/platform/http/form-responses.server";
import { parseForm } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";

import type { Route } from "./+types/sessions.$id";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data && "problemTitle" in data ? `${data.problemTitle} · Session · PeerPrep` : "Session · PeerPrep" },
];

function checkId(id: string) {
  if (!SESSION_ID_PATTERN.test(id)) throw data("We could not find that session. Check the link.", { status: 404 });
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  checkId(params.id);
  const found = await loadSessionFor(user, params.id);
  if (!found) throw data("We could not find that session. Check the link.", { status: 404 });
  const { session, role, view } = found;
  const problem = getProblem(session.problemSlug);
  if (!problem) throw data("This session's problem is no longer available.", { status: 410 });
  const base = { view, role, problemTitle: problem.title, difficulty: problem.difficulty };

  if (role === "visitor") {
    if (session.status === "ended") throw data(SESSION_MESSAGES.ended, { status: 410 });
    const host = view.participants.find((p) => p.role === "host");
    return { kind: "join" as const, ...base, hostUsername: host?.username ?? "", full: Boolean(session.guestId) };
  }
  if (session.status === "ended") return { kind: "ended" as const, ...base };

  const [drafts, submissions] = await Promise.all([
    getStore().drafts.get(user.id, problem.slug),
    getStore().submissions.listForProblem(user.id, problem.slug, 20),
  ]);
  return {
    kind: "room" as const,
    ...base,
    me: { id: user.id, username: user.username },
    iceServers: getServices().env.ICE_SERVERS,
    media: getServices().adapters.media,
    problem: {
      ...toWorkspaceProblem(problem),
      statementHtml: renderStatement(problem),
      editorialHtml: renderEditorial(problem),
    },
    drafts,
    submissions: submissions
      .map((s) => ({ ...s, createdAt: s.createdAt.toISOString() }))
      .map(({ userId: _u, problemSlug: _p, ...rest }) => rest),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  checkId(params.id);
  const formData = await readForm(request);
  const intent = SessionIntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) return formFailure({ formErrors: [intent.error.issues[0]?.message ?? "Unknown action"] });

  if (intent.data === "join") {
    const parsed = parseForm(formData, JoinSessionSchema);
    if (!parsed.success) return formFailure(parsed);
    const result = await joinSession(user, params.id, parsed.data.password);
    if (!result.ok) return failureResponse(result);
    return redirect(href("/sessions/:id", { id: params.id }));
  }
  if (intent.data === "leave") {
    const result = await leaveSession(user, params.id);
    if (!result.ok) return failureResponse(result);
    return redirect(href("/sessions"));
  }
  const result = await endSession(user, params.id);
  if (!result.ok) return failureResponse(result);
  return redirect(href("/sessions/:id", { id: params.id }));
}

/** Draft saves from the room's editor change nothing this page shows. */
export function shouldRevalidate({ formData, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  const intent = formData?.get("intent");
  if (intent === "save-draft" || intent === "reset-draft") return false;
  return defaultShouldRevalidate;
}

export default function SessionPage({ loaderData, actionData }: Route.ComponentProps) {
  // The room follows its partner over the socket; polling is only a slow safety net.
  useAutoRevalidate(loaderData.kind === "room" ? 30_000 : 10_000, loaderData.kind !== "ended");
  if (loaderData.kind === "room") {
    return (
      <SessionRoom
        view={loaderData.view}
        role={loaderData.role === "host" ? "host" : "guest"}
        problem={loaderData.problem}
        drafts={loaderData.drafts}
        submissions={loaderData.submissions}
        me={loaderData.me}
        iceServers={loaderData.iceServers}
        media={loaderData.media}
        formErrors={actionData?.formErrors}
      />
    );
  }
  if (loaderData.kind === "ended") {
    const reason = loaderData.view.endReason ? END_REASON_LABELS[loaderData.view.endReason] : "";
    return (
      <section
        className="mx-auto flex max-w-lg flex-col items-center gap-4 px-4 py-20 text-center"
        data-testid="session-ended"
      >
        <h1 className="text-2xl font-bold">This session has ended</h1>
        <p className="text-base-content/70">
          {loaderData.problemTitle}
          {reason ? ` · ${reason}` : ""}
        </p>
        <div className="flex gap-2">
          <Link to="/sessions" className="btn btn-primary">
            Find another partner
          </Link>
          <Link to="/sessions/history" className="btn btn-ghost">
            Your past sessions
          </Link>
        </div>
      </section>
    );
  }
  return <JoinCard data={loaderData} actionData={actionData} />;
}

function JoinCard({
  data: d,
  actionData,
}: {
  data: Extract<Route.ComponentProps["loaderData"], { kind: "join" }>;
  actionData: Route.ComponentProps["actionData"];
}) {
  const navigation = useNavigation();
  const joining = navigation.state !== "idle" && navigation.formData?.get("intent") === "join";
  const submissionKey = useSubmissionKey(actionData);
  const isPrivate = d.view.visibility === "private";
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <div className="card bg-base-100 shadow-sm">
        <Form method="post" className="card-body gap-3" noValidate>
          <p className="text-base-content/60 text-sm">{isPrivate ? "Private session" : "Public session"}</p>
          <h1 className="card-title text-2xl">{d.problemTitle}</h1>
          <div className="flex items-center gap-2">
            <DifficultyBadge difficulty={d.difficulty} />
            <span className="text-sm">
              Hosted by <span className="font-medium">{d.hostUsername}</span>
            </span>
          </div>
          {d.full ? (
            <div role="alert" className="alert alert-warning alert-soft">
              This session is full.
            </div>
          ) : null}
          <FormErrors errors={actionData?.formErrors} />
          <input type="hidden" name="intent" value="join" />
          {isPrivate ? (
            <Field
              key={`password-${submissionKey}`}
              label="Session password"
              name="password"
              type="password"
              autoComplete="off"
              required
              autoFocus
              errors={actionData?.fieldErrors.password}
            />
          ) : null}
          <button type="submit" className="btn btn-primary mt-2" disabled={joining || d.full}>
            {joining ? "Joining…" : "Join session"}
          </button>
          <Link to="/sessions" className="btn btn-ghost btn-sm">
            Back to the lobby
          </Link>
        </Form>
      </div>
    </div>
  );
}
