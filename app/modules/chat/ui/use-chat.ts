import { useCallback, useEffect, useRef, useState } from "react";

import type { ChatMessageDto } from "~/modules/chat/chat-contract";
import { type ChatEntry, lastStoredSeq, markFailed, mergeMessages, pendingEntry } from "~/modules/chat/chat-merge";
import type { AckResult } from "~/platform/realtime/realtime-events";
import type { RoomSocket } from "~/platform/realtime/use-room-socket";

export type { ChatEntry };

const TYPING_IDLE_MS = 3_000;

/**
 * Chat state: messages by seq, nothing lost (history after the last seq on every entry)
 * and nothing doubled (server seq + our own clientId; unacknowledged sends are resent).
 */
export function useChat(
  socket: RoomSocket | null,
  sessionId: string,
  entryCount: number,
  me: { id: string; username: string },
) {
  const [messages, setMessages] = useState<ChatEntry[]>([]);
  const [partnerTyping, setPartnerTyping] = useState<string | null>(null);
  const lastSeq = useRef(0);
  const pending = useRef(new Map<string, string>());
  const typingSent = useRef(false);
  const typingSentAt = useRef(0);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const merge = useCallback(
    (incoming: ChatMessageDto[]) => {
      if (incoming.length === 0) return;
      for (const m of incoming) if (m.authorId === me.id) pending.current.delete(m.clientId);
      setMessages((current) => {
        const next = mergeMessages(current, incoming, me.id);
        lastSeq.current = Math.max(lastSeq.current, lastStoredSeq(next));
        return next;
      });
    },
    [me.id],
  );

  const emitSend = useCallback(
    (clientId: string, body: string) => {
      socket?.emit("chat:send", { sessionId, clientId, body }, (result: AckResult<ChatMessageDto>) => {
        if (result.ok) merge([result.data]);
        else {
          pending.current.delete(clientId);
          setMessages((current) => markFailed(current, clientId, result.error));
        }
      });
    },
    [merge, sessionId, socket],
  );

  // On every (re)entry: fetch what we missed, then resend what was never acknowledged.
  useEffect(() => {
    if (!socket || entryCount === 0) return;
    socket.emit("chat:history", { sessionId, afterSeq: lastSeq.current }, (result: AckResult<ChatMessageDto[]>) => {
      if (result.ok) merge(result.data);
      for (const [clientId, body] of pending.current) emitSend(clientId, body);
    });
  }, [emitSend, entryCount, merge, sessionId, socket]);

  useEffect(() => {
    if (!socket) return;
    const onMessage = (m: ChatMessageDto) => merge([m]);
    let clear: ReturnType<typeof setTimeout> | undefined;
    const onTyping = ({ username, typing }: { username: string; typing: boolean }) => {
      clearTimeout(clear);
      setPartnerTyping(typing ? username : null);
      if (typing) clear = setTimeout(() => setPartnerTyping(null), TYPING_IDLE_MS * 2);
    };
    socket.on("chat:message", onMessage);
    socket.on("chat:typing", onTyping);
    return () => {
      socket.off("chat:message", onMessage);
      socket.off("chat:typing", onTyping);
      clearTimeout(clear);
    };
  }, [merge, socket]);

  const setTyping = useCallback(
    (typing: boolean) => {
      clearTimeout(typingTimer.current);
      if (typing) typingTimer.current = setTimeout(() => setTyping(false), TYPING_IDLE_MS);
      // While typing goes on, "typing" is said again every idle period: the partner's
      // indicator lapses after two, and a word lost to a reconnect is made good.
      const stillSaid = typing && Date.now() - typingSentAt.current < TYPING_IDLE_MS;
      if (typingSent.current === typing && (!typing || stillSaid)) return;
      typingSent.current = typing;
      if (typing) typingSentAt.current = Date.now();
      socket?.emit("chat:typing", { sessionId, typing });
    },
    [sessionId, socket],
  );

  const send = useCallback(
    (body: string) => {
      const clientId = crypto.randomUUID().replaceAll("-", "");
      pending.current.set(clientId, body);
      setMessages((current) => [...current, pendingEntry(clientId, body, me, new Date())]);
      setTyping(false);
      emitSend(clientId, body);
    },
    [emitSend, me, setTyping],
  );

  return { messages, send, partnerTyping, setTyping };
}
