import { LocalTime } from "~/components/ui/local-time";

import { PAIR_STREAK_RULE } from "../pair-streak-rules";

export interface PairStreakItem {
  partner: { id: string; username: string };
  current: number;
  longest: number;
  sessionsTogether: number;
  lastTogether: string | null;
  thisWeek: boolean;
}

const weeks = (n: number) => `${n} week${n === 1 ? "" : "s"}`;

/** Practice partners and the weeks in a row practised together. */
export function PairStreaksList({ items }: { items: PairStreakItem[] }) {
  return (
    <section aria-labelledby="pairs-heading" className="bg-base-100 rounded-box flex flex-col gap-2 p-4 shadow-sm">
      <h2 id="pairs-heading" className="text-xl font-semibold">
        Pair streaks
      </h2>
      {items.length === 0 ? (
        <p className="text-base-content/70">Finish a session with a partner to start a pair streak.</p>
      ) : null}
      <ul className="flex flex-col gap-1 text-sm" data-testid="pair-streaks">
        {items.map((p) => (
          <li key={p.partner.id} data-testid="pair-streak">
            <span className="font-medium">{p.partner.username}</span>: {weeks(p.current)} in a row
            {p.longest > p.current ? ` (longest ${weeks(p.longest)})` : ""} · {p.sessionsTogether} session
            {p.sessionsTogether === 1 ? "" : "s"} together
            {p.lastTogether ? (
              <>
                {" "}
                · last <LocalTime iso={p.lastTogether} format="date" />
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="text-base-content/70 text-xs">{PAIR_STREAK_RULE}</p>
    </section>
  );
}

/** The small badge the room and the session record show. */
export function PairStreakBadge({ current, partner }: { current: number; partner?: string }) {
  if (current <= 0) return null;
  return (
    <span
      className="badge badge-accent badge-sm whitespace-nowrap"
      title={`${weeks(current)} in a row practising together`}
      data-testid="pair-streak-badge"
    >
      🔥 {weeks(current)} together{partner ? ` with ${partner}` : ""}
    </span>
  );
}
