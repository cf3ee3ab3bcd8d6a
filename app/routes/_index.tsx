import { useEffect, useState } from "react";
import { Link } from "react-router";

import { getStore } from "~/composition.server";
import { getRequestUser } from "~/modules/accounts/login-session.server";
import { listProblems } from "~/modules/problems/problem-bank.server";
import { PROBLEM_PICKER_OPTIONS } from "~/modules/problems/problem-picker-options";
import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import { readLastProblem } from "~/modules/problems/ui/last-problem";
import { dailyProblemToday, recommendationsFor } from "~/modules/progress/progress.server";
import { DailyProblemCard } from "~/modules/progress/ui/daily-problem-card";
import { RecommendationsList } from "~/modules/progress/ui/recommendations-list";
import { listLobby } from "~/modules/sessions/sessions.server";
import { useDelegatedLinks } from "~/platform/hooks/use-delegated-links";

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
  if (!user) return { username: null, practice: null };
  const [statuses, lobby, recommendations] = await Promise.all([
    getStore().submissions.statusesForUser(user.id),
    listLobby(),
    recommendationsFor(user.id),
  ]);
  const problems = listProblems();
  // Something attempted but not solved first, else the easiest problem not solved yet.
  const next =
    problems.find((p) => statuses.get(p.slug) === "attempted") ?? problems.find((p) => !statuses.has(p.slug)) ?? null;
  return {
    username: user.username,
    practice: {
      solved: [...statuses.values()].filter((s) => s === "solved").length,
      next: next
        ? { slug: next.slug, title: next.title, difficulty: next.difficulty, attempted: statuses.has(next.slug) }
        : null,
      openSessions: lobby.filter((s) => s.hostUsername !== user.username).length,
      daily: dailyProblemToday(),
      recommendations,
    },
  };
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
  const { username, practice } = loaderData;
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-12 px-4 py-12 sm:py-16">
      {username && practice ? <PracticeStart username={username} practice={practice} /> : <Landing />}
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

function Landing() {
  return (
    <section className="grid items-center gap-8 lg:grid-cols-[1fr_1.1fr]">
      <div className="flex flex-col items-start gap-6">
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">Practise coding problems with a partner.</h1>
        <p className="text-base-content/80 max-w-2xl text-lg">
          Practising alone is hard to keep up. Start a session on a problem of the difficulty you choose and anyone in
          the lobby can take the free seat, or send a private link to a friend. You both get the same problem, each
          write your own solution, and talk it through over video and chat.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link to="/signup" className="btn btn-primary btn-lg">
            Create a free account
          </Link>
          <Link to="/login" className="btn btn-ghost btn-lg">
            I already have one
          </Link>
        </div>
      </div>
      <img
        src="/product-room.svg"
        width={960}
        height={540}
        className="rounded-box h-auto w-full shadow-lg"
        alt="A session room: the problem statement, your own code editor with Run and Submit, the test console, and beside them your partner's video and the chat."
        data-testid="product-picture"
      />
    </section>
  );
}

type Practice = NonNullable<Route.ComponentProps["loaderData"]["practice"]>;

/** Signed in: straight back to practising. */
function PracticeStart({ username, practice }: { username: string; practice: Practice }) {
  const navigateLinks = useDelegatedLinks();
  const last = useLastProblem();
  const continueProblem = last && last.slug !== practice.next?.slug ? last : null;
  return (
    <section aria-labelledby="start-heading" className="flex flex-col gap-6">
      <div>
        <h1 id="start-heading" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {practice.solved > 0 ? `Good to see you, ${username}.` : `Welcome, ${username}.`}
        </h1>
        <p className="text-base-content/80 mt-2 text-lg">
          {practice.solved > 0
            ? `You have solved ${practice.solved} problem${practice.solved === 1 ? "" : "s"}. Pick up where you left off.`
            : "Pick a problem to practise alone, or find a partner to practise with."}
        </p>
      </div>
      <ul className="grid gap-4 md:grid-cols-3" data-testid="practice-start">
        {continueProblem ? (
          <PracticeCard
            title={`Continue ${continueProblem.title}`}
            body="The last problem you opened on this device. Your draft is saved."
            to={`/problems/${continueProblem.slug}`}
            action="Continue"
            testId="continue-last"
          />
        ) : null}
        {practice.next ? (
          <PracticeCard
            title={practice.next.attempted ? `Finish ${practice.next.title}` : `Try ${practice.next.title}`}
            body={
              practice.next.attempted
                ? "You have attempted it but not solved it yet."
                : "The easiest problem you have not solved yet."
            }
            to={`/problems/${practice.next.slug}`}
            action={practice.next.attempted ? "Keep going" : "Start solving"}
            badge={<DifficultyBadge difficulty={practice.next.difficulty} />}
            testId="next-problem"
          />
        ) : null}
        <PracticeCard
          title={
            practice.openSessions > 0
              ? `${practice.openSessions} open session${practice.openSessions === 1 ? "" : "s"}`
              : "Practise with a partner"
          }
          body={
            practice.openSessions > 0
              ? "Someone is waiting for a partner: take the free seat, or start your own."
              : "Nobody is waiting right now: start a session and it appears in the lobby."
          }
          to="/sessions"
          action={practice.openSessions > 0 ? "Find a session" : "Start a session"}
          testId="find-session"
        />
      </ul>
      {/* The recommendations' plain links navigate in the app through this one handler. */}
      <div className="grid gap-4 md:grid-cols-2" onClick={navigateLinks}>
        <DailyProblemCard daily={practice.daily} />
        <RecommendationsList items={practice.recommendations} />
      </div>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link to="/problems" className="link">
          Browse all problems
        </Link>
        <Link to="/sessions/history" className="link">
          Your past sessions
        </Link>
      </p>
    </section>
  );
}

function PracticeCard({
  title,
  body,
  to,
  action,
  badge,
  testId,
}: {
  title: string;
  body: string;
  to: string;
  action: string;
  badge?: React.ReactNode;
  testId: string;
}) {
  return (
    <li className="card bg-base-100 shadow-sm" data-testid={testId}>
      <div className="card-body">
        <h2 className="card-title flex-wrap text-lg">
          {title} {badge}
        </h2>
        <p className="text-base-content/80">{body}</p>
        <div className="card-actions mt-2">
          <Link to={to} className="btn btn-primary btn-sm">
            {action}
          </Link>
        </div>
      </div>
    </li>
  );
}

/** The last problem opened here, read after hydration (it lives in this browser only). */
function useLastProblem() {
  const [last, setLast] = useState<{ slug: string; title: string } | null>(null);
  useEffect(() => {
    const slug = readLastProblem();
    const found = PROBLEM_PICKER_OPTIONS.find((p) => p.slug === slug);
    if (found) setLast({ slug: found.slug, title: found.title });
  }, []);
  return last;
}
