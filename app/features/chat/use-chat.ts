import { useCallback, useEffect, useRef, useState } from "react";

import type { RoomSocket } from "~/features/realtime/use-room-socket";
import type { AckResult, ChatMessageDto } from "~/lib/realtime-events";

export interface ChatEntry extends ChatMessageDto {
  pending?: boolean;
  failed?: string;
  mine: boolean;
}

const TYPING_IDLE_MS = 3_000;

/**
 * Chat state: messages by seq, nothing lost (history after the last seq on every entry)
 * and nothing doubled (server seq + our own clientId; unacknowledged sends are resent).
 */
export function useChat(socket: RoomSocket | null, sessionId: string, entryCount: number, me: string) {
  const [messages, setMessages] = useState<ChatEntry[]>([]);
  const [partnerTyping, setPartnerTyping] = useState<string | null>(null);
  const lastSeq = useRef(0);
  const pending = useRef(new Map<string, string>());
  const typingSent = useRef(false);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const merge = useCallback(
    (incoming: ChatMessageDto[]) => {
      if (incoming.length === 0) return;
      setMessages((current) => {
        const byClient = new Map(current.map((m) => [`${m.authorName}:${m.clientId}`, m]));
        for (const m of incoming) {
          byClient.set(`${m.authorName}:${m.clientId}`, { ...m, mine: m.authorName === me });
          if (m.authorName === me) pending.current.delete(m.clientId);
          lastSeq.current = Math.max(lastSeq.current, m.seq);
        }
        return [...byClient.values()].sort((a, b) => a.seq - b.seq);
      });
    },
    [me],
  );

  const emitSend = useCallback(
    (clientId: string, body: string) => {
      socket?.emit("chat:send", { sessionId, clientId, body }, (result: AckResult<ChatMessageDto>) => {
        if (result.ok) merge([result.data]);
        else {
          pending.current.delete(clientId);
          setMessages((current) =>
            current.map((m) =>
              m.clientId === clientId && m.mine ? { ...m, pending: false, failed: result.error } : m,
            ),
          );
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
      if (typingSent.current === typing) return;
      typingSent.current = typing;
      socket?.emit("chat:typing", { sessionId, typing });
    },
    [sessionId, socket],
  );

  const send = useCallback(
    (body: string) => {
      const clientId = crypto.randomUUID().replaceAll("-", "");
      pending.current.set(clientId, body);
      setMessages((current) => [
        ...current,
        {
          id: clientId,
          seq: Number.MAX_SAFE_INTEGER,
          clientId,
          kind: "user",
          authorName: me,
          body,
          createdAt: new Date().toISOString(),
          pending: true,
          mine: true,
        },
      ]);
      setTyping(false);
      emitSend(clientId, body);
    },
    [emitSend, me, setTyping],
  );

  return { messages, send, partnerTyping, setTyping };
}
