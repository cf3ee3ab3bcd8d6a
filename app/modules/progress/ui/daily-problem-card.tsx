import type { Difficulty } from "~/modules/problems/problem-constants";
import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import { useDelegatedLinks } from "~/platform/hooks/use-delegated-links";

export interface DailyProblemView {
  slug: string;
  title: string;
  difficulty: Difficulty;
}

/** Today's problem, the same for everyone (UTC day), with a partner or alone. */
export function DailyProblemCard({ daily }: { daily: DailyProblemView | null }) {
  const navigateLinks = useDelegatedLinks();
  if (!daily) return null;
  return (
    <section
      onClick={navigateLinks}
      aria-labelledby="daily-heading"
      className="bg-base-100 rounded-box flex flex-col gap-2 p-4 shadow-sm"
      data-testid="daily-problem"
    >
      <h2 id="daily-heading" className="text-lg font-semibold">
        Today&apos;s problem
      </h2>
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium" data-testid="daily-title">
          {daily.title}
        </span>
        <DifficultyBadge difficulty={daily.difficulty} />
      </p>
      <p className="text-base-content/70 text-sm">The same problem for everyone today (UTC).</p>
      <div className="flex flex-wrap gap-2">
        <a href={`/match?problem=${encodeURIComponent(daily.slug)}`} className="btn btn-primary btn-sm">
          Find a partner for it
        </a>
        <a href={`/problems/${daily.slug}`} className="btn btn-ghost btn-sm">
          Solve alone
        </a>
      </div>
    </section>
  );
}
