import { Link } from "react-router";

import { getRequestUser } from "~/modules/accounts/login-session.server";

import type { Route } from "./+types/_index";

export const meta: Route.MetaFunction = () => [
  { title: "PeerPrep — practise coding problems with a partner" },
  {
    name: "description",
    content:
      "Pair up, pick a problem, and solve it side by side with video and chat. Stay regular by practising together.",
  },
];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await getRequestUser(request);
  return { username: user?.username ?? null };
}

const FEATURES = [
  {
    title: "Same problem, your own editor",
    body: "You and your partner work on one problem, each in your own editor. Compare approaches, not keystrokes.",
  },
  {
    title: "Talk it through",
    body: "Video, voice, chat with code snippets and screen sharing, right beside the code.",
  },
  {
    title: "Know when it works",
    body: "Run the examples and submit against every test in your browser, in JavaScript, TypeScript or Python.",
  },
];

export default function Home({ loaderData }: Route.ComponentProps) {
  const { username } = loaderData;
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-16 px-4 py-16">
      <section className="flex flex-col items-start gap-6">
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">
          {username ? `Welcome back, ${username}.` : "Practise coding problems with a partner."}
        </h1>
        <p className="text-base-content/80 max-w-2xl text-lg">
          Practising alone is hard to keep up. PeerPrep pairs you with someone at your level: you both take the same
          problem, each write your own solution, and talk it through over video and chat. Two people, one problem, a
          habit that sticks.
        </p>
        <div className="flex flex-wrap gap-3">
          {username ? (
            <Link to="/account" className="btn btn-primary btn-lg">
              Your account
            </Link>
          ) : (
            <>
              <Link to="/signup" className="btn btn-primary btn-lg">
                Create a free account
              </Link>
              <Link to="/login" className="btn btn-ghost btn-lg">
                I already have one
              </Link>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="how-it-works" className="flex flex-col gap-6">
        <h2 id="how-it-works" className="text-2xl font-semibold">
          How it works
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {FEATURES.map((f) => (
            <li key={f.title} className="card bg-base-100 shadow-sm">
              <div className="card-body">
                <h3 className="card-title text-lg">{f.title}</h3>
                <p className="text-base-content/80">{f.body}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
