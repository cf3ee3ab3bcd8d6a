import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { SqliteStore } from "./sqlite-store.server";

// The store contract checks the stamp moves with the writes progress reads; these are the
// writes only the SQLite triggers see (a partner's new name, a removed partner) and the
// frequent ones they must ignore (presence heartbeats).
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "peerprep-stamps-"));
const store = SqliteStore.open(path.join(tempDir, "stamps.db"));
afterAll(async () => {
  await store.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});

const person = (name: string) =>
  store.users.create({ username: name, email: `${name}@example.com`, passwordHash: "x" });

async function finishedSessionOf(hostId: string, guestId: string, id: string) {
  await store.sessions.create({ id, hostId, problemSlug: "two-sum", visibility: "public", passwordHash: null });
  expect(await store.sessions.claimGuestSeat(id, guestId, new Date("2026-03-01T11:00:00Z"))).toBe(true);
  expect(await store.sessions.end(id, "host-ended", new Date("2026-03-01T12:00:00Z"))).toBe(true);
}

describe("progress stamps kept by triggers", () => {
  it("change when a partner's name changes or the partner leaves, not on presence", async () => {
    const [user, partner] = await Promise.all([person("stamp-a"), person("stamp-b")]);
    await finishedSessionOf(user.id, partner.id, "stamp-s1");
    const afterSession = await store.progress.progressStamp(user.id);
    expect(afterSession).not.toBe("0");

    await store.sessions.touchPresence("stamp-s1", user.id, new Date("2026-03-01T12:01:00Z"));
    expect(await store.progress.progressStamp(user.id)).toBe(afterSession);

    await store.users.upsertExternal({ provider: "clerk", externalId: "ext-1", username: "stamp-c", email: "c@x.io" });
    expect(await store.progress.progressStamp(user.id)).toBe(afterSession);

    const external = await store.users.upsertExternal({
      provider: "clerk",
      externalId: "ext-2",
      username: "stamp-d",
      email: "d@x.io",
    });
    await finishedSessionOf(user.id, external.id, "stamp-s2");
    const withD = await store.progress.progressStamp(user.id);
    expect(withD).not.toBe(afterSession);

    await store.users.upsertExternal({ provider: "clerk", externalId: "ext-2", username: "stamp-e", email: "d@x.io" });
    const renamed = await store.progress.progressStamp(user.id);
    expect(renamed).not.toBe(withD);

    expect(await store.users.removeExternal("clerk", "ext-2")).toBe(true);
    expect(await store.progress.progressStamp(user.id)).not.toBe(renamed);
  });

  it("are per user: one user's writes leave another's stamp alone", async () => {
    const [a, b] = await Promise.all([person("stamp-f"), person("stamp-g")]);
    expect(await store.progress.progressStamp(a.id)).toBe("0");
    await store.progress.setSharing(b.id, "full");
    expect(await store.progress.progressStamp(a.id)).toBe("0");
    await store.progress.setSharing(a.id, "stats");
    expect(await store.progress.progressStamp(a.id)).not.toBe("0");
  });
});
