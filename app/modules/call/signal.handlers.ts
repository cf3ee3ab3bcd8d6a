import { SignalSchema } from "~/modules/call/call-contract";
import { consume, createLimiter } from "~/platform/rate-limit.server";
import { handle, type RealtimeContext, type RealtimeSocket, roomOf } from "~/platform/realtime/context";

const signalLimiter = createLimiter({ keyPrefix: "signal-socket", points: 400, durationSeconds: 10 });

/** WebRTC signaling: descriptions and ICE candidates relayed to the partner only. */
export function registerSignalHandlers(ctx: RealtimeContext, socket: RealtimeSocket) {
  socket.on(
    "rtc:signal",
    handle(
      ctx,
      socket,
      SignalSchema,
      ({ sessionId, description, candidate }) => {
        socket.to(roomOf(sessionId)).emit("rtc:signal", {
          ...(description ? { description: description as { type: RTCSdpType; sdp?: string } } : {}),
          ...(candidate !== undefined ? { candidate } : {}),
        });
        return null;
      },
      { limit: () => consume(signalLimiter, socket.id) },
    ),
  );
}
