import { data, Form, href, Link, redirect, type ShouldRevalidateFunctionArgs, useNavigation } from "react-router";

import { Field } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";
import { getServices, getStore } from "~/composition.server";
import { requireUser } from "~/modules/accounts/login-session.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import { renderEditorial, renderStatement, toWorkspaceProblem } from "~/modules/problems/problem-view.server";
import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import { roomProgressFor } from "~/modules/progress/progress.server";
import { RoomProgress } from "~/modules/progress/ui/room-progress";
import { END_REASON_LABELS } from "~/modules/sessions/end-reasons";
import { pendingProposal, proposeProblem, roomSuggestions } from "~/modules/sessions/room-problem.server";
import { ChangeProblemFormSchema } from "~/modules/sessions/room-problem-contract";
import { SESSION_ID_PATTERN } from "~/modules/sessions/session-id";
import { JoinSessionSchema, SessionIntentSchema } from "~/modules/sessions/session-schemas";
import { endSession, joinSession, leaveSession, loadSessionFor } from "~/modules/sessions/sessions.server";
import { SessionRoom } from "~/modules/sessions/ui/session-room";
import { useAutoRevalidate } from "~/platform/hooks/use-auto-revalidate";
import { useSubmissionKey } from "~/platform/hooks/use-submission-key";
import { failureResponse } from "~/platform/http/domain-failures.server";
import { formFailure } from "~/platform/http/form-responses.server";
import { parseForm } from "~/platform/http/forms";
import { loadOrKeep, useRememberLoaderData } from "~/platform/http/offline-loader";
import { readForm } from "~/platform/http/read-form.server";
import { requestInfo } from "~/platform/http/request-info.server";
import { retryAfterHeaders } from "~/platform/http/route-headers";

import type { Route } from "./+types/sessions.$id";

export const headers: Route.HeadersFunction = retryAfterHeaders;

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
  const base = { view, role, problemSlug: problem.slug, problemTitle: problem.title, difficulty: problem.difficulty };

  if (role === "visitor") {
    // A private session's link is not its password: who is in it, and whether they are
    // here, stays hidden until the password is given.
    const hidden = session.visibility === "private";
    // Still 410 Gone for clients that read the status, with a page a person can act on.
    if (session.status === "ended")
      return data(
        { kind: "ended" as const, ...base, view: hidden ? { ...view, participants: [] } : view },
        { status: 410 },
      );
    const host = view.participants.find((p) => p.role === "host");
    return {
      kind: "join" as const,
      ...base,
      view: hidden ? { ...view, participants: [] } : view,
      hostUsername: hidden ? null : (host?.username ?? ""),
      full: Boolean(session.guestId),
    };
  }
  if (session.status === "ended") return { kind: "ended" as const, ...base };

  // The session's own drafts (per problem) and submissions: it starts from the starter
  // code, whatever was typed solo, in another session or for its other problems.
  const [drafts, submissions, suggestions, proposal] = await Promise.all([
    getStore().drafts.getForSession(session.id, user.id, session.problemSlug),
    getStore().submissions.listForSession(session.id, 200),
    roomSuggestions(user.id, session),
    pendingProposal(session.id),
  ]);
  const progress = await roomProgressFor(user.id, session, submissions);
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
    progress,
    suggestions,
    proposal,
    submissions: submissions
      .filter((s) => s.userId === user.id && s.problemSlug === session.problemSlug)
      .reverse()
      .slice(0, 20)
      .map((s) => ({ ...s, createdAt: s.createdAt.toISOString() }))
      .map(({ userId: _u, problemSlug: _p, sessionId: _s, ...rest }) => rest),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request);
  checkId(params.id);
  const formData = await readForm(request);
  const intent = SessionIntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) return formFailure({ formErrors: [intent.error.issues[0]?.message ?? "Unknown action"] });

  if (intent.data === "join") {
    const parsed = parseForm(formData, JoinSessionSchema);
    if (!parsed.success) return formFailure(parsed);
    const result = await joinSession(user, params.id, parsed.data.password, requestInfo(context).clientIp);
    if (!result.ok) return failureResponse(result);
    return redirect(href("/sessions/:id", { id: params.id }));
  }
  if (intent.data === "change-problem") {
    // Without JavaScript: alone it changes at once; with a partner it proposes (they answer in the room).
    const parsed = parseForm(formData, ChangeProblemFormSchema);
    if (!parsed.success) return formFailure(parsed);
    const result = await proposeProblem(user, params.id, parsed.data.problemSlug);
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

/** Background reloads of the room survive a network blip: the room stays mounted. */
export async function clientLoader({ request, serverLoader }: Route.ClientLoaderArgs) {
  return loadOrKeep("session", request, serverLoader);
}

export default function SessionPage({ loaderData, actionData }: Route.ComponentProps) {
  useRememberLoaderData("session", loaderData);
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
        suggestions={loaderData.suggestions}
        proposal={loaderData.proposal}
        me={loaderData.me}
        iceServers={loaderData.iceServers}
        media={loaderData.media}
        headerExtra={<RoomProgress progress={loaderData.progress} />}
        formErrors={actionData && "formErrors" in actionData ? actionData.formErrors : undefined}
        fieldErrors={actionData && "fieldErrors" in actionData ? actionData.fieldErrors : undefined}
      />
    );
  }
  if (loaderData.kind === "ended") return <EndedCard data={loaderData} />;
  return <JoinCard data={loaderData} actionData={actionData && "formErrors" in actionData ? actionData : undefined} />;
}

function EndedCard({ data: d }: { data: Extract<Route.ComponentProps["loaderData"], { kind: "ended" }> }) {
  const reason = d.view.endReason ? END_REASON_LABELS[d.view.endReason] : null;
  const wasIn = d.role !== "visitor";
  return (
    <section
      className="mx-auto flex w-full max-w-lg flex-col items-center gap-4 px-4 py-16 text-center"
      data-testid="session-ended"
    >
      <h1 className="text-2xl font-bold">This session has ended</h1>
      <p className="flex flex-wrap items-center justify-center gap-2">
        <span className="font-medium">{d.problemTitle}</span>
        <DifficultyBadge difficulty={d.difficulty} />
      </p>
      <p className="text-base-content/75" data-testid="ended-reason">
        {reason ? `${reason}.` : "It is over."}{" "}
        {wasIn ? "Your code and submissions are kept." : "Its seats are closed, but you can start your own."}
      </p>
      <div className="flex flex-wrap justify-center gap-2">
        <Link to="/sessions" className="btn btn-primary">
          Find another partner
        </Link>
        <Link to={`/problems/${d.problemSlug}`} className="btn btn-ghost">
          Practise {d.problemTitle} alone
        </Link>
        {wasIn ? (
          <Link to={`/sessions/history/${d.view.id}`} className="btn btn-ghost" data-testid="reflect-link">
            Reflect on it (60 s)
          </Link>
        ) : null}
        {wasIn ? (
          <Link to="/sessions/history" className="btn btn-ghost">
            Your past sessions
          </Link>
        ) : null}
      </div>
    </section>
  );
}

/** The seat is taken: nothing to fill in, only ways onward. */
function FullCard({ data: d }: { data: Extract<Route.ComponentProps["loaderData"], { kind: "join" }> }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12" data-testid="session-full">
      <div className="card bg-base-100 shadow-sm">
        <div className="card-body items-center gap-3 text-center">
          <h1 className="card-title text-2xl">This session is full</h1>
          <p className="flex flex-wrap items-center justify-center gap-2">
            <span className="font-medium">{d.problemTitle}</span>
            <DifficultyBadge difficulty={d.difficulty} />
          </p>
          <p className="text-base-content/75">
            {d.hostUsername ?? "The host"} already has a partner. Take a free seat in another session, or start your
            own.
          </p>
          <div className="flex flex-wrap justify-center gap-2">
            <Link to="/sessions" className="btn btn-primary">
              Back to the lobby
            </Link>
            <Link to={`/problems/${d.problemSlug}`} className="btn btn-ghost">
              Practise it alone
            </Link>
          </div>
        </div>
      </div>
    </div>
  );
}

function JoinCard({
  data: d,
  actionData,
}: {
  data: Extract<Route.ComponentProps["loaderData"], { kind: "join" }>;
  actionData: Extract<NonNullable<Route.ComponentProps["actionData"]>, { formErrors: string[] }> | undefined;
}) {
  const navigation = useNavigation();
  const joining = navigation.state !== "idle" && navigation.formData?.get("intent") === "join";
  const submissionKey = useSubmissionKey(actionData);
  const isPrivate = d.view.visibility === "private";
  if (d.full) return <FullCard data={d} />;
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <div className="card bg-base-100 shadow-sm">
        <Form method="post" className="card-body gap-3" noValidate>
          <p className="text-base-content/75 text-sm">{isPrivate ? "Private session" : "Public session"}</p>
          <h1 className="card-title text-2xl">{d.problemTitle}</h1>
          <div className="flex items-center gap-2">
            <DifficultyBadge difficulty={d.difficulty} />
            {d.hostUsername ? (
              <span className="text-sm">
                Hosted by <span className="font-medium">{d.hostUsername}</span>
              </span>
            ) : null}
          </div>
          <FormErrors errors={actionData?.formErrors} link={actionData?.link} />
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
          <button type="submit" className="btn btn-primary mt-2" disabled={joining}>
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
