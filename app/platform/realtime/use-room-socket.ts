import { useEffect, useRef, useState } from "react";
import { useRevalidator } from "react-router";
import { io, type Socket } from "socket.io-client";

import { reportSocketDown } from "~/platform/http/network-status";
import type {
  AckResult,
  ClientToServerEvents,
  EnterResult,
  RoomState,
  ServerToClientEvents,
} from "~/platform/realtime/realtime-events";

export type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionStatus = "connecting" | "connected" | "reconnecting" | "failed";

/**
 * The room's socket: connects with the login cookie, enters the session on every
 * (re)connect, follows presence, and reloads the page's data when seats change.
 */
export function useRoomSocket(sessionId: string) {
  const [socket, setSocket] = useState<RoomSocket | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const [state, setState] = useState<RoomState | null>(null);
  const [entry, setEntry] = useState<{ role: "host" | "guest"; polite: boolean; count: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;

  useEffect(() => {
    const s: RoomSocket = io({ transports: ["websocket", "polling"], withCredentials: true });
    const statusId = `room:${sessionId}`;
    let entries = 0;
    let everConnected = false;
    const enter = () =>
      s.emit("session:enter", { sessionId }, (result: AckResult<EnterResult>) => {
        if (!result.ok) {
          setError(result.error);
          setStatus("failed");
          return;
        }
        setError(null);
        everConnected = true;
        reportSocketDown(statusId, false);
        setStatus("connected");
        setState(result.data.state);
        setEntry({ role: result.data.role, polite: result.data.polite, count: ++entries });
      });
    s.on("connect", enter);
    s.on("disconnect", () => {
      setStatus("reconnecting");
      reportSocketDown(statusId, true);
    });
    s.on("connect_error", (e) => {
      // A failed first connection is a problem of the room, not of the network.
      if (everConnected) reportSocketDown(statusId, true);
      setStatus(s.active ? "reconnecting" : "failed");
      if (!s.active) setError(e.message);
    });
    s.on("room:state", setState);
    s.on("session:changed", () => void revalidate.current());
    s.on("session:ended", () => void revalidate.current());
    // The session switched problem: the page's data (statement, tests, drafts) follows.
    s.on("problem:changed", () => void revalidate.current());
    setSocket(s);
    return () => {
      s.disconnect();
      reportSocketDown(statusId, false);
      setSocket(null);
    };
  }, [sessionId]);

  return { socket, status, state, entry, error };
}
