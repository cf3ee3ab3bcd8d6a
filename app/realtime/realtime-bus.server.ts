import crypto from "node:crypto";

import type { ChatMessageDto } from "~/lib/realtime-events";
import { getLogger } from "~/observability/logger.server";
import { getStore } from "~/storage/index.server";
import type { ChatMessage } from "~/storage/store.server";

/**
 * How HTTP actions reach connected sockets. The realtime server registers itself at
 * start-up; without it (tests of loaders and actions) these calls only store.
 */
export interface RealtimeBus {
  broadcastMessage(sessionId: string, message: ChatMessageDto): void;
  /** Seats changed: participants reload their data; users who lost their seat are removed from the room. */
  sessionChanged(sessionId: string, removedUserIds?: string[]): void;
  sessionEnded(sessionId: string, reason: string): void;
  /**
   * Login sessions ended (sign-out, password change, "sign out other devices"): the
   * sockets opened with them are disconnected. `only` names the one that ended;
   * `allBut` means every login session of the user except that one.
   */
  signedOut(userId: string, which: { only: string } | { allBut: string }): void;
}

let bus: RealtimeBus | null = null;

export function setRealtimeBus(next: RealtimeBus | null) {
  bus = next;
}

export function realtimeBus(): RealtimeBus | null {
  return bus;
}

export function toMessageDto(message: ChatMessage): ChatMessageDto {
  return {
    id: message.id,
    seq: message.seq,
    clientId: message.clientId,
    kind: message.kind,
    authorName: message.authorName,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
  };
}

/** A system line in the session's chat ("alice joined"), stored then broadcast. */
export async function announce(sessionId: string, body: string): Promise<void> {
  try {
    const { message } = await getStore().chat.append({
      sessionId,
      authorId: null,
      clientId: `sys-${crypto.randomUUID()}`,
      kind: "system",
      body,
    });
    bus?.broadcastMessage(sessionId, toMessageDto(message));
  } catch (error) {
    getLogger().warn({ err: error, sessionId }, "could not announce in session chat");
  }
}
