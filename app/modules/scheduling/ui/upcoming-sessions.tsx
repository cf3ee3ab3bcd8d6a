import { href } from "react-router";

import { LocalTime } from "~/components/ui/local-time";
import { useDelegatedLinks } from "~/platform/hooks/use-delegated-links";

import type { ScheduledView } from "../scheduled-view";

/**
 * The lobby's "Upcoming" list: public scheduled sessions whose seat anyone may reserve, and
 * a line about the user's own. The lobby's loader reads them, so they render on the server
 * and stay through a network blip with the rest of the lobby. Its links are plain anchors
 * that navigate in the app through one handler (useDelegatedLinks).
 */
export function UpcomingSessions({ upcoming, mine }: { upcoming: ScheduledView[]; mine: ScheduledView[] }) {
  const navigateLinks = useDelegatedLinks();
  return (
    <section
      aria-labelledby="upcoming-lobby-heading"
      className="flex flex-col gap-2"
      data-testid="lobby-upcoming"
      onClick={navigateLinks}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="upcoming-lobby-heading" className="text-xl font-semibold">
          Upcoming
        </h2>
        <span className="flex gap-3 text-sm">
          <a href="/match" className="link">
            Quick match
          </a>
          <a href="/scheduled" className="link">
            Schedule a session
          </a>
        </span>
      </div>
      {mine.length ? (
        <p className="text-sm">
          You have {mine.length} scheduled: next <LocalTime iso={mine[0]!.startsAt} />.
        </p>
      ) : null}
      {upcoming.length ? (
        <ul className="flex flex-col gap-2">
          {upcoming.map((s) => (
            <li
              key={s.id}
              className="bg-base-100 rounded-box flex flex-wrap items-center justify-between gap-2 p-3 shadow-sm"
              data-testid="upcoming-session"
            >
              <span className="text-sm">
                <span className="font-medium">{s.problemTitle}</span> · <LocalTime iso={s.startsAt} /> · with{" "}
                {s.hostUsername}
              </span>
              <a href={href("/scheduled/:id", { id: s.id })} className="btn btn-sm">
                Reserve the seat
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-base-content/75 text-sm">No public sessions scheduled.</p>
      )}
    </section>
  );
}
