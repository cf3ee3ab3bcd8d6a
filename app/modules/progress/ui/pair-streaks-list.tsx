import { LocalTime } from "~/components/ui/local-time";

import { type PairStreakRule, pairStreakRuleText, type PairStreakUnit, streakLength } from "../pair-streak-rules";
import { plural } from "../plural";

export interface PairStreakItem {
  partner: { id: string; username: string };
  unit: PairStreakUnit;
  timeZone: string;
  current: number;
  longest: number;
  sessionsTogether: number;
  lastTogether: string | null;
}

/** The distinct rules of the pairs shown, each stated once (weeks first). */
function rulesOf(items: readonly PairStreakRule[]): PairStreakRule[] {
  const rules = new Map<string, PairStreakRule>([["week", { unit: "week", timeZone: "UTC" }]]);
  for (const i of items) if (i.unit === "day") rules.set(`day:${i.timeZone}`, { unit: "day", timeZone: i.timeZone });
  if (!items.some((i) => i.unit === "week") && items.length) rules.delete("week");
  return [...rules.values()];
}

/** Practice partners and the weeks (or days) in a row practised together. */
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
            <span className="font-medium">{p.partner.username}</span>
            {/* One text node per run of text: the list is rendered on every /progress. */}
            {`: ${streakLength(p.current, p.unit)} in a row${p.longest > p.current ? ` (longest ${streakLength(p.longest, p.unit)})` : ""} · ${plural(p.sessionsTogether, "session")} together${p.lastTogether ? " · last " : ""}`}
            {p.lastTogether ? <LocalTime iso={p.lastTogether} format="date" /> : null}
          </li>
        ))}
      </ul>
      {rulesOf(items).map((rule) => (
        <p
          key={`${rule.unit}:${rule.timeZone}`}
          className="text-base-content/70 text-xs"
          data-testid="pair-streak-rule"
        >
          {pairStreakRuleText(rule)}
        </p>
      ))}
    </section>
  );
}

/** The small badge the room and the session record show. */
export function PairStreakBadge({
  current,
  unit,
  partner,
}: {
  current: number;
  unit: PairStreakUnit;
  partner?: string;
}) {
  if (current <= 0) return null;
  return (
    <span
      className="badge badge-accent badge-sm whitespace-nowrap"
      title={`${streakLength(current, unit)} in a row practising together`}
      data-testid="pair-streak-badge"
    >
      🔥 {streakLength(current, unit)} together{partner ? ` with ${partner}` : ""}
    </span>
  );
}
