import { afterEach, describe, expect, it, vi } from "vitest";

import { getStore } from "~/composition.server";
import { LOBBY_CACHE_MS } from "~/modules/sessions/lobby-list.server";
import { createSession, joinSession, leaveSession, listLobby } from "~/modules/sessions/sessions.server";

import { person, seatedSession } from "../../../tests/support/people";

afterEach(() => {
  vi.useRealTimers();
});

const listed = async (id: string) => (await listLobby()).some((row) => row.id === id);

describe("the lobby list", () => {
  it("shows a session created here at once, and drops it at once when its seat is taken", async () => {
    const host = await person("lh");
    const guest = await person("lg");
    await listLobby(); // fill the cache first
    const created = await createSession(host.user, { problem: "two-sum", visibility: "public" });
    if (!created.ok) throw new Error(created.message);
    expect(await listed(created.id)).toBe(true);
    expect((await joinSession(guest.user, created.id, undefined)).ok).toBe(true);
    expect(await listed(created.id)).toBe(false);
    await leaveSession(guest.user, created.id);
    expect(await listed(created.id)).toBe(true);
  });

  it("picks up a change made elsewhere (another instance) within a second", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const host = await person("lo");
    await listLobby();
    // Straight into storage, as another instance would: nothing here is told.
    const id = await seatedSession(host.user.id);
    expect(await getStore().sessions.findById(id)).not.toBeNull();
    expect(await listed(id)).toBe(false);
    vi.advanceTimersByTime(LOBBY_CACHE_MS);
    expect(await listed(id)).toBe(true);
  });
});
