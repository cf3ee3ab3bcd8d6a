import { Link } from "react-router";

import type { PairStreakUnit } from "../pair-streak-rules";
import { PairStreakBadge } from "./pair-streaks-list";

export interface RoomProgressView {
  streak: { current: number; longest: number; thisUnit: boolean; unit: PairStreakUnit } | null;
  bothSolved: boolean;
  nextTogether: { slug: string; title: string } | null;
}

/** In the room's header: the pair streak, "both solved", and a next problem neither has solved. */
export function RoomProgress({ progress }: { progress: RoomProgressView }) {
  return (
    <>
      {progress.streak ? <PairStreakBadge current={progress.streak.current} unit={progress.streak.unit} /> : null}
      {progress.bothSolved ? (
        <span className="badge badge-success badge-sm" role="status" data-testid="both-solved">
          🎉 Both solved
        </span>
      ) : null}
      {progress.nextTogether ? (
        <Link
          to={`/sessions?problem=${encodeURIComponent(progress.nextTogether.slug)}`}
          className="link text-xs"
          title="Neither of you has solved it yet"
          data-testid="next-together"
        >
          Next together: {progress.nextTogether.title}
        </Link>
      ) : null}
    </>
  );
}
