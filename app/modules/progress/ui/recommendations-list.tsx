import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";

import type { Recommendation } from "../recommendations";

/**
 * "Next for you": each suggestion with its reason in a few words. Plain links: the page
 * navigates them in the app with one handler around them (useDelegatedLinks).
 */
export function RecommendationsList({ items }: { items: Recommendation[] }) {
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
      <ul className="flex flex-col gap-2">
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
