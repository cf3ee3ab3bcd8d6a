import { ChatHistorySchema, ChatSendSchema, TypingSchema } from "~/lib/realtime-events";
import { toMessageDto } from "~/realtime/realtime-bus.server";
import { consume, createLimiter } from "~/security/rate-limit.server";
import { getStore } from "~/storage/index.server";

import { handle, type RealtimeContext, type RealtimeSocket, roomOf } from "./context";

const chatLimiter = createLimiter({ keyPrefix: "chat-user", points: 20, durationSeconds: 10 });
const typingLimiter = createLimiter({ keyPrefix: "typing-socket", points: 30, durationSeconds: 10 });

/** Chat: stored before it is broadcast; a resend with the same clientId is not doubled. */
export function registerChatHandlers(ctx: RealtimeContext, socket: RealtimeSocket) {
  const user = socket.data.user;

  socket.on(
    "chat:send",
    handle(
      ctx,
      socket,
      ChatSendSchema,
      async ({ sessionId, clientId, body }) => {
        const { message, created } = await getStore().chat.append({
          sessionId,
          authorId: user.id,
          clientId,
          kind: "user",
          body,
        });
        const dto = toMessageDto(message);
        // The sender has it from the ack; everyone else in the room (their other tabs too) gets it here.
        if (created) socket.to(roomOf(sessionId)).emit("chat:message", dto);
        return dto;
      },
      { limit: () => consume(chatLimiter, user.id) },
    ),
  );

  socket.on(
    "chat:history",
    handle(ctx, socket, ChatHistorySchema, async ({ sessionId, afterSeq }) =>
      (await getStore().chat.listAfter(sessionId, afterSeq, 1000)).map(toMessageDto),
    ),
  );

  socket.on(
    "chat:typing",
    handle(
      ctx,
      socket,
      TypingSchema,
      ({ sessionId, typing }) => {
        socket.to(roomOf(sessionId)).emit("chat:typing", { username: user.username, typing });
        return null;
      },
      { limit: () => consume(typingLimiter, socket.id) },
    ),
  );
}
