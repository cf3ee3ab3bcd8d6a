import { describe, expect, it, vi } from "vitest";

import { getServices, getStore } from "~/composition.server";
import { expireStaleSessions, staleLimitsAt, staleReason } from "~/modules/sessions/expire-sessions.server";
import type { EventOf } from "~/platform/events/domain-events.server";

import { person, seatedSession } from "../../../tests/support/people";

const limits = { idleBefore: new Date(10_000), waitingBefore: new Date(5_000) };
const at = (status: "waiting" | "active" | "ended", createdAt: number, lastPresenceAt: number) => ({
  id: "s",
  status,
  createdAt: new Date(createdAt),
  lastPresenceAt: new Date(lastPresenceAt),
});

describe("the stale-session rule", () => {
  it("ends a session nobody was present in as idle, and one nobody joined in time as expired", () => {
    expect(staleReason(at("active", 0, 9_999), limits)).toBe("idle");
    expect(staleReason(at("waiting", 6_000, 9_999), limits)).toBe("idle");
    expect(staleReason(at("waiting", 4_999, 20_000), limits)).toBe("expired");
    // Both at once: nobody joined in time is the truer reason.
    expect(staleReason(at("waiting", 0, 0), limits)).toBe("expired");
  });

  it("keeps lively sessions, active sessions however old, and ended ones", () => {
    expect(staleReason(at("active", 0, 10_000), limits)).toBeNull();
    expect(staleReason(at("waiting", 5_000, 10_000), limits)).toBeNull();
    expect(staleReason(at("ended", 0, 0), limits)).toBeNull();
  });

  it("records and announces the real reason", async () => {
    const now = new Date();
    const { idleBefore, waitingBefore } = staleLimitsAt(now);
    const idleHost = await person("ih");
    const waitingHost = await person("wh");
    const idle = await seatedSession(idleHost.user.id);
    // Created before the waiting limit (the store stamps sessions with the clock's time).
    vi.useFakeTimers({ toFake: ["Date"], now: waitingBefore.getTime() - 60_000 });
    const waiting = await seatedSession(waitingHost.user.id);
    vi.useRealTimers();
    await getStore().sessions.touchPresence(idle, idleHost.user.id, new Date(idleBefore.getTime() - 1));
    await getStore().sessions.touchPresence(waiting, waitingHost.user.id, now);
    const heard: Array<EventOf<"session.ended">> = [];
    const stop = getServices().events.on("session.ended", "test-recorder", (e) => void heard.push(e));
    try {
      const ended = await expireStaleSessions(now);
      expect(ended).toEqual(expect.arrayContaining([idle, waiting]));
      expect((await getStore().sessions.findById(idle))?.endReason).toBe("idle");
      expect((await getStore().sessions.findById(waiting))?.endReason).toBe("expired");
      expect(heard.find((e) => e.sessionId === idle)).toMatchObject({ reason: "idle", by: null });
      expect(heard.find((e) => e.sessionId === waiting)).toMatchObject({ reason: "expired", by: null });
      // Once ended, a second run ends nothing again.
      expect(await expireStaleSessions(now)).not.toEqual(expect.arrayContaining([idle]));
    } finally {
      stop();
      vi.useRealTimers();
    }
  });
});
