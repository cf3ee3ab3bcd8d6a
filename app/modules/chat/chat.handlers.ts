import { chatHistory, postMessage } from "~/modules/chat/chat.server";
import { ChatHistorySchema, ChatSendSchema, TypingSchema } from "~/modules/chat/chat-contract";
import { consume, createLimiter } from "~/platform/rate-limit.server";
import { handle, type RealtimeContext, type RealtimeSocket, roomOf } from "~/platform/realtime/context";

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
      // The sender has it from the ack; everyone else in the room (their other tabs too) gets
      // the broadcast of the chat.messagePosted event.
      ({ sessionId, clientId, body }) =>
        postMessage({ sessionId, authorId: user.id, clientId, body, origin: socket.id }),
      { limit: () => consume(chatLimiter, user.id) },
    ),
  );

  socket.on(
    "chat:history",
    handle(ctx, socket, ChatHistorySchema, ({ sessionId, afterSeq }) => chatHistory(sessionId, afterSeq)),
  );

  socket.on(
    "chat:typing",
    handle(
      ctx,
      socket,
      TypingSchema,
      ({ sessionId, typing }) => {
        socket.to(roomOf(sessionId)).emit("chat:typing", { userId: user.id, username: user.username, typing });
        return null;
      },
      { limit: () => consume(typingLimiter, socket.id) },
    ),
  );
}
