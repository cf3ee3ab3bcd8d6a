import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { z } from "zod";

import type { MatchJoinSchema, MatchStatusDto } from "~/modules/matching/match-contract";
import type { AckResult, ClientToServerEvents, ServerToClientEvents } from "~/platform/realtime/realtime-events";

type MatchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type MatchChoice = z.input<typeof MatchJoinSchema>;

/**
 * The match page's socket: asks where the user stands on every (re)connect (a second tab
 * shows the same place; a reconnect within the grace keeps it), follows `match:state`,
 * and tells the server when this tab leaves the page.
 */
export function useMatchSocket() {
  const socketRef = useRef<MatchSocket | null>(null);
  const [status, setStatus] = useState<MatchStatusDto | null>(null);
  const [connected, setConnected] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** server clock − this clock, so countdowns agree with the server's deadlines. */
  const [clockOffset, setClockOffset] = useState(0);

  const take = useCallback((result: AckResult<MatchStatusDto>) => {
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    const next = result.data;
    if ("serverNow" in next) setClockOffset(next.serverNow - Date.now());
    setStatus(next);
  }, []);

  useEffect(() => {
    const socket: MatchSocket = io({ transports: ["websocket", "polling"], withCredentials: true });
    socketRef.current = socket;
    socket.on("connect", () => {
      setConnected(true);
      socket.emit("match:status", {}, take);
    });
    socket.on("disconnect", () => setConnected(false));
    socket.on("connect_error", (e) => setError(socket.active ? null : e.message));
    socket.on("match:state", (next) => take({ ok: true, data: next }));
    const leaveTab = () => {
      if (socket.connected) socket.emit("match:leave", { scope: "tab" });
    };
    window.addEventListener("pagehide", leaveTab);
    return () => {
      window.removeEventListener("pagehide", leaveTab);
      leaveTab();
      // Let the leave go out before the socket closes.
      setTimeout(() => socket.disconnect(), 50);
      socketRef.current = null;
    };
  }, [take]);

  const join = useCallback((choice: MatchChoice) => socketRef.current?.emit("match:join", choice, take), [take]);
  const cancel = useCallback(() => socketRef.current?.emit("match:leave", { scope: "all" }, take), [take]);
  const accept = useCallback(
    (proposalId: string) => socketRef.current?.emit("match:accept", { proposalId }, take),
    [take],
  );
  const decline = useCallback(
    (proposalId: string) => socketRef.current?.emit("match:decline", { proposalId }, take),
    [take],
  );

  return { status, connected, error, clockOffset, join, cancel, accept, decline };
}
