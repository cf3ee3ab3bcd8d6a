import { LocalTime } from "~/components/ui/local-time";
import { DIFFICULTIES, TOPICS } from "~/modules/problems/problem-constants";
import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import { escapeHtml } from "~/platform/escape-html";
import { memoByObject } from "~/platform/memo-by-object";

import { plural } from "../plural";
import type { ProgressView, RecentItem } from "../progress.server";
import type { ProgressCounts } from "../progress-summary";
import { STREAK_RULE } from "../streaks";

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

export function StreakCard({
  streak,
  showRule = true,
}: {
  streak: Pick<ProgressView["streak"], "current" | "longest"> & Partial<ProgressView["streak"]>;
  showRule?: boolean;
}) {
  return (
    <section aria-labelledby="streak-heading" className="bg-base-100 rounded-box flex flex-col gap-3 p-4 shadow-sm">
      <h2 id="streak-heading" className="text-xl font-semibold">
        Streak
      </h2>
      <dl className="grid grid-cols-2 gap-3">
        <div>
          <dt className="text-base-content/70 text-sm">Current</dt>
          <dd className="text-3xl font-bold" data-testid="streak-current">
            {plural(streak.current, "day")}
          </dd>
        </div>
        <div>
          <dt className="text-base-content/70 text-sm">Longest</dt>
          <dd className="text-3xl font-bold" data-testid="streak-longest">
            {plural(streak.longest, "day")}
          </dd>
        </div>
      </dl>
      {streak.practisedToday === false && streak.current > 0 ? (
        <p className="text-sm">Practise today to keep it going.</p>
      ) : null}
      {streak.freezeHeld !== undefined ? (
        <p className="text-sm" data-testid="streak-freeze">
          {streak.freezeHeld ? "❄️ You hold a freeze: one missed day will not break your streak." : "No freeze held."}
          {streak.frozenDays?.length ? ` A freeze covered ${streak.frozenDays.join(", ")}.` : ""}
        </p>
      ) : null}
      {showRule ? (
        <details className="text-sm">
          <summary className="cursor-pointer">What counts</summary>
          <p className="mt-1" data-testid="streak-rule">
            {STREAK_RULE}
          </p>
        </details>
      ) : null}
    </section>
  );
}

/**
 * The by-topic rows as one string: ~20 rows of five elements each cost React's server
 * renderer more than the rest of the section, and the rows have no behaviour. Kept with
 * the reused view (ADR 086).
 */
const topicRows = memoByObject((counts: ProgressCounts) =>
  counts.byTopic
    .map(
      (t) =>
        `<tr data-testid="topic-row"><th scope="row" class="font-normal">${escapeHtml(TOPICS[t.topic] ?? t.topic)}</th><td>${Math.trunc(t.solved)} / ${Math.trunc(t.total)}</td><td><progress class="progress progress-primary w-full" value="${percent(t.solved, t.total)}" max="100" aria-hidden="true"></progress></td></tr>`,
    )
    .join(""),
);

export function SolvedCounts({ counts }: { counts: ProgressCounts }) {
  return (
    <section aria-labelledby="solved-heading" className="bg-base-100 rounded-box flex flex-col gap-3 p-4 shadow-sm">
      <h2 id="solved-heading" className="text-xl font-semibold">
        Solved
      </h2>
      <p data-testid="solved-summary">
        <span className="text-3xl font-bold">{counts.solved}</span> problems solved
        {counts.acceptanceRate === null
          ? " · no submissions yet"
          : ` · acceptance rate ${Math.round(counts.acceptanceRate * 100)}% (${counts.accepted} of ${plural(counts.submissions, "submission")})`}
      </p>
      <ul className="flex flex-col gap-2" aria-label="Solved by difficulty">
        {DIFFICULTIES.map((d) => {
          const c = counts.byDifficulty[d];
          return (
            <li key={d} className="grid grid-cols-[5rem_1fr_4rem] items-center gap-2 text-sm">
              <DifficultyBadge difficulty={d} />
              <progress className="progress progress-success w-full" value={c.solved} max={c.total || 1} aria-hidden />
              <span data-testid={`solved-${d}`}>{`${c.solved} / ${c.total}`}</span>
            </li>
          );
        })}
      </ul>
      <details className="text-sm" open>
        <summary className="cursor-pointer font-medium">By topic</summary>
        <table className="table-sm table">
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Solved</th>
              <th scope="col" className="w-1/3">
                <span className="sr-only">Share solved</span>
              </th>
            </tr>
          </thead>
          {/* Rows as markup: one row per topic was most of the page's elements (see topicRows). */}
          <tbody dangerouslySetInnerHTML={{ __html: topicRows(counts) }} />
        </table>
      </details>
    </section>
  );
}

/** Plain links: the page navigates them in the app with one handler around them (useDelegatedLinks). */
export function RecentActivity({ items }: { items: RecentItem[] }) {
  return (
    <section aria-labelledby="recent-heading" className="bg-base-100 rounded-box flex flex-col gap-2 p-4 shadow-sm">
      <h2 id="recent-heading" className="text-xl font-semibold">
        Recent activity
      </h2>
      {items.length === 0 ? (
        <p className="text-base-content/70">Nothing yet: submit a solution or finish a session.</p>
      ) : null}
      <ol className="flex flex-col gap-1 text-sm" data-testid="recent-activity">
        {items.map((item) => (
          <li key={`${item.kind}-${item.at}-${item.slug}`}>
            <LocalTime iso={item.at} />
            {" · "}
            <a href={`/problems/${item.slug}`} className="link">
              {item.title}
            </a>
            {item.kind === "submission"
              ? ` · ${item.verdict}`
              : ` · session finished${item.partners.length ? ` with ${item.partners.join(", ")}` : ""}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
