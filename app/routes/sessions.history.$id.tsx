import { data, Link } from "react-router";

import { LocalTime } from "~/components/ui/local-time";
import { requireUser } from "~/modules/accounts/login-session.server";
import { MessageBody } from "~/modules/chat/ui/message-body";
import { LANGUAGE_LABELS, LANGUAGES } from "~/modules/problems/problem-constants";
import { sessionAftercare } from "~/modules/progress/session-aftercare.server";
import { PairStreakBadge } from "~/modules/progress/ui/pair-streaks-list";
import { ReflectionForm } from "~/modules/progress/ui/reflection-form";
import { partnerChoicesFor } from "~/modules/scheduling/partners.server";
import { SavePartner } from "~/modules/scheduling/ui/save-partner";
import { loadSessionRecord } from "~/modules/sessions/session-history.server";
import { SESSION_ID_PATTERN } from "~/modules/sessions/session-id";
import { formatDuration } from "~/platform/time";

import type { Route } from "./+types/sessions.history.$id";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.problemTitle} · Past session · PeerPrep` : "Past session · PeerPrep" },
];

const NOT_FOUND = "We could not find that session in your history.";

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  if (!SESSION_ID_PATTERN.test(params.id)) throw data(NOT_FOUND, { status: 404 });
  // Members only; anyone else gets the same 404 as for a session that does not exist.
  const record = await loadSessionRecord(user, params.id);
  if (!record) throw data(NOT_FOUND, { status: 404 });
  const [partnerChoices, aftercare] = await Promise.all([
    partnerChoicesFor(user, record.id),
    sessionAftercare(user.id, params.id),
  ]);
  return { ...record, partnerChoices, aftercare };
}

export default function SessionRecord({ loaderData: r }: Route.ComponentProps) {
  const drafts = LANGUAGES.filter((l) => r.myDrafts[l] !== undefined);
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-10" data-testid="session-record">
      <div className="flex flex-col gap-1">
        <Link to="/sessions/history" className="link text-sm">
          ← Past sessions
        </Link>
        <h1 className="text-3xl font-bold">{r.problemTitle}</h1>
        <p className="text-base-content/70">
          <LocalTime iso={r.createdAt} />
          {r.partners.length ? ` · with ${r.partners.join(", ")}` : " · nobody joined"}
          {r.durationMs === null ? "" : ` · ${formatDuration(r.durationMs)}`}
          {" · "}
          <span data-testid="record-outcome">{r.label}</span>
        </p>
        <SavePartner sessionId={r.id} choices={r.partnerChoices} />
        {r.aftercare.pairStreaks.map((p) => (
          <PairStreakBadge key={p.partner} current={p.current} unit={p.unit} partner={p.partner} />
        ))}
        {r.outcome === "in-progress" ? (
          <Link to={`/sessions/${r.id}`} className="btn btn-primary btn-sm w-fit">
            Back to the room
          </Link>
        ) : null}
      </div>

      <section aria-labelledby="results-heading" className="bg-base-100 rounded-box p-4 shadow-sm">
        <h2 id="results-heading" className="mb-2 text-xl font-semibold">
          Results
        </h2>
        <ul className="flex flex-col gap-1" data-testid="record-results">
          {r.results.map((p) => (
            <li key={p.username} data-testid="record-result">
              <span className="font-medium">{p.username}</span>
              {p.isYou ? " (you)" : ""}:{" "}
              {p.best
                ? `${p.best.verdict} (${p.best.passed}/${p.best.total}) · ${p.attempts} submission${p.attempts === 1 ? "" : "s"}`
                : "no submission"}
            </li>
          ))}
        </ul>
        {r.problems.length > 1 ? (
          <>
            <h3 className="mt-3 mb-1 font-semibold">Problems in this session</h3>
            <ul className="flex flex-col gap-1" data-testid="record-problems">
              {r.problems.map((p) => (
                <li key={p.slug}>
                  <Link to={`/problems/${p.slug}`} className="link">
                    {p.title}
                  </Link>
                  {` · ${p.attempts} submission${p.attempts === 1 ? "" : "s"}`}
                  {p.solvedBy.length ? ` · solved by ${p.solvedBy.join(" and ")}` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {r.outcome === "in-progress" ? null : (
        <ReflectionForm sessionId={r.id} reflection={r.aftercare.reflection} partner={r.partners[0] ?? null} />
      )}

      <section aria-labelledby="code-heading" className="bg-base-100 rounded-box p-4 shadow-sm">
        <h2 id="code-heading" className="mb-2 text-xl font-semibold">
          Your code
        </h2>
        {drafts.length === 0 && r.mySubmissions.length === 0 ? (
          <p className="text-base-content/70">You did not write code in this session.</p>
        ) : null}
        {drafts.map((language) => (
          <div key={language} className="mb-3" data-testid="record-draft">
            <h3 className="text-sm font-medium">Last draft · {LANGUAGE_LABELS[language]}</h3>
            <pre className="bg-base-200 overflow-x-auto rounded p-2 text-sm">
              <code>{r.myDrafts[language]}</code>
            </pre>
          </div>
        ))}
        {r.mySubmissions.length ? (
          <details>
            <summary className="cursor-pointer text-sm font-medium">
              Your submissions ({r.mySubmissions.length})
            </summary>
            <ol className="mt-2 flex flex-col gap-3">
              {r.mySubmissions.map((s) => (
                <li key={s.id} data-testid="record-submission">
                  <p className="text-sm">
                    <LocalTime iso={s.createdAt} /> · {LANGUAGE_LABELS[s.language]} · {s.verdict} ({s.passed}/{s.total})
                  </p>
                  <pre className="bg-base-200 overflow-x-auto rounded p-2 text-sm">
                    <code>{s.code}</code>
                  </pre>
                </li>
              ))}
            </ol>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="chat-heading" className="bg-base-100 rounded-box p-4 shadow-sm">
        <h2 id="chat-heading" className="mb-2 text-xl font-semibold">
          Chat
        </h2>
        {r.transcript.length === 0 ? <p className="text-base-content/70">Nothing was said.</p> : null}
        <ol className="flex flex-col gap-2" data-testid="record-transcript">
          {r.transcript.map((m) =>
            m.kind === "system" ? (
              <li key={m.id} className="text-base-content/60 text-center text-xs">
                {m.body}
              </li>
            ) : (
              <li key={m.id} data-testid="record-message">
                <p className="text-base-content/60 text-xs">
                  <span className="font-medium">{m.authorName ?? "deleted user"}</span> ·{" "}
                  <LocalTime iso={m.createdAt} />
                </p>
                <MessageBody body={m.body} />
              </li>
            ),
          )}
        </ol>
      </section>
    </div>
  );
}
