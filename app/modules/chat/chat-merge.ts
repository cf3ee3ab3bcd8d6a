import type { ChatMessageDto } from "~/modules/chat/chat-contract";

/** A message as the room shows it: stored ones, and our own still on their way. */
export interface ChatEntry extends ChatMessageDto {
  pending?: boolean;
  failed?: string;
  mine: boolean;
}

/** A message is one per author and clientId: the server's copy replaces our pending one, a resend is not doubled. */
const keyOf = (m: Pick<ChatMessageDto, "authorId" | "clientId">) => `${m.authorId ?? "system"}:${m.clientId}`;

/** Not yet numbered by the server: shown after everything that is. */
export const UNSENT_SEQ = Number.MAX_SAFE_INTEGER;

/** Merges messages from acks, broadcasts and history into the list, in server order. */
export function mergeMessages(current: ChatEntry[], incoming: ChatMessageDto[], myId: string): ChatEntry[] {
  if (incoming.length === 0) return current;
  const byKey = new Map(current.map((m) => [keyOf(m), m]));
  for (const m of incoming) byKey.set(keyOf(m), { ...m, mine: m.authorId === myId });
  return [...byKey.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest seq the list holds from the server (history is asked for after it). */
export function lastStoredSeq(messages: ChatEntry[]): number {
  let last = 0;
  for (const m of messages) if (m.seq !== UNSENT_SEQ && m.seq > last) last = m.seq;
  return last;
}

/** Our message as shown while it travels. */
export function pendingEntry(
  clientId: string,
  body: string,
  me: { id: string; username: string },
  now: Date,
): ChatEntry {
  return {
    id: clientId,
    seq: UNSENT_SEQ,
    clientId,
    kind: "user",
    authorId: me.id,
    authorName: me.username,
    body,
    createdAt: now.toISOString(),
    pending: true,
    mine: true,
  };
}

/** The server refused our message: it stays, marked, with the reason. */
export function markFailed(current: ChatEntry[], clientId: string, error: string): ChatEntry[] {
  return current.map((m) => (m.clientId === clientId && m.mine ? { ...m, pending: false, failed: error } : m));
}
