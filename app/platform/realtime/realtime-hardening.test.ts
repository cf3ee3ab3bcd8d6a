import http from "node:http";
import type { AddressInfo } from "node:net";

import fc from "fast-check";
import pino from "pino";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import { startLoginSession } from "~/modules/accounts/login-session.server";
import { hashPassword } from "~/modules/accounts/password.server";
import type { AckResult, ClientToServerEvents, ServerToClientEvents } from "~/platform/realtime/realtime-events";
import * as account from "~/routes/account";
import * as logout from "~/routes/logout";

import { formRequest, settle, testContext } from "../../../tests/support/requests";
import { EVENT_LIMITS, MAX_SOCKETS_PER_USER } from "./event-limits";
import { attachRealtime } from "./realtime-server";

/**
 * Sockets end with the login that opened them; every event is limited per user, however
 * many sockets the user opens; the number of sockets is capped. Real server, real sockets.
 */

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
let server: http.Server;
let realtime: ReturnType<typeof attachRealtime>;
let url: string;
let open: Client[] = [];

beforeAll(async () => {
  server = http.createServer();
  realtime = attachRealtime(server, pino({ level: "silent" }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => {
  for (const c of open) c.disconnect();
  open = [];
});
afterAll(async () => {
  await realtime.close();
});

const PASSWORD = "a long and unusual passphrase";
let n = 0;
async function account0() {
  const name = `hd${Date.now().toString(36)}${++n}`;
  return getStore().users.create({
    username: name,
    email: `${name}@example.test`,
    passwordHash: await hashPassword(PASSWORD),
  });
}
async function device(userId: string): Promise<string> {
  const response = await startLoginSession(new Request("http://localhost/login"), userId, "/");
  return response.headers.get("Set-Cookie")!.split(";")[0]!;
}

function client(cookie: string): Promise<Client> {
  const socket: Client = connect(url, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  open.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}
const call = (socket: Client, event: string, payload?: unknown) =>
  (socket.timeout(5_000).emitWithAck as (e: string, p: unknown) => Promise<AckResult<unknown>>)(event, payload);
const dropped = (socket: Client) =>
  new Promise<string>((resolve) => {
    if (socket.disconnected) resolve("already");
    socket.once("disconnect", (reason) => resolve(reason));
  });

async function seated(): Promise<{ sessionId: string; hostCookie: string; hostId: string }> {
  const host = await account0();
  const guest = await account0();
  const sessionId = `${Date.now().toString(36)}${++n}`.padEnd(22, "x").slice(0, 22);
  await getStore().sessions.create({
    id: sessionId,
    hostId: host.id,
    problemSlug: "two-sum",
    visibility: "public",
    passwordHash: null,
  });
  await getStore().sessions.claimGuestSeat(sessionId, guest.id, new Date());
  return { sessionId, hostCookie: await device(host.id), hostId: host.id };
}

describe("sockets end with their login", () => {
  it("signing out disconnects the sockets opened with that login, and they cannot come back", async () => {
    const { sessionId, hostCookie } = await seated();
    const socket = await client(hostCookie);
    expect((await call(socket, "session:enter", { sessionId })).ok).toBe(true);
    const gone = dropped(socket);
    await settle(() => logout.action({ request: formRequest("/logout", {}, hostCookie) } as never));
    expect(await gone).toBe("io server disconnect");
    await expect(client(hostCookie)).rejects.toThrow(/Sign in/);
  });

  it("a password change disconnects the other devices' sockets and keeps this one's", async () => {
    const user = await account0();
    const here = await device(user.id);
    const there = await device(user.id);
    const mine = await client(here);
    const theirs = await client(there);
    const gone = dropped(theirs);
    const result = await settle(() =>
      account.action({
        request: formRequest(
          "/account",
          {
            intent: "change-password",
            currentPassword: PASSWORD,
            newPassword: "another unusual passphrase",
            confirmPassword: "another unusual passphrase",
            signOutOthers: "on",
          },
          here,
        ),
        context: testContext(),
      } as never),
    );
    expect((result as Response).status).toBe(302);
    expect(await gone).toBe("io server disconnect");
    await new Promise((r) => setTimeout(r, 100));
    expect(mine.connected).toBe(true);
  });

  it('"sign out other devices" disconnects their sockets', async () => {
    const user = await account0();
    const here = await device(user.id);
    const theirs = await client(await device(user.id));
    const mine = await client(here);
    const gone = dropped(theirs);
    await settle(() =>
      account.action({
        request: formRequest("/account", { intent: "sign-out-others" }, here),
        context: testContext(),
      } as never),
    );
    expect(await gone).toBe("io server disconnect");
    expect(mine.connected).toBe(true);
  });
});

/** A payload each event accepts, for the session the sockets entered. */
const VALID: Record<keyof ClientToServerEvents, (sessionId: string, i: number) => unknown> = {
  "session:enter": (sessionId) => ({ sessionId }),
  "chat:send": (sessionId, i) => ({ sessionId, clientId: `flood-${i}-xxxx`, body: `m${i}` }),
  "chat:history": (sessionId) => ({ sessionId, afterSeq: 0 }),
  "chat:typing": (sessionId, i) => ({ sessionId, typing: i % 2 === 0 }),
  "presence:update": (sessionId) => ({ sessionId, mic: false, camera: false, sharing: false }),
  "rtc:signal": (sessionId) => ({ sessionId, candidate: null }),
  "session:timer": (sessionId, i) => ({ sessionId, minutes: i % 2 === 0 ? 30 : null }),
  "problem:propose": (sessionId, i) => ({
    sessionId,
    problemSlug: i % 2 === 0 ? "valid-parentheses" : "climbing-stairs",
  }),
  "problem:answer": (sessionId) => ({ sessionId, proposalId: "no-such-proposal", accept: false }),
  "problem:withdraw": (sessionId) => ({ sessionId, proposalId: "no-such-proposal" }),
  "match:join": () => ({ difficulty: "easy", topics: [], language: "javascript" }),
  "match:leave": () => ({ scope: "all" }),
  "match:accept": () => ({ proposalId: "00000000-0000-4000-8000-000000000000" }),
  "match:decline": () => ({ proposalId: "00000000-0000-4000-8000-000000000000" }),
  "match:status": () => ({}),
  "notification:list": () => ({}),
  "notification:read": () => ({ id: "00000000-0000-4000-8000-000000000000" }),
  "notification:readAll": () => ({}),
};

/**
 * Events whose rule may refuse a valid payload on its own (no open proposal to answer; a
 * problem changed by a simultaneous request): those answers are not the limit's.
 */
const RULE_REFUSALS: Partial<Record<keyof ClientToServerEvents, RegExp>> = {
  "problem:propose": /changed meanwhile|already the session's problem/,
  "problem:answer": /no longer open/,
  "problem:withdraw": /no longer open/,
};

describe("every socket event is limited per user", () => {
  for (const event of Object.keys(EVENT_LIMITS) as Array<keyof ClientToServerEvents>) {
    it(`${event}: N simultaneous events over 3 sockets never pass more than the limit`, async () => {
      const points = EVENT_LIMITS[event].limiter.points;
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: points + 1, max: points + 40 }), async (total) => {
          const { sessionId, hostCookie } = await seated();
          const sockets = await Promise.all([client(hostCookie), client(hostCookie), client(hostCookie)]);
          // Entering takes session:enter points too: counted below for that event.
          const entered = await Promise.all(sockets.map((s) => call(s, "session:enter", { sessionId })));
          expect(entered.every((r) => r.ok)).toBe(true);
          const already = event === "session:enter" ? sockets.length : 0;
          const results = await Promise.all(
            Array.from({ length: total }, (_, i) => call(sockets[i % 3]!, event, VALID[event](sessionId, i))),
          );
          const passed = results.filter((r) => r.ok).length;
          expect(passed).toBeLessThanOrEqual(points - already);
          const ruled = RULE_REFUSALS[event];
          const limited = results.filter((r) => !r.ok && !(ruled && ruled.test(r.error)));
          const refused = results.filter((r) => !r.ok);
          expect(refused.length).toBeGreaterThanOrEqual(total - (points - already));
          for (const r of limited) if (!r.ok) expect(r.error).toMatch(/Too many .*Try again in \d+ minutes?\./);
          for (const s of sockets) s.disconnect();
        }),
        { numRuns: 3 },
      );
    });
  }

  it(`caps one user at ${MAX_SOCKETS_PER_USER} open sockets, and frees a place when one closes`, async () => {
    const user = await account0();
    const cookie = await device(user.id);
    const sockets = await Promise.all(Array.from({ length: MAX_SOCKETS_PER_USER }, () => client(cookie)));
    await expect(client(cookie)).rejects.toThrow(/Too many open connections/);
    const closed = dropped(sockets[0]!);
    sockets[0]!.disconnect();
    await closed;
    await expect
      .poll(
        async () =>
          await client(cookie).then(
            () => "in",
            () => "out",
          ),
        { timeout: 5_000 },
      )
      .toBe("in");
  });
});
