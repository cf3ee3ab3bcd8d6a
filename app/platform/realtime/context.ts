import type { Logger } from "pino";
import type { Server, Socket } from "socket.io";
import type { z } from "zod";

import { consume } from "~/platform/rate-limit.server";
import { EVENT_LIMITS } from "~/platform/realtime/event-limits";
import type { MediaState, PresenceRegistry } from "~/platform/realtime/presence";
import type { Ack, ClientToServerEvents, RoomState, ServerToClientEvents } from "~/platform/realtime/realtime-events";

export interface SocketData {
  user: { id: string; username: string };
  /** The login session the socket was opened with (built-in, or Clerk's `sid`): its end ends the socket. */
  loginSessionId: string;
  /** Sessions this socket has entered (its seat was checked then). */
  sessions: Set<string>;
  /**
   * Microphone, camera and screen share per session. Kept on the socket so that every
   * instance can read it through `fetchSockets()` (presence across instances).
   */
  media: Record<string, MediaState>;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface RealtimeContext {
  io: RealtimeServer;
  presence: PresenceRegistry;
  logger: Logger;
  /** Who has a socket in the session's room, on any instance, with their media. */
  liveParticipants(sessionId: string): Promise<Map<string, MediaState>>;
  roomState(sessionId: string): Promise<RoomState | null>;
  broadcastState(sessionId: string): Promise<void>;
}

export const roomOf = (sessionId: string) => `session:${sessionId}`;
/** Every socket of one user, on every instance. */
export const userRoomOf = (userId: string) => `user:${userId}`;

export class RealtimeError extends Error {
  override name = "RealtimeError";
}

/**
 * Wraps an event handler: validates the payload with zod, checks the socket entered the
 * session it names (unless `needsRoom` is false), and always answers the ack, never throws.
 */
export function handle<S extends z.ZodType, R>(
  ctx: RealtimeContext,
  socket: RealtimeSocket,
  event: keyof ClientToServerEvents,
  schema: S,
  handler: (payload: z.output<S>) => Promise<R> | R,
  options: { needsRoom?: boolean; limit?: (payload: z.output<S>) => Promise<void> } = {},
) {
  const { limiter, reason } = EVENT_LIMITS[event];
  // The ack is the last argument, wherever it lands: a client that sends no payload or
  // extra arguments still gets an answer instead of waiting forever.
  return async (...args: unknown[]) => {
    const last = args.at(-1);
    const reply: Ack<R> = typeof last === "function" ? (last as Ack<R>) : () => undefined;
    const payload = typeof args[0] === "function" ? undefined : args[0];
    // The user's point first, valid payload or not: a flood costs the sender, not us.
    try {
      await consume(limiter, socket.data.user.id, { reason });
    } catch (error) {
      reply({ ok: false, error: error instanceof Error ? error.message : "Too many requests" });
      return;
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      reply({ ok: false, error: parsed.error.issues[0]?.message ?? "Invalid request" });
      return;
    }
    const sessionId = (parsed.data as { sessionId?: string }).sessionId;
    // The room, not socket.data: removing a seat elsewhere (another instance) makes the
    // socket leave the room through the adapter, which is what revokes it here.
    if (options.needsRoom !== false && (!sessionId || !socket.rooms.has(roomOf(sessionId)))) {
      reply({ ok: false, error: "You are not in this session" });
      return;
    }
    try {
      await options.limit?.(parsed.data);
      reply({ ok: true, data: await handler(parsed.data) });
    } catch (error) {
      if (error instanceof RealtimeError) reply({ ok: false, error: error.message });
      else if (error instanceof Error && error.name === "RateLimitedError") reply({ ok: false, error: error.message });
      else {
        ctx.logger.error({ err: error }, "socket handler failed");
        reply({ ok: false, error: "Something went wrong. Please try again." });
      }
    }
  };
}
