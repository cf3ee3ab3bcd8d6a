import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import { useDelegatedLinks } from "~/platform/hooks/use-delegated-links";

import type { Recommendation } from "../recommendations";

/** "Next for you": each suggestion with its reason in a few words. */
export function RecommendationsList({ items }: { items: Recommendation[] }) {
  const navigateLinks = useDelegatedLinks();
  return (
    <section
      aria-labelledby="next-heading"
      className="bg-base-100 rounded-box flex flex-col gap-2 p-4 shadow-sm"
      data-testid="recommendations"
    >
      <h2 id="next-heading" className="text-lg font-semibold">
        Next for you
      </h2>
      {items.length === 0 ? <p className="text-base-content/70">You have solved everything in the bank. 🎉</p> : null}
      <ul className="flex flex-col gap-2" onClick={navigateLinks}>
        {items.map((r) => (
          <li key={r.slug} className="flex flex-wrap items-center gap-x-2" data-testid="recommendation">
            <a href={`/problems/${r.slug}`} className="link font-medium">
              {r.title}
            </a>
            <DifficultyBadge difficulty={r.difficulty} />
            <span className="text-base-content/70 text-sm" data-testid="recommendation-reason">
              {r.reason}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
