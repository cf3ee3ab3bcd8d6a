import { data } from "react-router";
import { z } from "zod";

import { GeneralErrorBoundary } from "~/components/error-boundary";
import { loadPublicProfile } from "~/modules/progress/progress.server";
import { ActivityHeatmap } from "~/modules/progress/ui/activity-heatmap";
import { RecentActivity, SolvedCounts, StreakCard } from "~/modules/progress/ui/progress-panels";
import { useDelegatedLinks } from "~/platform/hooks/use-delegated-links";

import type { Route } from "./+types/u.$username";

export const meta: Route.MetaFunction = ({ data: d }) => [
  { title: d ? `${d.username} · PeerPrep` : "Profile not found · PeerPrep" },
];

/** Unknown and private profiles answer the same, so a profile's existence is not revealed. */
const NOT_SHARED = "There is no public profile here. The name may be wrong, or its owner keeps their progress private.";

const UsernameSchema = z.string().min(1).max(64);

export async function loader({ params }: Route.LoaderArgs) {
  const username = UsernameSchema.safeParse(params.username);
  if (!username.success) throw data(NOT_SHARED, { status: 404 });
  const profile = await loadPublicProfile(username.data);
  if (!profile) throw data(NOT_SHARED, { status: 404 });
  return profile;
}

export default function PublicProfile({ loaderData: p }: Route.ComponentProps) {
  // Recent activity's plain links navigate in the app through this one handler.
  const navigateLinks = useDelegatedLinks();
  return (
    <div
      className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-10"
      data-testid="public-profile"
      onClick={navigateLinks}
    >
      <h1 className="text-3xl font-bold">{p.username}</h1>
      <div className="grid gap-6 md:grid-cols-2">
        <StreakCard streak={p.streak} showRule={false} />
        <SolvedCounts counts={p.counts} />
      </div>
      <section className="bg-base-100 rounded-box p-4 shadow-sm">
        <ActivityHeatmap heatmap={p.heatmap} />
      </section>
      {p.recent ? <RecentActivity items={p.recent} /> : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
