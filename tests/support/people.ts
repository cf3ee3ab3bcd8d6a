import { getStore } from "~/composition.server";
import { startLoginSession } from "~/modules/accounts/login-session.server";
import { newSessionId } from "~/modules/sessions/sessions.server";
import type { User } from "~/storage/store.server";

/** Users and sessions made straight in the store, with a real login cookie each. */

let counter = 0;
export async function person(prefix = "h"): Promise<{ user: User; cookie: string }> {
  const name = `${prefix}${Date.now().toString(36)}${(++counter).toString(36)}`.slice(0, 24);
  const user = await getStore().users.create({
    username: name,
    email: `${name}@example.test`,
    passwordHash: "not-a-real-hash",
  });
  const response = await startLoginSession(new Request("http://localhost/login"), user.id, "/");
  const cookie = response.headers.get("Set-Cookie")?.split(";")[0];
  if (!cookie) throw new Error("no login cookie");
  return { user, cookie };
}

/** A public session for two-sum; the guest (if any) already holds the second seat. */
export async function seatedSession(hostId: string, guestId?: string): Promise<string> {
  const id = newSessionId();
  await getStore().sessions.create({ id, hostId, problemSlug: "two-sum", visibility: "public", passwordHash: null });
  if (guestId && !(await getStore().sessions.claimGuestSeat(id, guestId, new Date())))
    throw new Error("seat not claimed");
  return id;
}

export type Role = "anonymous" | "stranger" | "guest" | "host";
export const ROLES: readonly Role[] = ["anonymous", "stranger", "guest", "host"];

/** A fresh session with a host and a guest, and a signed-in stranger: one cookie per role. */
export async function world(): Promise<{ sessionId: string; cookies: Record<Role, string | undefined> }> {
  const [host, guest, stranger] = await Promise.all([person("ho"), person("gu"), person("st")]);
  const sessionId = await seatedSession(host.user.id, guest.user.id);
  return {
    sessionId,
    cookies: { anonymous: undefined, stranger: stranger.cookie, guest: guest.cookie, host: host.cookie },
  };
}

export interface Outcome {
  status: number;
  location: string | null;
  body: unknown;
}

/**
 * What a loader or action produced, returned or thrown, as status + Location + body:
 * plain data is 200, `data()` carries its own status, Responses (redirects) theirs.
 * Anything else thrown is what would be a 500: it is rethrown so the test fails loudly.
 */
export async function outcomeOf(fn: () => unknown): Promise<Outcome> {
  let result: unknown;
  try {
    result = await fn();
  } catch (thrown) {
    result = thrown;
    if (!(thrown instanceof Response) && !isData(thrown)) throw thrown;
  }
  if (result instanceof Response) {
    const type = result.headers.get("Content-Type") ?? "";
    const body = type.includes("json") ? await result.clone().json() : await result.clone().text();
    return { status: result.status, location: result.headers.get("Location"), body };
  }
  if (isData(result)) {
    const headers = new Headers(result.init?.headers);
    return { status: result.init?.status ?? 200, location: headers.get("Location"), body: result.data };
  }
  return { status: 200, location: null, body: result };
}

function isData(value: unknown): value is { type: "DataWithResponseInit"; data: unknown; init: ResponseInit | null } {
  return Boolean(value && typeof value === "object" && "type" in value && value.type === "DataWithResponseInit");
}
