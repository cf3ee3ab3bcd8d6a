import type http from "node:http";

import type { Logger } from "pino";
import { Server, type ServerOptions } from "socket.io";

import { getServices, getStore } from "~/composition.server";
import { registerSignalHandlers } from "~/modules/call/signal.handlers";
import { registerChatHandlers } from "~/modules/chat/chat.handlers";
import { attachMatchRealtime, registerMatchHandlers } from "~/modules/matching/match.handlers";
import { getMatchmaker } from "~/modules/matching/matchmaker-deps.server";
import { registerNotificationHandlers, sendNotificationsLive } from "~/modules/notifications/notification.handlers";
import { registerRoomProblemHandlers, sendRoomProblemsLive } from "~/modules/sessions/room-problem.handlers";
import { pendingProposal } from "~/modules/sessions/room-problem.server";
import { registerSessionHandlers } from "~/modules/sessions/session.handlers";
import { seatedMembers } from "~/modules/sessions/session-view";
import type { DomainEvents } from "~/platform/events/domain-events.server";
import { originMatches, requestHost } from "~/platform/http/origin";
import { type RealtimeContext, type RealtimeServer, roomOf, userRoomOf } from "~/platform/realtime/context";
import { MAX_SOCKETS_PER_USER } from "~/platform/realtime/event-limits";
import { LoginWatch } from "~/platform/realtime/login-watch";
import { liveParticipants, PresenceRegistry } from "~/platform/realtime/presence";
import type { RoomState } from "~/platform/realtime/realtime-events";
import { setRoomPresence } from "~/platform/realtime/room-presence.server";
import { memorySocketSlots, type SocketSlots } from "~/platform/realtime/socket-slots";

const HEARTBEAT_BATCH = 25;
/**
 * How often a socket whose login was proven by a short-lived token (Clerk) asks the
 * provider whether the login still holds, after the token's own expiry. Webhooks end
 * sockets at once; this bounds how long a lost webhook leaves one open, within Clerk's
 * Backend API rate limits (one call per login session per instance).
 */
const LOGIN_RECHECK_MS = 5 * 60_000;

/** Same-origin only: the page that opens the socket must be ours. */
function sameOrigin(req: http.IncomingMessage, trustProxy: boolean): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // non-browser clients (tests, tools) still need a login cookie
  return originMatches(origin, requestHost(req.headers, trustProxy));
}

export interface RealtimeOptions {
  /** Shares rooms with other instances (the Redis Streams adapter); in-process without it. */
  adapter?: ServerOptions["adapter"];
  /** How often connected participants are recorded as present (a minute; shorter in tests). */
  heartbeatMs?: number;
  /** Where state changes come from (the process's domain events unless a test passes its own). */
  events?: DomainEvents;
  /** Places for open sockets, per user: this instance's count unless shared ones are given (Redis). */
  socketSlots?: SocketSlots;
  /** How often a hosted provider's login session is checked again (LOGIN_RECHECK_MS; shorter in tests). */
  loginRecheckMs?: number;
}

/** Socket.IO on the app's own HTTP server: login cookie on the handshake, typed events. */
export function attachRealtime(httpServer: http.Server, logger: Logger, options: RealtimeOptions = {}) {
  const services = getServices();
  const trustProxy = services.env.TRUST_PROXY;
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 256_000,
    allowRequest: (req, callback) => {
      const allowed = sameOrigin(req, trustProxy);
      callback(allowed ? null : "origin not allowed", allowed);
    },
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });
  const presence = new PresenceRegistry();
  const slots = options.socketSlots ?? memorySocketSlots(MAX_SOCKETS_PER_USER);
  // State changes reach the rooms as domain events: the realtime server is one listener.
  const events = options.events ?? services.events;
  const { identity } = services;
  const loginSessionActive = identity.loginSessionActive?.bind(identity);
  const loginWatch = new LoginWatch({
    check: (sessionId) => loginSessionActive?.(sessionId) ?? Promise.resolve(true),
    // The same event as the built-in sign-out: the sockets end on every instance.
    ended: (sessionId, userId) =>
      events.emit({ type: "account.signedOut", userId, loginSessions: { only: sessionId } }),
    everyMs: options.loginRecheckMs ?? LOGIN_RECHECK_MS,
    logger,
  });
  /** Handshakes whose login must be checked again from a time on (set in the middleware, used on connection). */
  const recheckAt = new WeakMap<object, Date>();

  const live = async (sessionId: string) => liveParticipants(await io.in(roomOf(sessionId)).fetchSockets(), sessionId);

  const roomState = async (sessionId: string): Promise<RoomState | null> => {
    const store = getStore();
    const session = await store.sessions.findById(sessionId);
    if (!session) return null;
    const [members, here, proposal] = await Promise.all([
      store.sessions.members(sessionId),
      live(sessionId),
      session.status === "ended" ? null : pendingProposal(sessionId),
    ]);
    const participants = seatedMembers(session, members).map(({ member, role }) => {
      const media = here.get(member.userId);
      return {
        userId: member.userId,
        username: member.username,
        role,
        online: Boolean(media),
        reconnecting: !media && presence.recentlyDropped(sessionId, member.userId),
        mic: Boolean(media?.mic),
        camera: Boolean(media?.camera),
        sharing: Boolean(media?.sharing),
      };
    });
    return {
      sessionId,
      status: session.status,
      participants,
      timerEndsAt: session.timerEndsAt?.toISOString() ?? null,
      problemSlug: session.problemSlug,
      proposal,
      serverNow: Date.now(),
    };
  };

  const ctx: RealtimeContext = {
    io,
    presence,
    logger,
    liveParticipants: live,
    roomState,
    broadcastState: async (sessionId) => {
      const state = await roomState(sessionId);
      if (state) io.to(roomOf(sessionId)).emit("room:state", state);
    },
  };

  io.use(async (socket, next) => {
    try {
      // The page's own origin: Clerk's tokens name the site they were issued for.
      const host = requestHost(socket.request.headers, trustProxy) ?? "localhost";
      const origin = socket.request.headers.origin ?? `http://${host}`;
      const request = new Request(new URL("/socket", origin), {
        headers: { cookie: socket.request.headers.cookie ?? "" },
      });
      const login = await identity.loginOf(request);
      if (!login) return next(new Error("Sign in to join the session"));
      const { user } = login;
      if (!(await slots.take(user.id, socket.id))) return next(new Error("Too many open connections: close some tabs"));
      // Freed however the socket ends: disconnected, or its connection closed before it connected.
      const release = () => void slots.release(user.id, socket.id);
      socket.once("disconnect", release);
      socket.conn.once("close", release);
      if (socket.conn.readyState !== "open") {
        release();
        return next(new Error("Connection closed"));
      }
      // The login session it was opened with: signing out (or a password change) ends it.
      socket.data.loginSessionId = login.sessionId;
      if (login.recheckAt && loginSessionActive) recheckAt.set(socket, login.recheckAt);
      socket.data.user = { id: user.id, username: user.username };
      socket.data.sessions = new Set();
      socket.data.media = {};
      next();
    } catch (error) {
      logger.error({ err: error }, "socket authentication failed");
      next(new Error("Could not check your sign-in"));
    }
  });

  io.on("connection", (socket) => {
    void socket.join(userRoomOf(socket.data.user.id));
    const due = recheckAt.get(socket);
    if (due && socket.data.loginSessionId) {
      const unwatch = loginWatch.watch(socket.id, {
        sessionId: socket.data.loginSessionId,
        userId: socket.data.user.id,
        recheckAt: due,
      });
      socket.once("disconnect", unwatch);
    }
    registerSessionHandlers(ctx, socket);
    registerRoomProblemHandlers(ctx, socket);
    registerChatHandlers(ctx, socket);
    registerSignalHandlers(ctx, socket);
    registerMatchHandlers(ctx, socket);
    registerNotificationHandlers(ctx, socket);
  });

  // The lobby asks who is in each listed room (a host who moved on is shown as away).
  setRoomPresence(async (sessionIds) => {
    const present = new Map<string, Set<string>>();
    if (sessionIds.length === 0) return present;
    const wanted = new Map(sessionIds.map((id) => [roomOf(id), id]));
    for (const socket of await io.in([...wanted.keys()]).fetchSockets()) {
      for (const room of socket.rooms) {
        const sessionId = wanted.get(room);
        if (!sessionId) continue;
        let users = present.get(sessionId);
        if (!users) present.set(sessionId, (users = new Set()));
        users.add(socket.data.user.id);
      }
    }
    return present;
  });

  const unsubscribe = [
    attachMatchRealtime(io, events, getMatchmaker(services), logger),
    sendNotificationsLive(io, events),
    sendRoomProblemsLive(ctx, events),
    events.on("account.signedOut", "realtime-signed-out", async ({ userId, loginSessions }) => {
      // The sockets opened with the ended login sessions, on every instance, end too.
      for (const socket of await io.in(userRoomOf(userId)).fetchSockets()) {
        const id = socket.data.loginSessionId;
        const ended =
          "all" in loginSessions || ("only" in loginSessions ? id === loginSessions.only : id !== loginSessions.allBut);
        if (ended) socket.disconnect(true);
      }
    }),
    events.on("chat.messagePosted", "realtime-chat", ({ sessionId, message, origin }) => {
      // The sending connection has the message from its acknowledgement.
      const room = io.to(roomOf(sessionId));
      (origin ? room.except(origin) : room).emit("chat:message", message);
    }),
    events.on(["session.seatTaken", "session.seatReleased", "session.hostHandedOver"], "realtime-seats", (event) => {
      const removed =
        event.type === "session.seatReleased"
          ? [event.guest.id]
          : event.type === "session.hostHandedOver"
            ? [event.formerHost.id]
            : [];
      // Not awaited: with several instances, finding the room's sockets asks every one of
      // them, and the user's join or leave must not wait for that.
      void seatsChanged(event.sessionId, removed);
    }),
    events.on("session.ended", "realtime-ended", ({ sessionId, reason }) => {
      io.to(roomOf(sessionId)).emit("session:ended", { reason });
      io.in(roomOf(sessionId)).socketsLeave(roomOf(sessionId));
      presence.forget(sessionId);
    }),
  ];

  /** Seats changed: participants reload their data; users who lost their seat leave the room. */
  async function seatsChanged(sessionId: string, removedUserIds: string[]) {
    try {
      if (removedUserIds.length) {
        for (const socket of await io.in(roomOf(sessionId)).fetchSockets()) {
          if (!removedUserIds.includes(socket.data.user.id)) continue;
          socket.emit("session:changed");
          socket.leave(roomOf(sessionId));
          socket.data.sessions.delete(sessionId);
        }
        for (const id of removedUserIds) presence.forget(sessionId, id);
        io.to(roomOf(sessionId)).emit("rtc:peer", { present: false });
      }
      io.to(roomOf(sessionId)).emit("session:changed");
      await ctx.broadcastState(sessionId);
    } catch (error) {
      logger.error({ err: error }, "session change broadcast failed");
    }
  }

  // Connected participants count as present for the idle-expiry job. Written in small
  // batches, one transaction each, that yield between them: thousands of writes (or
  // commits) at once would stall every room's messages for the length of the burst.
  const heartbeat = setInterval(() => {
    const now = new Date();
    const due = presence.connected();
    void (async () => {
      for (let i = 0; i < due.length; i += HEARTBEAT_BATCH) {
        await getStore()
          .sessions.touchPresenceMany(due.slice(i, i + HEARTBEAT_BATCH), now)
          .catch((error: unknown) => logger.warn({ err: error }, "presence heartbeat write failed"));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
  }, options.heartbeatMs ?? 60_000);
  heartbeat.unref();

  return {
    io,
    /** Disconnects every socket (clients reconnect to another instance or after restart). */
    disconnectAll: () => {
      clearInterval(heartbeat);
      loginWatch.stop();
      setRoomPresence(null);
      for (const stop of unsubscribe) stop();
      // Their places are freed as they go (shared places in Redis too), then the heartbeat stops.
      io.disconnectSockets(true);
      slots.close();
    },
    /** Stops Socket.IO and the HTTP server under it (tests). */
    close: async () => {
      clearInterval(heartbeat);
      loginWatch.stop();
      setRoomPresence(null);
      for (const stop of unsubscribe) stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      slots.close();
    },
  };
}
