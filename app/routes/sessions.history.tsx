import { href, Link } from "react-router";

import { LocalTime } from "~/components/ui/local-time";
import { getStore } from "~/composition.server";
import { requireUser } from "~/modules/accounts/login-session.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import { END_REASON_LABELS } from "~/modules/sessions/session-schemas";
import { formatDuration } from "~/platform/time";

import type { Route } from "./+types/sessions.history";

export const meta: Route.MetaFunction = () => [{ title: "Past sessions · PeerPrep" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const history = await getStore().sessions.historyForUser(user.id, 100);
  return {
    entries: history.map(({ session, partners }) => {
      const start = session.startedAt ?? session.createdAt;
      const end = session.endedAt;
      return {
        id: session.id,
        problemTitle: getProblem(session.problemSlug)?.title ?? session.problemSlug,
        partners,
        status: session.status,
        date: session.createdAt.toISOString(),
        durationMs: end ? end.getTime() - start.getTime() : null,
        ending: session.endReason
          ? END_REASON_LABELS[session.endReason]
          : session.status === "ended"
            ? "Ended"
            : "Still open",
      };
    }),
  };
}

export default function SessionHistory({ loaderData }: Route.ComponentProps) {
  const { entries } = loaderData;
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-10">
      <h1 className="text-3xl font-bold">Past sessions</h1>
      {entries.length === 0 ? (
        <p className="text-base-content/70">
          No sessions yet.{" "}
          <Link to="/sessions" className="link">
            Find a partner
          </Link>{" "}
          to start one.
        </p>
      ) : (
        <div className="bg-base-100 overflow-x-auto rounded-box shadow-sm">
          <table className="table" data-testid="history">
            <thead>
              <tr>
                <th>When</th>
                <th>Problem</th>
                <th>Partner</th>
                <th>Duration</th>
                <th>How it ended</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>
                    <LocalTime iso={e.date} />
                  </td>
                  <td>
                    {e.status === "ended" ? (
                      e.problemTitle
                    ) : (
                      <Link to={href("/sessions/:id", { id: e.id })} className="link">
                        {e.problemTitle}
                      </Link>
                    )}
                  </td>
                  <td>
                    {e.partners.length ? (
                      e.partners.join(", ")
                    ) : (
                      <span className="text-base-content/60">Nobody joined</span>
                    )}
                  </td>
                  <td>{e.durationMs === null ? "—" : formatDuration(e.durationMs)}</td>
                  <td>{e.ending}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
