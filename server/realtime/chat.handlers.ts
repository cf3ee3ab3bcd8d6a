import { ChatHistorySchema, ChatSendSchema, TypingSchema } from "~/lib/realtime-events";
import { toMessageDto } from "~/realtime/realtime-bus.server";
import { consume } from "~/security/rate-limit.server";
import { getStore } from "~/storage/index.server";

import { handle, type RealtimeContext, type RealtimeSocket, roomOf } from "./context";
import { chatBySession } from "./event-limits";

/** Chat: stored before it is broadcast; a resend with the same clientId is not doubled. */
export function registerChatHandlers(ctx: RealtimeContext, socket: RealtimeSocket) {
  const user = socket.data.user;
  socket.on(
    "chat:send",
    handle(
      ctx,
      socket,
      "chat:send",
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
      {
        // The session's chat volume, both people together: a quota on what is stored.
        limit: ({ sessionId }) =>
          consume(chatBySession, sessionId, { reason: "This session's chat has had many messages just now." }),
      },
    ),
  );
  socket.on(
    "chat:history",
    handle(ctx, socket, "chat:history", ChatHistorySchema, async ({ sessionId, afterSeq }) =>
      (await getStore().chat.listAfter(sessionId, afterSeq, 1000)).map(toMessageDto),
    ),
  );
  socket.on(
    "chat:typing",
    handle(ctx, socket, "chat:typing", TypingSchema, ({ sessionId, typing }) => {
      socket.to(roomOf(sessionId)).emit("chat:typing", { username: user.username, typing });
      return null;
    }),
  );
}
