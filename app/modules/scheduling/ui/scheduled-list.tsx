import { href, Link } from "react-router";

import { LocalTime } from "~/components/ui/local-time";

import type { ScheduledView } from "../scheduled-view";

/** Scheduled sessions as rows: when (in the reader's zone), what, with whom. */
export function ScheduledList({ items, testId }: { items: ScheduledView[]; testId: string }) {
  return (
    <ul className="flex flex-col gap-3" data-testid={testId}>
      {items.map((s) => (
        <li
          key={s.id}
          className="bg-base-100 rounded-box flex flex-wrap items-center justify-between gap-3 p-4 shadow-sm"
          data-testid="scheduled-row"
        >
          <div className="flex flex-col gap-1">
            <span className="font-semibold">{s.problemTitle}</span>
            <span className="text-base-content/75 text-sm">
              <LocalTime iso={s.startsAt} /> · {s.durationMinutes} min · hosted by {s.hostUsername}
              {s.guestUsername ? ` with ${s.guestUsername}` : " · seat free"}
              {s.status === "open" ? " · open now" : ""}
            </span>
          </div>
          <Link to={href("/scheduled/:id", { id: s.id })} className="btn btn-sm">
            Details
          </Link>
        </li>
      ))}
    </ul>
  );
}
