import { getServices, getStore, type Services } from "~/composition.server";
import type { MatchQueue } from "~/modules/matching/match-queue.server";
import { levelOf } from "~/modules/matching/match-rules";
import { Matchmaker } from "~/modules/matching/matchmaker.server";
import { getProblem, listProblems } from "~/modules/problems/problem-bank.server";
import type { Difficulty } from "~/modules/problems/problem-schema";
import { createMatchedSession } from "~/modules/sessions/sessions.server";
import type { DomainEvents } from "~/platform/events/domain-events.server";

/** The matchmaker wired to this app: the store's solved history, the problem bank, the sessions domain. */
export function matchmakerFor(queue: MatchQueue, events: DomainEvents): Matchmaker {
  return new Matchmaker({
    queue,
    emit: (event) => events.emit(event),
    openSessionOf: async (userId) => (await getStore().sessions.findOpenForUser(userId))?.id ?? null,
    historyOf: async (userId) => {
      const statuses = await getStore().submissions.statusesForUser(userId);
      const solved = new Set([...statuses].filter(([, status]) => status === "solved").map(([slug]) => slug));
      const difficulties: Difficulty[] = [];
      for (const slug of solved) {
        const problem = getProblem(slug);
        if (problem) difficulties.push(problem.difficulty);
      }
      return { level: levelOf(difficulties), solved };
    },
    problems: listProblems,
    createSession: createMatchedSession,
  });
}

const built = new WeakMap<Services, Matchmaker>();

/** This process's matchmaker, on the queue the composition root chose. */
export function getMatchmaker(services: Services = getServices()): Matchmaker {
  let matchmaker = built.get(services);
  if (!matchmaker) built.set(services, (matchmaker = matchmakerFor(services.matchQueue, services.events)));
  return matchmaker;
}
