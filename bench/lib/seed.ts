import crypto from "node:crypto";

import { createCookie } from "react-router";

import { SqliteStore } from "../../app/storage/sqlite/sqlite-store.server";
import type { User } from "../../app/storage/store.server";
import type { AppData } from "./app-server";

/**
 * Seeds people straight into the benchmark's SQLite file (before or beside the server), so
 * no benchmark goes through /signup or /login and their per-address rate limits.
 * The cookie is made exactly as app/modules/accounts/login-session.server.ts makes it: a random token,
 * signed with SESSION_SECRET by React Router's createCookie; the store keeps its sha256.
 */
export interface Person {
  user: User;
  /** `pp_session=…`, ready for a Cookie header. */
  cookie: string;
  /** The cookie's value alone (for a browser context). */
  cookieValue: string;
}

export function openStore(data: AppData): SqliteStore {
  return SqliteStore.open(data.databasePath);
}

export async function seedPeople(store: SqliteStore, data: AppData, count: number, prefix: string): Promise<Person[]> {
  const cookie = createCookie("pp_session", { httpOnly: true, sameSite: "lax", path: "/", secrets: [data.secret] });
  const people: Person[] = [];
  const expiresAt = new Date(Date.now() + 86_400_000);
  for (let i = 0; i < count; i++) {
    const username = `${prefix}${i}`;
    const user = await store.users.create({
      username,
      email: `${username}@bench.test`,
      passwordHash: "not-a-bcrypt-hash",
    });
    const token = crypto.randomBytes(32).toString("base64url");
    await store.loginSessions.create({
      id: crypto.createHash("sha256").update(token).digest("hex"),
      userId: user.id,
      expiresAt,
      userAgent: "bench",
    });
    const header = (await cookie.serialize(token)).split(";")[0]!;
    people.push({ user, cookie: header, cookieValue: header.slice("pp_session=".length) });
  }
  return people;
}

export function newSessionId(): string {
  return crypto.randomBytes(16).toString("base64url");
}

/** A public session hosted by `host`; with a guest it is active (both seats taken). */
export async function seedSession(
  store: SqliteStore,
  host: User,
  guest?: User,
  problemSlug = "two-sum",
): Promise<string> {
  const id = newSessionId();
  await store.sessions.create({ id, hostId: host.id, problemSlug, visibility: "public", passwordHash: null });
  if (guest && !(await store.sessions.claimGuestSeat(id, guest.id, new Date())))
    throw new Error("seeding: seat not taken");
  return id;
}
