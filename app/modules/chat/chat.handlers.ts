import { chatHistory, postMessage } from "~/modules/chat/chat.server";
import { ChatHistorySchema, ChatSendSchema, TypingSchema } from "~/modules/chat/chat-contract";
import { consume } from "~/platform/rate-limit.server";
import { handle, type RealtimeContext, type RealtimeSocket, roomOf } from "~/platform/realtime/context";
import { chatBySession } from "~/platform/realtime/event-limits";

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
      // The sender has it from the ack; everyone else in the room (their other tabs too) gets
      // the broadcast of the chat.messagePosted event.
      ({ sessionId, clientId, body }) =>
        postMessage({ sessionId, authorId: user.id, clientId, body, origin: socket.id }),
      {
        // The session's chat volume, both people together: a quota on what is stored.
        limit: ({ sessionId }) =>
          consume(chatBySession, sessionId, { reason: "This session's chat has had many messages just now." }),
      },
    ),
  );

  socket.on(
    "chat:history",
    handle(ctx, socket, "chat:history", ChatHistorySchema, ({ sessionId, afterSeq }) =>
      chatHistory(sessionId, afterSeq),
    ),
  );

  socket.on(
    "chat:typing",
    handle(ctx, socket, "chat:typing", TypingSchema, ({ sessionId, typing }) => {
      socket.to(roomOf(sessionId)).emit("chat:typing", { userId: user.id, username: user.username, typing });
      return null;
    }),
  );
}
