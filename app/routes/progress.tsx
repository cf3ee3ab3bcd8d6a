import { redirect } from "react-router";
import { z } from "zod";

import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/modules/accounts/login-session.server";
import { loadOwnProgress, saveSharing } from "~/modules/progress/progress.server";
import { ActivityHeatmap } from "~/modules/progress/ui/activity-heatmap";
import { PairStreaksList } from "~/modules/progress/ui/pair-streaks-list";
import { RecentActivity, SolvedCounts, StreakCard } from "~/modules/progress/ui/progress-panels";
import { RecommendationsList } from "~/modules/progress/ui/recommendations-list";
import { SharingForm } from "~/modules/progress/ui/sharing-form";
import { TimeZoneDetect } from "~/modules/progress/ui/time-zone-setting";
import { formFailure } from "~/platform/http/form-responses.server";
import { parseForm } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";
import { ReusedFragment } from "~/platform/ssr/reused-fragment";
import { PROFILE_SHARING } from "~/storage/progress-store.server";

import type { Route } from "./+types/progress";

export const meta: Route.MetaFunction = () => [{ title: "Progress · PeerPrep" }];

const SharingFormSchema = z.object({
  intent: z.literal("sharing", { error: "Unknown action: reload the page and try again" }),
  sharing: z.enum(PROFILE_SHARING, { error: "Choose who sees your profile" }),
});

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  return { username: user.username, progress: await loadOwnProgress(user.id) };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(await readForm(request), SharingFormSchema);
  if (!parsed.success) return formFailure(parsed);
  await saveSharing(user.id, parsed.data.sharing);
  return redirect("/progress");
}

export default function ProgressPage({ loaderData, actionData }: Route.ComponentProps) {
  const { progress: p, username } = loaderData;
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-10">
      <TimeZoneDetect known={p.timeZoneKnown} />
      <div>
        <h1 className="text-3xl font-bold">Your progress</h1>
        <p className="text-base-content/70 text-sm" data-testid="progress-zone">
          Days are counted in {p.timeZone}
          {p.timeZoneKnown ? "" : " until your browser's zone is known"} · change it on your account page.
        </p>
      </div>
      {/* The panels read only the reused view: rendered to markup once per view (ADR 100). */}
      <ReusedFragment by={p} className="flex flex-col gap-6">
        {() => (
          <>
            <div className="grid gap-6 md:grid-cols-2">
              <StreakCard streak={p.streak} />
              <RecommendationsList items={p.recommendations} />
            </div>
            <section className="bg-base-100 rounded-box p-4 shadow-sm">
              <ActivityHeatmap heatmap={p.heatmap} />
            </section>
            <div className="grid gap-6 md:grid-cols-2">
              <SolvedCounts counts={p.counts} />
              <div className="flex flex-col gap-6">
                <PairStreaksList items={p.pairStreaks} />
                <RecentActivity items={p.recent} />
              </div>
            </div>
            <section className="bg-base-100 rounded-box flex flex-col gap-2 p-4 shadow-sm">
              <h2 className="text-xl font-semibold">Your learning data</h2>
              <p className="text-sm">
                Time to Accepted, attempts per problem, acceptance by topic and month, sessions per week.
              </p>
              <p className="flex gap-3 text-sm">
                <a href="/progress/export/csv" className="link" download>
                  Download CSV
                </a>
                <a href="/progress/export/json" className="link" download>
                  Download JSON
                </a>
              </p>
            </section>
          </>
        )}
      </ReusedFragment>
      <SharingForm username={username} sharing={p.sharing} />
      {actionData?.fieldErrors.sharing ? (
        <p className="text-error text-sm">{actionData.fieldErrors.sharing[0]}</p>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
