import {
  MatchJoinSchema,
  MatchLeaveSchema,
  MatchProposalSchema,
  MatchStatusSchema,
} from "~/modules/matching/match-contract";
import type { MatchEvent } from "~/modules/matching/match-events";
import { RECONNECT_GRACE_MS } from "~/modules/matching/match-rules";
import { cancelNotice, toStatusDto } from "~/modules/matching/match-status.server";
import type { Matchmaker } from "~/modules/matching/matchmaker.server";
import { getMatchmaker } from "~/modules/matching/matchmaker-deps.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import type { DomainEvents } from "~/platform/events/domain-events.server";
import {
  handle,
  type RealtimeContext,
  RealtimeError,
  type RealtimeServer,
  type RealtimeSocket,
} from "~/platform/realtime/context";

/** Every tab of one user on the match page, on every instance. */
export const matchRoomOf = (userId: string) => `match:${userId}`;

const SWEEP_MS = 1_000;
const TOUCH_MS = 5_000;

/** Quick match's socket events: join, leave, accept, decline, status. */
export function registerMatchHandlers(ctx: RealtimeContext, socket: RealtimeSocket, matchmaker = getMatchmaker()) {
  const user = socket.data.user;
  const room = matchRoomOf(user.id);
  const dto = async (notice: string | null = null) => toStatusDto(user.id, await matchmaker.status(user.id), notice);

  socket.on(
    "match:join",
    handle(
      ctx,
      socket,
      "match:join",
      MatchJoinSchema,
      async ({ difficulty, topics, language, problem }) => {
        if (problem && !getProblem(problem)) throw new RealtimeError("We could not find that problem");
        await socket.join(room);
        const joined = await matchmaker.join(user, { difficulty, topics, language, problemSlug: problem });
        if (joined.kind === "seated") return { state: "seated" as const, sessionId: joined.sessionId };
        const status = toStatusDto(user.id, joined.status);
        // The user's other tabs show the same place.
        socket.to(room).emit("match:state", status);
        return status;
      },
      { needsRoom: false },
    ),
  );

  socket.on(
    "match:status",
    handle(
      ctx,
      socket,
      "match:status",
      MatchStatusSchema,
      async () => {
        await socket.join(room);
        return dto();
      },
      { needsRoom: false },
    ),
  );

  socket.on(
    "match:leave",
    handle(
      ctx,
      socket,
      "match:leave",
      MatchLeaveSchema,
      async ({ scope }) => {
        await socket.leave(room);
        // Leaving the page in one tab keeps the place while another tab still shows it.
        const others = scope === "tab" ? await ctx.io.in(room).fetchSockets() : [];
        if (others.length === 0) await matchmaker.leave(user.id);
        const status = await dto();
        ctx.io.to(room).emit("match:state", status);
        return status;
      },
      { needsRoom: false },
    ),
  );

  socket.on(
    "match:accept",
    handle(
      ctx,
      socket,
      "match:accept",
      MatchProposalSchema,
      async ({ proposalId }) => {
        const result = await matchmaker.accept(user.id, proposalId);
        if (result.kind === "gone") return dto("That match is no longer open.");
        if (result.kind === "made") return { state: "matched" as const, sessionId: result.sessionId };
        return dto();
      },
      { needsRoom: false },
    ),
  );

  socket.on(
    "match:decline",
    handle(
      ctx,
      socket,
      "match:decline",
      MatchProposalSchema,
      async ({ proposalId }) => {
        await matchmaker.decline(user.id, proposalId);
        return dto("You declined the match and left the queue.");
      },
      { needsRoom: false },
    ),
  );

  socket.on("disconnecting", () => {
    if (!socket.rooms.has(room)) return;
    // A dropped connection keeps the place for the grace period; then, with no tab of the
    // user left on the match page anywhere, the place (or proposal) goes.
    setTimeout(() => {
      void (async () => {
        if ((await ctx.io.in(room).fetchSockets()).length > 0) return;
        const status = await matchmaker.status(user.id);
        if (status.kind !== "idle") await matchmaker.leave(user.id);
      })().catch((error: unknown) =>
        ctx.logger.warn({ err: error }, "leaving the match queue after a disconnect failed"),
      );
    }, RECONNECT_GRACE_MS).unref();
  });
}

/**
 * The realtime side of quick match: each match event reaches both people's tabs as
 * `match:state`; every instance sweeps the shared queue once a second and vouches for
 * the users connected to it. Returns a function that stops all of it.
 */
export function attachMatchRealtime(
  io: RealtimeServer,
  events: DomainEvents,
  matchmaker: Matchmaker,
  logger: RealtimeContext["logger"],
) {
  const push = async (userId: string, notice: string | null = null) =>
    io.to(matchRoomOf(userId)).emit("match:state", toStatusDto(userId, await matchmaker.status(userId), notice));

  const onMatch = async (event: MatchEvent) => {
    switch (event.type) {
      case "match.proposed":
      case "match.accepted":
        for (const u of event.users) await push(u.id);
        break;
      case "match.cancelled":
        for (const id of [...event.requeued, ...event.removed]) await push(id, cancelNotice(event, id));
        break;
      case "match.made":
        for (const u of event.users)
          io.to(matchRoomOf(u.id)).emit("match:state", { state: "matched", sessionId: event.sessionId });
        break;
      case "match.left":
        await push(event.userId);
        break;
      case "match.queued":
        break;
    }
  };
  const stop = events.on(
    ["match.proposed", "match.accepted", "match.cancelled", "match.made", "match.left", "match.queued"],
    "realtime-match",
    onMatch,
  );

  let sweeping = false;
  const sweep = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    matchmaker
      .sweep()
      .catch((error: unknown) => logger.warn({ err: error }, "match queue sweep failed"))
      .finally(() => (sweeping = false));
  }, SWEEP_MS);
  sweep.unref();

  const touch = setInterval(() => {
    const here: string[] = [];
    for (const room of io.of("/").adapter.rooms.keys()) if (room.startsWith("match:")) here.push(room.slice(6));
    matchmaker.touch(here).catch((error: unknown) => logger.warn({ err: error }, "match queue touch failed"));
  }, TOUCH_MS);
  touch.unref();

  return () => {
    stop();
    clearInterval(sweep);
    clearInterval(touch);
  };
}
