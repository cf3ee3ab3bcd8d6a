import type http from "node:http";

import type { Logger } from "pino";
import { Server, type ServerOptions } from "socket.io";

import { clerkConfig } from "~/auth/clerk/clerk-config.server";
import { getCurrentLogin, getRequestUser } from "~/auth/login-session.server";
import type { RoomState } from "~/lib/realtime-events";
import { setRealtimeBus } from "~/realtime/realtime-bus.server";
import { getStore } from "~/storage/index.server";

import { registerChatHandlers } from "./chat.handlers";
import { type RealtimeContext, type RealtimeServer, roomOf, userRoomOf } from "./context";
import { MAX_SOCKETS_PER_USER } from "./event-limits";
import { liveParticipants, PresenceRegistry } from "./presence";
import { registerSessionHandlers } from "./session.handlers";
import { registerSignalHandlers } from "./signal.handlers";

const HEARTBEAT_BATCH = 25;

/** Same-origin only: the page that opens the socket must be ours. */
function sameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // non-browser clients (tests, tools) still need a login cookie
  try {
    const host = req.headers["x-forwarded-host"] ?? req.headers.host;
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export interface RealtimeOptions {
  /** Shares rooms with other instances (the Redis Streams adapter); in-process without it. */
  adapter?: ServerOptions["adapter"];
  /** How often connected participants are recorded as present (a minute; shorter in tests). */
  heartbeatMs?: number;
}

/** Socket.IO on the app's own HTTP server: login cookie on the handshake, typed events. */
export function attachRealtime(httpServer: http.Server, logger: Logger, options: RealtimeOptions = {}) {
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 256_000,
    allowRequest: (req, callback) => callback(sameOrigin(req) ? null : "origin not allowed", sameOrigin(req)),
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });
  const presence = new PresenceRegistry();
  const socketsPerUser = new Map<string, number>();

  const live = async (sessionId: string) => liveParticipants(await io.in(roomOf(sessionId)).fetchSockets(), sessionId);

  const roomState = async (sessionId: string): Promise<RoomState | null> => {
    const store = getStore();
    const session = await store.sessions.findById(sessionId);
    if (!session) return null;
    const members = await store.sessions.members(sessionId);
    const here = await live(sessionId);
    const participants = (
      [
        [session.hostId, "host"],
        [session.guestId, "guest"],
      ] as const
    ).flatMap(([id, role]) => {
      const member = id ? members.find((m) => m.userId === id) : undefined;
      if (!member || !id) return [];
      const media = here.get(id);
      return [
        {
          username: member.username,
          role,
          online: Boolean(media),
          reconnecting: !media && presence.recentlyDropped(sessionId, id),
          mic: Boolean(media?.mic),
          camera: Boolean(media?.camera),
          sharing: Boolean(media?.sharing),
        },
      ];
    });
    return { sessionId, status: session.status, participants };
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
      const host = socket.request.headers["x-forwarded-host"] ?? socket.request.headers.host ?? "localhost";
      const origin = socket.request.headers.origin ?? `http://${Array.isArray(host) ? host[0] : host}`;
      const request = new Request(new URL("/socket", origin), {
        headers: { cookie: socket.request.headers.cookie ?? "" },
      });
      const user = await getRequestUser(request);
      if (!user) return next(new Error("Sign in to join the session"));
      // The login session it was opened with: signing out (or a password change) ends it.
      const login = clerkConfig() ? null : await getCurrentLogin(request);
      // Counted without an await between the check and the increment: atomic on this instance.
      const open = socketsPerUser.get(user.id) ?? 0;
      if (open >= MAX_SOCKETS_PER_USER) return next(new Error("Too many open connections: close some tabs"));
      socketsPerUser.set(user.id, open + 1);
      socket.once("disconnect", () => {
        const left = (socketsPerUser.get(user.id) ?? 1) - 1;
        if (left > 0) socketsPerUser.set(user.id, left);
        else socketsPerUser.delete(user.id);
      });
      socket.data.loginSessionId = login?.session.id ?? null;
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
    registerSessionHandlers(ctx, socket);
    registerChatHandlers(ctx, socket);
    registerSignalHandlers(ctx, socket);
  });

  setRealtimeBus({
    broadcastMessage: (sessionId, message) => io.to(roomOf(sessionId)).emit("chat:message", message),
    sessionChanged: (sessionId, removedUserIds = []) => {
      void (async () => {
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
      })().catch((error: unknown) => logger.error({ err: error }, "session change broadcast failed"));
    },
    signedOut: (userId, which) => {
      void (async () => {
        for (const socket of await io.in(userRoomOf(userId)).fetchSockets()) {
          const id = socket.data.loginSessionId;
          if ("only" in which ? id === which.only : id !== which.allBut) socket.disconnect(true);
        }
      })().catch((error: unknown) => logger.error({ err: error }, "disconnecting signed-out sockets failed"));
    },
    sessionEnded: (sessionId, reason) => {
      io.to(roomOf(sessionId)).emit("session:ended", { reason });
      io.in(roomOf(sessionId)).socketsLeave(roomOf(sessionId));
      presence.forget(sessionId);
    },
  });

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
      setRealtimeBus(null);
      io.disconnectSockets(true);
    },
    /** Stops Socket.IO and the HTTP server under it (tests). */
    close: async () => {
      clearInterval(heartbeat);
      setRealtimeBus(null);
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
