import { getStore } from "~/composition.server";
import { postSystemMessage } from "~/modules/chat/chat.server";
import { EnterSchema, PresenceSchema, TimerSchema } from "~/modules/sessions/session-contract";
import { requireSeat } from "~/modules/sessions/sessions.server";
import { handle, type RealtimeContext, RealtimeError, type RealtimeSocket, roomOf } from "~/platform/realtime/context";
import { RECONNECT_GRACE_MS } from "~/platform/realtime/presence";

/**
 * Entering a session's room (seat checked), presence, disconnects. Submit results reach
 * the chat from the server's judge (POST /sessions/:id/submissions), not from sockets.
 */
export function registerSessionHandlers(ctx: RealtimeContext, socket: RealtimeSocket) {
  const user = socket.data.user;

  socket.on(
    "session:enter",
    handle(
      ctx,
      socket,
      "session:enter",
      EnterSchema,
      async ({ sessionId }) => {
        const seat = await requireSeat(user.id, sessionId);
        if (!seat.ok) throw new RealtimeError(seat.message);
        const { session, role } = seat;
        const partnerId = role === "host" ? session.guestId : session.hostId;
        const partnerWasHere = partnerId ? (await ctx.liveParticipants(sessionId)).has(partnerId) : false;
        await socket.join(roomOf(sessionId));
        socket.data.sessions.add(sessionId);
        socket.data.media[sessionId] ??= { mic: false, camera: false, sharing: false };
        ctx.presence.connect(sessionId, user.id, socket.id);
        await getStore().sessions.touchPresence(sessionId, user.id, new Date());
        if (partnerWasHere) socket.to(roomOf(sessionId)).emit("rtc:peer", { present: true });
        await ctx.broadcastState(sessionId);
        const state = await ctx.roomState(sessionId);
        if (!state) throw new RealtimeError("We could not find that session");
        return { role, polite: role === "guest", state };
      },
      { needsRoom: false },
    ),
  );

  socket.on(
    "presence:update",
    handle(ctx, socket, "presence:update", PresenceSchema, async ({ sessionId, mic, camera, sharing }) => {
      socket.data.media[sessionId] = { mic, camera, sharing };
      await ctx.broadcastState(sessionId);
      return null;
    }),
  );

  socket.on(
    "session:timer",
    handle(ctx, socket, "session:timer", TimerSchema, async ({ sessionId, minutes }) => {
      const endsAt = minutes === null ? null : new Date(Date.now() + minutes * 60_000);
      if (!(await getStore().sessions.setTimer(sessionId, endsAt))) throw new RealtimeError("This session has ended");
      await postSystemMessage(
        sessionId,
        minutes === null ? `${user.username} stopped the timer` : `${user.username} set a ${minutes}-minute timer`,
      );
      await ctx.broadcastState(sessionId);
      return null;
    }),
  );

  socket.on("disconnect", () => {
    for (const sessionId of socket.data.sessions) {
      if (!ctx.presence.disconnect(sessionId, user.id, socket.id)) continue;
      void (async () => {
        // Still here through another socket (another tab, maybe on another instance)?
        if ((await ctx.liveParticipants(sessionId)).has(user.id)) return;
        ctx.io.to(roomOf(sessionId)).emit("rtc:peer", { present: false });
        await ctx.broadcastState(sessionId);
        // After the grace period "reconnecting" becomes "away".
        setTimeout(() => void ctx.broadcastState(sessionId), RECONNECT_GRACE_MS + 500).unref();
      })().catch((error: unknown) =>
        ctx.logger.warn({ err: error, sessionId }, "presence update after disconnect failed"),
      );
    }
  });
}
