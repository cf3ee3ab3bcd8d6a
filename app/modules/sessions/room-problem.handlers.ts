import {
  answerProposal,
  lapseProposal,
  proposeProblem,
  withdrawProposal,
} from "~/modules/sessions/room-problem.server";
import {
  ProblemAnswerSchema,
  ProblemProposeSchema,
  ProblemWithdrawSchema,
  type ProposeResult,
} from "~/modules/sessions/room-problem-contract";
import type { DomainEvents } from "~/platform/events/domain-events.server";
import { handle, type RealtimeContext, RealtimeError, type RealtimeSocket, roomOf } from "~/platform/realtime/context";

/**
 * "Change problem" over the socket (ADR 080): propose (or, alone, change), answer, withdraw.
 * `handle()` validates with zod, checks the socket entered the room and takes the user's
 * point; the sessions domain checks the seat and decides.
 */
export function registerRoomProblemHandlers(ctx: RealtimeContext, socket: RealtimeSocket) {
  const user = socket.data.user;

  socket.on(
    "problem:propose",
    handle(ctx, socket, "problem:propose", ProblemProposeSchema, async ({ sessionId, problemSlug }) => {
      const result = await proposeProblem(user, sessionId, problemSlug);
      if (!result.ok) throw new RealtimeError(result.message);
      return (
        result.outcome === "changed" ? { outcome: "changed" } : { outcome: "proposed", proposal: result.proposal }
      ) satisfies ProposeResult;
    }),
  );

  socket.on(
    "problem:answer",
    handle(ctx, socket, "problem:answer", ProblemAnswerSchema, async ({ sessionId, proposalId, accept }) => {
      const result = await answerProposal(user, sessionId, proposalId, accept);
      if (!result.ok) throw new RealtimeError(result.message);
      return null;
    }),
  );

  socket.on(
    "problem:withdraw",
    handle(ctx, socket, "problem:withdraw", ProblemWithdrawSchema, async ({ sessionId, proposalId }) => {
      const result = await withdrawProposal(user, sessionId, proposalId);
      if (!result.ok) throw new RealtimeError(result.message);
      return null;
    }),
  );
}

/**
 * The rooms hear every proposal change through the room state; a switch also makes both
 * pages reload their data (statement, starter code, tests, drafts). A proposal's lapse is
 * timed here, on the instance that saw it made.
 */
export function sendRoomProblemsLive(ctx: RealtimeContext, events: DomainEvents): () => void {
  const timers = new Set<NodeJS.Timeout>();
  const stop = events.on(
    ["session.problemProposed", "session.problemProposalClosed", "session.problemChanged"],
    "realtime-room-problem",
    async (event) => {
      if (event.type === "session.problemProposed") {
        const timer = setTimeout(
          () => {
            timers.delete(timer);
            void lapseProposal(event.sessionId, event.proposalId).catch((error: unknown) =>
              ctx.logger.warn({ err: error, sessionId: event.sessionId }, "proposal lapse failed"),
            );
          },
          Math.max(0, event.expiresAt.getTime() - Date.now()) + 50,
        );
        timer.unref();
        timers.add(timer);
      }
      if (event.type === "session.problemChanged")
        ctx.io.to(roomOf(event.sessionId)).emit("problem:changed", { problemSlug: event.toSlug });
      await ctx.broadcastState(event.sessionId);
    },
  );
  return () => {
    stop();
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
}
