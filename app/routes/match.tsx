import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getStore } from "~/composition.server";
import { requireUser } from "~/modules/accounts/login-session.server";
import { MatchQuerySchema } from "~/modules/matching/match-contract";
import { MatchPanel } from "~/modules/matching/ui/match-panel";
import { getProblem } from "~/modules/problems/problem-bank.server";

import type { Route } from "./+types/match";

export const meta: Route.MetaFunction = () => [{ title: "Find me a partner · PeerPrep" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  const query = MatchQuerySchema.parse({
    difficulty: params.get("difficulty") ?? undefined,
    topics: params.getAll("topics"),
    language: params.get("language") ?? undefined,
    problem: params.get("problem") ?? undefined,
  });
  const problem = query.problem ? getProblem(query.problem) : undefined;
  const open = await getStore().sessions.findOpenForUser(user.id);
  return {
    seatedSessionId: open?.id ?? null,
    defaults: {
      difficulty: problem?.difficulty ?? query.difficulty ?? "easy",
      topics: problem ? [...problem.topics] : query.topics,
      language: query.language ?? "javascript",
      problem: problem ? { slug: problem.slug, title: problem.title } : null,
    },
  };
}

export default function MatchPage({ loaderData }: Route.ComponentProps) {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-10">
      <MatchPanel defaults={loaderData.defaults} seatedSessionId={loaderData.seatedSessionId} />
      <noscript>
        <p className="mt-4">Quick match needs JavaScript. You can still start or join a session from the lobby.</p>
      </noscript>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
