import { useEffect } from "react";
import { href, Link, useFetcher } from "react-router";

import { LocalTime } from "~/components/ui/local-time";

import type { ScheduledView } from "../scheduled-view";

/**
 * The lobby's "Upcoming" list: public scheduled sessions whose seat anyone may reserve. It
 * loads /scheduled's data after hydration; without JavaScript the link leads there.
 */
export function UpcomingSessions() {
  const fetcher = useFetcher<{ upcoming: ScheduledView[]; mine: ScheduledView[] }>();
  const { load, state, data } = fetcher;
  useEffect(() => {
    if (state === "idle" && !data) void load("/scheduled");
  }, [load, state, data]);
  const upcoming = data?.upcoming ?? [];
  const mine = data?.mine ?? [];
  return (
    <section aria-labelledby="upcoming-lobby-heading" className="flex flex-col gap-2" data-testid="lobby-upcoming">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="upcoming-lobby-heading" className="text-xl font-semibold">
          Upcoming
        </h2>
        <span className="flex gap-3 text-sm">
          <Link to="/match" className="link">
            Quick match
          </Link>
          <Link to="/scheduled" className="link">
            Schedule a session
          </Link>
        </span>
      </div>
      {mine.length ? (
        <p className="text-sm">
          You have {mine.length} scheduled: next <LocalTime iso={mine[0]!.startsAt} />.
        </p>
      ) : null}
      {upcoming.length ? (
        <ul className="flex flex-col gap-2">
          {upcoming.slice(0, 5).map((s) => (
            <li
              key={s.id}
              className="bg-base-100 rounded-box flex flex-wrap items-center justify-between gap-2 p-3 shadow-sm"
              data-testid="upcoming-session"
            >
              <span className="text-sm">
                <span className="font-medium">{s.problemTitle}</span> · <LocalTime iso={s.startsAt} /> · with{" "}
                {s.hostUsername}
              </span>
              <Link to={href("/scheduled/:id", { id: s.id })} className="btn btn-sm">
                Reserve the seat
              </Link>
            </li>
          ))}
        </ul>
      ) : data ? (
        <p className="text-base-content/75 text-sm">No public sessions scheduled.</p>
      ) : null}
    </section>
  );
}
