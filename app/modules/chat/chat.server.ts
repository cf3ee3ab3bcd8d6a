import crypto from "node:crypto";

import { getServices, getStore } from "~/composition.server";
import type { ChatMessageDto } from "~/modules/chat/chat-contract";
import { getLogger } from "~/platform/logger.server";
import type { ChatMessage } from "~/storage/store.server";

/** The chat domain: messages are stored (numbered per session) before anyone is told. */

export function toMessageDto(message: ChatMessage): ChatMessageDto {
  return {
    id: message.id,
    seq: message.seq,
    clientId: message.clientId,
    kind: message.kind,
    authorId: message.authorId,
    authorName: message.authorName,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
  };
}

/**
 * A participant's message. Idempotent on (session, author, clientId): a resend returns the
 * stored message and tells nobody again. `origin` is the sending connection, which has the
 * message from its acknowledgement.
 */
export async function postMessage(input: {
  sessionId: string;
  authorId: string;
  clientId: string;
  body: string;
  origin: string | null;
}): Promise<ChatMessageDto> {
  const { message, created } = await getStore().chat.append({
    sessionId: input.sessionId,
    authorId: input.authorId,
    clientId: input.clientId,
    kind: "user",
    body: input.body,
  });
  const dto = toMessageDto(message);
  if (created) {
    await getServices().events.emit({
      type: "chat.messagePosted",
      sessionId: input.sessionId,
      message: dto,
      origin: input.origin,
    });
  }
  return dto;
}

/** A system line in the session's chat ("alice joined"). Never fails the change it reports. */
export async function postSystemMessage(sessionId: string, body: string): Promise<void> {
  try {
    const { message } = await getStore().chat.append({
      sessionId,
      authorId: null,
      clientId: `sys-${crypto.randomUUID()}`,
      kind: "system",
      body,
    });
    await getServices().events.emit({
      type: "chat.messagePosted",
      sessionId,
      message: toMessageDto(message),
      origin: null,
    });
  } catch (error) {
    getLogger().warn({ err: error, sessionId }, "could not post in session chat");
  }
}

export async function chatHistory(sessionId: string, afterSeq: number): Promise<ChatMessageDto[]> {
  return (await getStore().chat.listAfter(sessionId, afterSeq, 1000)).map(toMessageDto);
}
