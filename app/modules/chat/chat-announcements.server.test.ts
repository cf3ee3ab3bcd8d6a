import { describe, expect, it } from "vitest";

import { getServices, getStore } from "~/composition.server";
import { announcementOf } from "~/modules/chat/chat-announcements.server";
import { createSession, endSession, joinSession, leaveSession } from "~/modules/sessions/sessions.server";
import type { DomainEvent } from "~/platform/events/domain-events.server";

import { person } from "../../../tests/support/people";

const ann = { id: "u1", username: "ann" };
const bob = { id: "u2", username: "bob" };

describe("chat announcements", () => {
  it("words each seat change, and says nothing for creation or sessions that ended by themselves", () => {
    expect(announcementOf({ type: "session.seatTaken", sessionId: "s", hostId: ann.id, guest: bob })).toBe(
      "bob joined",
    );
    expect(announcementOf({ type: "session.seatReleased", sessionId: "s", hostId: ann.id, guest: bob })).toBe(
      "bob left",
    );
    expect(announcementOf({ type: "session.hostHandedOver", sessionId: "s", formerHost: ann, newHostId: bob.id })).toBe(
      "ann left; their partner is now the host",
    );
    expect(announcementOf({ type: "session.ended", sessionId: "s", reason: "host-ended", by: ann })).toBe(
      "ann ended the session",
    );
    expect(announcementOf({ type: "session.ended", sessionId: "s", reason: "idle", by: null })).toBeNull();
    expect(
      announcementOf({
        type: "session.created",
        sessionId: "s",
        host: ann,
        problemSlug: "two-sum",
        visibility: "public",
      }),
    ).toBeNull();
  });

  it("words a problem change and a declined proposal; a proposal, a lapse or a withdrawal says nothing", () => {
    const change = {
      type: "session.problemChanged",
      sessionId: "s",
      fromSlug: "two-sum",
      toSlug: "valid-parentheses",
    } as const;
    expect(announcementOf({ ...change, by: ann, proposedBy: null })).toBe(
      "ann changed the problem to Valid Parentheses",
    );
    expect(announcementOf({ ...change, by: bob, proposedBy: ann })).toBe(
      "bob accepted ann's proposal: the problem is now Valid Parentheses",
    );
    const closed = {
      type: "session.problemProposalClosed",
      sessionId: "s",
      proposalId: "p",
      problemSlug: "climbing-stairs",
    } as const;
    expect(announcementOf({ ...closed, reason: "declined", by: bob })).toBe("bob declined Climbing Stairs");
    for (const reason of ["lapsed", "withdrawn", "left"] as const)
      expect(announcementOf({ ...closed, reason, by: reason === "lapsed" ? null : ann })).toBeNull();
    expect(
      announcementOf({
        type: "session.problemProposed",
        sessionId: "s",
        proposalId: "p",
        problemSlug: "climbing-stairs",
        by: ann,
        expiresAt: new Date(),
      }),
    ).toBeNull();
  });

  it("each rule emits one event per change, and the chat gets its line through the listener", async () => {
    const host = await person("ah");
    const guest = await person("ag");
    const heard: DomainEvent[] = [];
    const stop = getServices().events.on("*", "test-recorder", (e) => void heard.push(e));
    try {
      const created = await createSession(host.user, { problem: "two-sum", visibility: "public" });
      if (!created.ok) throw new Error(created.message);
      expect((await joinSession(guest.user, created.id, undefined)).ok).toBe(true);
      // Rejoining your own seat changes nothing and says nothing.
      expect((await joinSession(guest.user, created.id, undefined)).ok).toBe(true);
      expect((await leaveSession(guest.user, created.id)).ok).toBe(true);
      expect((await joinSession(guest.user, created.id, undefined)).ok).toBe(true);
      expect((await endSession(host.user, created.id)).ok).toBe(true);
      const sessionEvents = heard.filter((e) => e.type.startsWith("session.")).map((e) => e.type);
      expect(sessionEvents).toEqual([
        "session.created",
        "session.seatTaken",
        "session.seatReleased",
        "session.seatTaken",
        "session.ended",
      ]);
      const lines = (await getStore().chat.listAfter(created.id, 0, 100)).map((m) => [m.kind, m.body]);
      expect(lines).toEqual([
        ["system", `${guest.user.username} joined`],
        ["system", `${guest.user.username} left`],
        ["system", `${guest.user.username} joined`],
        ["system", `${host.user.username} ended the session`],
      ]);
      // Every stored line went out as a chat event for the rooms.
      expect(heard.filter((e) => e.type === "chat.messagePosted")).toHaveLength(4);
    } finally {
      stop();
    }
  });
});
