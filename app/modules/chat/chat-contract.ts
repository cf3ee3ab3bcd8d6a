import { z } from "zod";

import { CHAT_MAX_LENGTH } from "~/modules/chat/chat-limits";
import { isNestedTooDeeply, MAX_MARKDOWN_NESTING } from "~/modules/chat/markdown-nesting";
import { SessionIdSchema } from "~/modules/sessions/session-id";

/** Chat's part of the realtime contract: what clients send and what they receive. */

export const ChatSendSchema = z.object({
  sessionId: SessionIdSchema,
  clientId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  body: z
    .string()
    .max(CHAT_MAX_LENGTH, `Messages can be at most ${CHAT_MAX_LENGTH} characters`)
    .refine((b) => b.trim().length > 0, "Write something first")
    .refine(
      (b) => !isNestedTooDeeply(b),
      `This message nests quotes or lists more than ${MAX_MARKDOWN_NESTING} levels deep`,
    ),
});
export const ChatHistorySchema = z.object({ sessionId: SessionIdSchema, afterSeq: z.number().int().min(0) });
export const TypingSchema = z.object({ sessionId: SessionIdSchema, typing: z.boolean() });

export interface ChatMessageDto {
  id: string;
  seq: number;
  clientId: string;
  kind: "user" | "system";
  /** The author's user id (null for system lines): the key, since names can change. */
  authorId: string | null;
  authorName: string | null;
  body: string;
  createdAt: string;
}
