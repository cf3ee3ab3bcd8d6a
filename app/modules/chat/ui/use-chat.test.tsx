// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { RoomSocket } from "~/platform/realtime/use-room-socket";

import { useChat } from "./use-chat";

/** What the hook says on the wire, at the boundary: the events it emits. */
function recordingSocket() {
  const emitted: Array<{ event: string; payload: unknown }> = [];
  const socket = {
    on: () => socket,
    off: () => socket,
    emit: (event: string, payload: unknown) => {
      emitted.push({ event, payload });
      return socket;
    },
  };
  return { socket: socket as unknown as RoomSocket, typing: () => emitted.filter((e) => e.event === "chat:typing") };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("useChat typing", () => {
  it("says typing once per idle period while keys keep coming, and stops after a pause", () => {
    const { socket, typing } = recordingSocket();
    const { result } = renderHook(() => useChat(socket, "s1", 1, { id: "u1", username: "ada" }));
    // A key every half second for seven seconds: longer than the partner's indicator lasts.
    for (let t = 0; t <= 7_000; t += 500) {
      act(() => result.current.setTyping(true));
      act(() => void vi.advanceTimersByTime(500));
    }
    const whileTyping = typing().map((e) => e.payload);
    expect(whileTyping).toEqual([
      { sessionId: "s1", typing: true },
      { sessionId: "s1", typing: true },
      { sessionId: "s1", typing: true },
    ]);
    act(() => void vi.advanceTimersByTime(3_000));
    expect(typing().at(-1)?.payload).toEqual({ sessionId: "s1", typing: false });
    expect(typing()).toHaveLength(4);
    // Cleared input: "not typing" once, not again.
    act(() => result.current.setTyping(false));
    expect(typing()).toHaveLength(4);
  });
});
