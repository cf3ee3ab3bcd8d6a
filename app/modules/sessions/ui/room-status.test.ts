import { describe, expect, it } from "vitest";

import { roomStatus } from "./room-status";

const me = { username: "ann", present: true, isYou: true };
const partner = (present: boolean) => ({ username: "bob", present, isYou: false });
const live = (online: boolean, reconnecting = false) => [
  { username: "ann", online: true, reconnecting: false },
  { username: "bob", online, reconnecting },
];

describe("the room's status badge", () => {
  it("waits while the guest seat is free", () => {
    expect(roomStatus({ seats: [me], live: live(false), me: "ann", connected: true })).toBe("waiting");
  });

  it("says both here only when the partner's socket is in the room", () => {
    expect(roomStatus({ seats: [me, partner(true)], live: live(true), me: "ann", connected: true })).toBe("both-here");
  });

  it("says the partner is away when their seat is taken but they are not in the room", () => {
    // The page's data still thinks they are present (recent heartbeat): the socket wins.
    expect(roomStatus({ seats: [me, partner(true)], live: live(false), me: "ann", connected: true })).toBe(
      "partner-away",
    );
  });

  it("says reconnecting during the grace period, then away", () => {
    expect(roomStatus({ seats: [me, partner(true)], live: live(false, true), me: "ann", connected: true })).toBe(
      "partner-reconnecting",
    );
  });

  it("does not claim anything about the partner while our own socket is down", () => {
    expect(roomStatus({ seats: [me, partner(true)], live: live(true), me: "ann", connected: false })).toBe(
      "you-reconnecting",
    );
  });

  it("falls back to the page's presence before the socket has answered", () => {
    expect(roomStatus({ seats: [me, partner(false)], live: null, me: "ann", connected: false })).toBe("partner-away");
    expect(roomStatus({ seats: [me, partner(true)], live: null, me: "ann", connected: false })).toBe("both-here");
  });
});
