import { Form, href, redirect, useNavigation } from "react-router";

import { Field } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";
import { requireUser } from "~/modules/accounts/login-session.server";
import { FindPartnerLink } from "~/modules/matching/ui/find-partner-link";
import { getProblem } from "~/modules/problems/problem-bank.server";
import { DIFFICULTIES } from "~/modules/problems/problem-constants";
import { PROBLEM_OPTIONS_HTML } from "~/modules/problems/problem-picker-options";
import { DifficultySchema } from "~/modules/problems/problem-schema";
import { dailyProblemToday } from "~/modules/progress/progress.server";
import { DailyProblemCard } from "~/modules/progress/ui/daily-problem-card";
import { listMine, listReservable } from "~/modules/scheduling/scheduled-lists.server";
import { UpcomingSessions } from "~/modules/scheduling/ui/upcoming-sessions";
import { CreateSessionSchema } from "~/modules/sessions/session-schemas";
import { createSession, listLobby } from "~/modules/sessions/sessions.server";
import { TIMER_MINUTES } from "~/modules/sessions/timer-minutes";
import { LobbyList, lobbyRows } from "~/modules/sessions/ui/lobby-list";
import { useAutoRevalidate } from "~/platform/hooks/use-auto-revalidate";
import { useDelegatedLinks } from "~/platform/hooks/use-delegated-links";
import { failureResponse } from "~/platform/http/domain-failures.server";
import { formFailure } from "~/platform/http/form-responses.server";
import { parseForm, pickValues } from "~/platform/http/forms";
import { loadOrKeep, useRememberLoaderData } from "~/platform/http/offline-loader";
import { readForm } from "~/platform/http/read-form.server";
import { retryAfterHeaders } from "~/platform/http/route-headers";
import { ReusedFragment } from "~/platform/ssr/reused-fragment";

import type { Route } from "./+types/sessions._index";

export const headers: Route.HeadersFunction = retryAfterHeaders;

export const meta: Route.MetaFunction = () => [{ title: "Sessions · PeerPrep" }];

/** The lobby's filter: an unknown difficulty shows every session rather than an error. */
const DifficultyFilterSchema = DifficultySchema.optional().catch(undefined);

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const difficulty = DifficultyFilterSchema.parse(url.searchParams.get("difficulty") || undefined);
  const preselect = url.searchParams.get("problem");
  const [sessions, upcoming, mine] = await Promise.all([listLobby(difficulty), listReservable(user), listMine(user)]);
  return {
    difficulty: difficulty ?? null,
    sessions,
    // In the lobby's own answer, not a second request: one fetch to keep through a blip; five shown.
    upcoming: upcoming.slice(0, 5),
    myScheduled: mine,
    // "waiting since" is computed against the server's clock, so hydration renders the same text.
    now: Date.now(),
    preselect: preselect && getProblem(preselect) ? preselect : null,
    daily: dailyProblemToday(),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const values = pickValues(formData, ["problem", "difficulty", "visibility", "timer"]);
  const parsed = parseForm(formData, CreateSessionSchema);
  if (!parsed.success) return formFailure({ ...parsed, values });
  const result = await createSession(user, parsed.data);
  if (!result.ok) return failureResponse(result, values);
  return redirect(href("/sessions/:id", { id: result.id }));
}

/** The lobby refreshes itself: a network blip keeps the list shown until the next answer. */
export async function clientLoader({ request, serverLoader }: Route.ClientLoaderArgs) {
  return loadOrKeep("lobby", request, serverLoader);
}

export default function Lobby({ loaderData, actionData }: Route.ComponentProps) {
  useRememberLoaderData("lobby", loaderData);
  const { sessions, difficulty, preselect, now } = loaderData;
  useAutoRevalidate(5_000);
  const navigation = useNavigation();
  const creating =
    navigation.state !== "idle" && navigation.formAction === "/sessions" && navigation.formMethod === "POST";
  const visibility = actionData?.values.visibility ?? "public";
  const navigateLinks = useDelegatedLinks();
  const rows = lobbyRows(sessions, now);

  return (
    <div className="mx-auto grid w-full max-w-6xl gap-8 px-4 py-10 lg:grid-cols-[1fr_22rem]">
      {/* Its plain links navigate in the app through one handler (useDelegatedLinks). */}
      <section aria-labelledby="lobby-heading" className="flex flex-col gap-4" onClick={navigateLinks}>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 id="lobby-heading" className="text-3xl font-bold">
              Open sessions
            </h1>
            <p className="text-base-content/75 text-sm">Take a free seat and start on the same problem right away.</p>
          </div>
          <FindPartnerLink />
          <Form method="get" className="flex items-end gap-2">
            <label className="form-control">
              <span className="mb-1 block text-xs font-medium">Difficulty</span>
              <select
                name="difficulty"
                defaultValue={difficulty ?? ""}
                className="select select-sm w-32"
                onChange={(e) => e.currentTarget.form?.requestSubmit()}
              >
                <DifficultyOptions />
              </select>
            </label>
            <noscript>
              <button type="submit" className="btn btn-sm">
                Filter
              </button>
            </noscript>
          </Form>
        </div>
        <DailyProblemCard daily={loaderData.daily} />
        {sessions.length === 0 ? (
          <div className="bg-base-100 rounded-box p-10 text-center shadow-sm" data-testid="lobby-empty">
            <p className="font-medium">No open sessions right now.</p>
            <p className="text-base-content/75 text-sm">Start one: it will show up here for others to join.</p>
          </div>
        ) : (
          // One form for the whole list: each Join button posts to its own session.
          <Form method="post">
            <input type="hidden" name="intent" value="join" />
            {/* The rows' markup is rendered once per distinct list (ADR 100): every client polls it. */}
            <ReusedFragment by={JSON.stringify(rows)}>{() => <LobbyList rows={rows} />}</ReusedFragment>
          </Form>
        )}
        <UpcomingSessions upcoming={loaderData.upcoming} mine={loaderData.myScheduled} />
        <p className="text-sm">
          <a href="/sessions/history" className="link">
            Your past sessions
          </a>
        </p>
      </section>

      <aside aria-labelledby="create-heading" className="card bg-base-100 h-fit shadow-sm">
        <Form method="post" action="/sessions" className="card-body gap-3" noValidate>
          <h2 id="create-heading" className="card-title">
            Start a session
          </h2>
          <FormErrors errors={actionData?.formErrors} link={actionData?.link} />
          <div className="fieldset">
            <label htmlFor="problem-picker" className="fieldset-legend pb-1">
              Problem
            </label>
            <input
              id="problem-picker"
              name="problem"
              list="problem-options"
              className={`input w-full ${actionData?.fieldErrors.problem ? "input-error" : ""}`}
              placeholder="Search by name, or random"
              defaultValue={actionData?.values.problem ?? preselect ?? "random"}
              autoComplete="off"
              aria-describedby="problem-hint"
              aria-invalid={actionData?.fieldErrors.problem ? true : undefined}
            />
            {/* Static markup built once (see PROBLEM_OPTIONS_HTML): identical on server and client. */}
            <datalist id="problem-options" dangerouslySetInnerHTML={{ __html: PROBLEM_OPTIONS_HTML }} />
            <p id="problem-hint" className="label text-xs whitespace-normal">
              Type a title or pick one from the list; “random” picks one for you.
            </p>
            {actionData?.fieldErrors.problem ? (
              <p className="text-error text-sm" data-field-error="problem">
                {actionData.fieldErrors.problem[0]}
              </p>
            ) : null}
          </div>
          <label className="fieldset">
            <span className="fieldset-legend pb-1">Difficulty for a random problem</span>
            <select name="difficulty" className="select w-full" defaultValue={actionData?.values.difficulty ?? ""}>
              <DifficultyOptions />
            </select>
          </label>
          <label className="fieldset">
            <span className="fieldset-legend pb-1">Timer (optional)</span>
            <select name="timer" className="select w-full" defaultValue={actionData?.values.timer ?? ""}>
              <option value="">No timer</option>
              {TIMER_MINUTES.map((m) => (
                <option key={m} value={m}>
                  {m} minutes
                </option>
              ))}
            </select>
          </label>
          <fieldset className="fieldset">
            <legend className="fieldset-legend pb-1">Who can join</legend>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="visibility"
                value="public"
                className="radio radio-sm"
                defaultChecked={visibility === "public"}
              />
              Public: listed here, anyone may take the seat
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="visibility"
                value="private"
                className="radio radio-sm"
                defaultChecked={visibility === "private"}
              />
              Private: link and password only
            </label>
          </fieldset>
          {/* Shown by CSS only while "Private" is checked (app.css), so it works without JavaScript. */}
          <div className="private-only" data-testid="password-field">
            <Field
              label="Session password"
              name="password"
              type="password"
              autoComplete="new-password"
              hint="4–64 characters. Share it with your partner."
              errors={actionData?.fieldErrors.password}
            />
          </div>
          <button type="submit" className="btn btn-primary" disabled={creating}>
            {creating ? "Starting…" : "Start session"}
          </button>
        </Form>
      </aside>
    </div>
  );
}

function DifficultyOptions() {
  return (
    <>
      <option value="">Any</option>
      {DIFFICULTIES.map((d) => (
        <option key={d} value={d}>
          {d[0]!.toUpperCase() + d.slice(1)}
        </option>
      ))}
    </>
  );
}
