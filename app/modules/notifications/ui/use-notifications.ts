import { useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import { toast } from "sonner";

import type { AckResult, ClientToServerEvents, ServerToClientEvents } from "~/platform/realtime/realtime-events";

import type { NotificationDto, NotificationSummary } from "../notification-contract";
import { ATTENTION_TYPES, badgeTitle, playTone, showBrowserNotification } from "./attention";

type NotificationSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The signed-in reader's notifications, live: the user's own socket room delivers each new
 * one, which shows as a toast (and, in a background tab, a tone, a title badge and a
 * browser notification when allowed).
 */
export function useNotifications() {
  const [summary, setSummary] = useState<NotificationSummary | null>(null);
  const socketRef = useRef<NotificationSocket | null>(null);

  useEffect(() => {
    const socket: NotificationSocket = io({ transports: ["websocket", "polling"], withCredentials: true });
    socketRef.current = socket;
    let missed = 0;
    const refresh = () =>
      socket.emit("notification:list", {}, (result: AckResult<NotificationSummary>) => {
        if (result.ok) setSummary(result.data);
      });
    const onVisible = () => {
      if (document.visibilityState !== "visible") return;
      missed = 0;
      badgeTitle(0);
    };
    socket.on("connect", refresh);
    socket.on("notification:new", (n: NotificationDto) => {
      setSummary((s) => ({ unread: (s?.unread ?? 0) + 1, items: [n, ...(s?.items ?? [])].slice(0, 50) }));
      toast(n.title, {
        description: n.body,
        action: n.link ? { label: "Open", onClick: () => window.location.assign(n.link!) } : undefined,
        duration: 10_000,
      });
      if (document.visibilityState === "hidden") {
        if (ATTENTION_TYPES.has(n.type)) playTone();
        badgeTitle(++missed);
        showBrowserNotification(n.title, n.body, n.link);
      }
    });
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      socket.disconnect();
      socketRef.current = null;
    };
  }, []);

  const markAllRead = () =>
    socketRef.current?.emit("notification:readAll", {}, (result: AckResult<number>) => {
      if (result.ok) setSummary((s) => (s ? { unread: 0, items: s.items.map((n) => ({ ...n, read: true })) } : s));
    });

  return { summary, markAllRead };
}
