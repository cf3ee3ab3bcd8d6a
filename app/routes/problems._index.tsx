import { Form, href, Link, useSubmit } from "react-router";
import { z } from "zod";

import { getStore } from "~/composition.server";
import { getRequestUser } from "~/modules/accounts/login-session.server";
import { listProblems } from "~/modules/problems/problem-bank.server";
import { DIFFICULTIES, type Topic, TOPICS } from "~/modules/problems/problem-constants";
import { DifficultySchema, TopicSchema } from "~/modules/problems/problem-schema";
import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";

import type { Route } from "./+types/problems._index";

export const meta: Route.MetaFunction = () => [{ title: "Problems · PeerPrep" }];

const FiltersSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  difficulty: DifficultySchema.optional().catch(undefined),
  topic: TopicSchema.optional().catch(undefined),
  status: z.enum(["solved", "attempted", "todo"]).optional().catch(undefined),
});

export async function loader({ request }: Route.LoaderArgs) {
  const user = await getRequestUser(request);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filters = FiltersSchema.parse({
    q: params.q ?? "",
    difficulty: params.difficulty || undefined,
    topic: params.topic || undefined,
    status: params.status || undefined,
  });
  const statuses = user ? await getStore().submissions.statusesForUser(user.id) : new Map<string, string>();

  const all = listProblems().map((p) => ({ ...p, status: statuses.get(p.slug) ?? null }));
  const query = filters.q.toLowerCase();
  const problems = all.filter(
    (p) =>
      (!query || p.title.toLowerCase().includes(query) || p.slug.includes(query)) &&
      (!filters.difficulty || p.difficulty === filters.difficulty) &&
      (!filters.topic || p.topics.includes(filters.topic)) &&
      (!filters.status || (filters.status === "todo" ? p.status === null : p.status === filters.status)),
  );
  const count = (d: string) => all.filter((p) => p.difficulty === d).length;
  return {
    filters,
    problems,
    signedIn: Boolean(user),
    totals: { all: all.length, easy: count("easy"), medium: count("medium"), hard: count("hard") },
    solved: all.filter((p) => p.status === "solved").length,
  };
}

const STATUS_LABEL = { solved: "Solved", attempted: "Attempted" } as const;

export default function Problems({ loaderData }: Route.ComponentProps) {
  const { filters, problems, totals, signedIn, solved } = loaderData;
  const submit = useSubmit();
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-10">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">Problems</h1>
          <p className="text-base-content/75 mt-1 text-sm" data-testid="problem-counts">
            {totals.all} problems · {totals.easy} easy · {totals.medium} medium · {totals.hard} hard
            {signedIn ? ` · ${solved} solved by you` : ""}
          </p>
        </div>
        <Link to={href("/problems/roadmap")} className="btn btn-outline btn-sm">
          Roadmap by topic
        </Link>
      </header>

      <Form
        method="get"
        role="search"
        className="flex flex-wrap items-end gap-3"
        onChange={(event) => submit(event.currentTarget, { replace: true, preventScrollReset: true })}
      >
        <label className="form-control">
          <span className="label-text mb-1 block text-xs font-medium">Search</span>
          <input
            type="search"
            name="q"
            defaultValue={filters.q}
            placeholder="Title…"
            className="input input-sm w-56"
            aria-label="Search problems by title"
          />
        </label>
        <label className="form-control">
          <span className="label-text mb-1 block text-xs font-medium">Difficulty</span>
          <select name="difficulty" defaultValue={filters.difficulty ?? ""} className="select select-sm w-36">
            <option value="">Any</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d} className="capitalize">
                {d[0]!.toUpperCase() + d.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <label className="form-control">
          <span className="label-text mb-1 block text-xs font-medium">Topic</span>
          <select name="topic" defaultValue={filters.topic ?? ""} className="select select-sm w-48">
            <option value="">Any</option>
            {(Object.entries(TOPICS) as Array<[Topic, string]>).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {signedIn ? (
          <label className="form-control">
            <span className="label-text mb-1 block text-xs font-medium">Status</span>
            <select name="status" defaultValue={filters.status ?? ""} className="select select-sm w-36">
              <option value="">Any</option>
              <option value="todo">To do</option>
              <option value="attempted">Attempted</option>
              <option value="solved">Solved</option>
            </select>
          </label>
        ) : null}
        <button type="submit" className="btn btn-sm btn-primary">
          Filter
        </button>
        {filters.q || filters.difficulty || filters.topic || filters.status ? (
          <Link to="/problems" className="btn btn-sm btn-ghost">
            Clear
          </Link>
        ) : null}
      </Form>

      {problems.length === 0 ? (
        <p className="text-base-content/75 py-10 text-center">No problems match these filters.</p>
      ) : (
        <div className="bg-base-100 overflow-x-auto rounded-box shadow-sm">
          <table className="table" data-testid="problem-table">
            <thead>
              <tr>
                {signedIn ? <th className="w-24">Status</th> : null}
                <th>Title</th>
                <th className="w-28">Difficulty</th>
                <th>Topics</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p) => (
                <tr key={p.slug} className="hover:bg-base-200/60">
                  {signedIn ? (
                    <td>
                      {p.status ? (
                        <span className={`badge badge-sm ${p.status === "solved" ? "badge-success" : "badge-ghost"}`}>
                          {STATUS_LABEL[p.status as keyof typeof STATUS_LABEL]}
                        </span>
                      ) : null}
                    </td>
                  ) : null}
                  <td>
                    <Link to={href("/problems/:slug", { slug: p.slug })} className="link link-hover font-medium">
                      {p.title}
                    </Link>
                  </td>
                  <td>
                    <DifficultyBadge difficulty={p.difficulty} />
                  </td>
                  <td className="text-base-content/75 text-sm">{p.topics.map((t) => TOPICS[t]).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
