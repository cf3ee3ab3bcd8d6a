import crypto from "node:crypto";

import { SqliteStore } from "../../app/storage/sqlite/sqlite-store.server";
import { e2eDatabasePath } from "../../playwright.config";

/**
 * Past days for end-to-end tests, written through the store into the server's own SQLite
 * file with chosen timestamps (the server has no test clock). Progress is computed from
 * stored data on every request, so the next page load sees them.
 */
export const DAY_MS = 86_400_000;

async function withStore<T>(fn: (store: SqliteStore) => Promise<T>): Promise<T> {
  const store = SqliteStore.open(e2eDatabasePath);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function userId(store: SqliteStore, username: string): Promise<string> {
  const user = await store.progress.findUserByUsername(username);
  if (!user) throw new Error(`seed: no user ${username}`);
  return user.id;
}

/** Accepted submissions by `username` on `problemSlugs[i]` at `times[i]`. */
export function seedAccepted(username: string, entries: Array<{ problemSlug: string; at: Date }>) {
  return withStore(async (store) => {
    const id = await userId(store, username);
    for (const { problemSlug, at } of entries) {
      await store.submissions.create({
        userId: id,
        problemSlug,
        language: "javascript",
        code: "// seeded",
        verdict: "Accepted",
        passed: 1,
        total: 1,
        timeMs: 1,
        createdAt: at,
      });
    }
  });
}

/** Sessions the two finished together, one per time in `endedAt`; returns their ids. */
export function seedFinishedSessions(host: string, guest: string, endedAt: Date[]) {
  return withStore(async (store) => {
    const [hostId, guestId] = [await userId(store, host), await userId(store, guest)];
    const ids: string[] = [];
    for (const at of endedAt) {
      const id = crypto.randomBytes(16).toString("base64url");
      await store.sessions.create({ id, hostId, problemSlug: "two-sum", visibility: "public", passwordHash: null });
      if (!(await store.sessions.claimGuestSeat(id, guestId, at))) throw new Error("seed: seat not taken");
      await store.sessions.end(id, "host-ended", at);
      ids.push(id);
    }
    return ids;
  });
}
