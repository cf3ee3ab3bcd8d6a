import { href, Link } from "react-router";

import { getStore } from "~/composition.server";
import { getRequestUser } from "~/modules/accounts/login-session.server";
import { listProblems } from "~/modules/problems/problem-bank.server";
import { roadmapOf } from "~/modules/problems/roadmap";
import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import type { ProblemStatus } from "~/storage/store.server";

import type { Route } from "./+types/problems.roadmap";

export const meta: Route.MetaFunction = () => [{ title: "Roadmap · Problems · PeerPrep" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await getRequestUser(request);
  const statuses = user ? await getStore().submissions.statusesForUser(user.id) : new Map<string, ProblemStatus>();
  const problems = listProblems().map((p) => ({ ...p, status: statuses.get(p.slug) ?? null }));
  return { sections: roadmapOf(problems).filter((s) => s.problems.length > 0), signedIn: Boolean(user) };
}

const MARK = { solved: "Solved", attempted: "Attempted" } as const;

export default function Roadmap({ loaderData }: Route.ComponentProps) {
  const { sections, signedIn } = loaderData;
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-10">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">Roadmap</h1>
          <p className="text-base-content/70 mt-1 text-sm">
            The bank topic by topic, in the order most roadmaps teach them: each topic builds on the ones before it.
            {signedIn ? "" : " Sign in to see what you have solved."}
          </p>
        </div>
        <Link to={href("/problems")} className="btn btn-ghost btn-sm">
          All problems
        </Link>
      </header>
      <ol className="flex flex-col gap-4" data-testid="roadmap">
        {sections.map((section, index) => (
          <li key={section.topic} className="card bg-base-100 border-base-300 border">
            <section className="card-body gap-3 p-5" aria-labelledby={`topic-${section.topic}`}>
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h2 id={`topic-${section.topic}`} className="text-lg font-semibold">
                  <span className="text-base-content/60 mr-2 tabular-nums">{index + 1}.</span>
                  {section.label}
                </h2>
                {signedIn ? (
                  <div className="flex items-center gap-2 text-sm">
                    <progress
                      className="progress progress-success w-32"
                      value={section.solved}
                      max={section.problems.length}
                      aria-label={`${section.label}: ${section.solved} of ${section.problems.length} solved`}
                    />
                    <span className="tabular-nums" data-testid={`roadmap-count-${section.topic}`}>
                      {section.solved} / {section.problems.length}
                    </span>
                  </div>
                ) : (
                  <span className="text-base-content/70 text-sm">{section.problems.length} problems</span>
                )}
              </div>
              <ul className="grid gap-1 sm:grid-cols-2">
                {section.problems.map((p) => (
                  <li key={p.slug} className="flex items-center gap-2">
                    <DifficultyBadge difficulty={p.difficulty} />
                    <Link to={href("/problems/:slug", { slug: p.slug })} className="link link-hover">
                      {p.title}
                    </Link>
                    {p.status ? (
                      <span className={`badge badge-sm ${p.status === "solved" ? "badge-success" : "badge-ghost"}`}>
                        {MARK[p.status]}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}
