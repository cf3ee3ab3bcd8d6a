import type { ChatMessageDto } from "~/modules/chat/chat-contract";

/** A message was stored in a session's chat. */
export interface ChatEvent {
  type: "chat.messagePosted";
  sessionId: string;
  message: ChatMessageDto;
  /**
   * The connection that sent it, which has it already from its acknowledgement (opaque:
   * the transport's own id). Null for messages the server posts ("alice joined").
   */
  origin: string | null;
}
