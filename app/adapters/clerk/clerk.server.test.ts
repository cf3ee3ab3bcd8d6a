import http from "node:http";
import type { AddressInfo } from "node:net";

import { http as mockHttp, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import pino from "pino";
import { io as connect } from "socket.io-client";
import { Webhook } from "svix";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { getRequest, settle, testContext } from "../../../tests/support/requests";

// Clerk is configured for this file only: keys set before any module reads the env.
const keys = await vi.hoisted(async () => {
  const { clerkTestKeys } = await import("../../../tests/support/clerk-keys");
  const generated = clerkTestKeys();
  process.env.CLERK_PUBLISHABLE_KEY = `pk_test_${Buffer.from("peerprep-test.clerk.accounts.dev$").toString("base64")}`;
  process.env.CLERK_SECRET_KEY = "sk_test_peerprep_local_secret";
  process.env.CLERK_JWT_KEY = generated.publicPem;
  process.env.CLERK_WEBHOOK_SIGNING_SECRET = `whsec_${Buffer.from("peerprep-webhook-secret-32-bytes!").toString("base64")}`;
  return generated;
});

const { verifyClerkSession, localUserForClerkId } = await import("~/adapters/clerk/clerk-auth.server");
const { getRequestUser, requireUser } = await import("~/modules/accounts/login-session.server");
const { getServices, getStore } = await import("~/composition.server");
const webhook = await import("~/routes/api.webhooks.clerk");
const { attachRealtime } = await import("~/platform/realtime/realtime-server");

const config = getServices().clerk!;
const ORIGIN = "http://localhost:3000";
const withToken = (token: string, path = "/sessions") =>
  new Request(`${ORIGIN}${path}`, { headers: { Cookie: `__session=${token}` } });

// Clerk's webhooks, signed by svix as Clerk signs them.
const secret = process.env.CLERK_WEBHOOK_SIGNING_SECRET!;
const otherSecret = `whsec_${Buffer.from("another-secret-another-secret-32").toString("base64")}`;
const post = (payload: string, headers: Record<string, string>) =>
  settle(() =>
    webhook.action({
      request: new Request(`${ORIGIN}/api/webhooks/clerk`, {
        method: "POST",
        body: payload,
        headers: { "content-type": "application/json", ...headers },
      }),
      context: testContext(),
      params: {},
    } as never),
  );
const signed = (payload: string, signWith = secret, at = new Date()) => {
  const id = `msg_${crypto.randomUUID()}`;
  return {
    "svix-id": id,
    "svix-timestamp": String(Math.floor(at.getTime() / 1000)),
    "svix-signature": new Webhook(signWith).sign(id, at, payload),
  };
};

// Clerk's Backend API is out of reach: intercepted at the network boundary.
const apiCalls: string[] = [];
/** What Clerk's Backend API says of each session (`GET /v1/sessions/:id`); active unless set. */
const clerkSessions = new Map<string, { status: string } | { httpStatus: number }>();
const sessionChecks: string[] = [];
const sessionCheckTimes = new Map<string, number[]>();
const clerkApi = setupServer(
  mockHttp.get("https://api.clerk.com/v1/sessions/:id", ({ params, request }) => {
    const id = String(params.id);
    sessionChecks.push(id);
    sessionCheckTimes.set(id, [...(sessionCheckTimes.get(id) ?? []), performance.now()]);
    if (request.headers.get("Authorization") !== "Bearer sk_test_peerprep_local_secret")
      return new HttpResponse(null, { status: 401 });
    const known = clerkSessions.get(id) ?? { status: "active" };
    if ("httpStatus" in known)
      return HttpResponse.json(
        { errors: [{ code: "resource_not_found", message: "not found" }] },
        {
          status: known.httpStatus,
        },
      );
    return HttpResponse.json({
      object: "session",
      id,
      client_id: "client_1",
      user_id: "user_whoever",
      status: known.status,
      last_active_at: 1,
      expire_at: 2_000_000_000_000,
      abandon_at: 2_000_000_000_000,
      created_at: 1,
      updated_at: 1,
    });
  }),
  mockHttp.get("https://api.clerk.com/v1/users/:id", ({ params, request }) => {
    apiCalls.push(String(params.id));
    if (request.headers.get("Authorization") !== "Bearer sk_test_peerprep_local_secret")
      return new HttpResponse(null, { status: 401 });
    if (params.id === "user_missing")
      return HttpResponse.json({ errors: [{ code: "resource_not_found" }] }, { status: 404 });
    return HttpResponse.json({
      object: "user",
      id: params.id,
      username: null,
      first_name: "Ada",
      last_name: "Lovelace",
      primary_email_address_id: "idn_1",
      email_addresses: [
        {
          id: "idn_1",
          object: "email_address",
          email_address: `${String(params.id)}@example.test`,
          verification: null,
          linked_to: [],
        },
      ],
      phone_addresses: [],
      web3_wallets: [],
      external_accounts: [],
      created_at: 1,
      updated_at: 1,
    });
  }),
);
beforeAll(() =>
  clerkApi.listen({
    // Our own test server on loopback goes through; anything else would be a real network call.
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== "127.0.0.1") print.error();
    },
  }),
);
afterEach(() => clerkApi.resetHandlers());
afterAll(() => clerkApi.close());

describe("Clerk session tokens, verified without a network call", () => {
  it("accepts a valid token for this site", async () => {
    expect(await verifyClerkSession(withToken(keys.sessionToken({ sub: "user_valid", azp: ORIGIN })), config)).toBe(
      "user_valid",
    );
  });

  it.each([
    ["expired", () => keys.sessionToken({ sub: "user_x", azp: ORIGIN, issuedSecondsAgo: 600, expiresInSeconds: 60 })],
    ["signed with another key", () => keys.sessionToken({ sub: "user_x", azp: ORIGIN }, keys.otherKey())],
    ["issued for another site", () => keys.sessionToken({ sub: "user_x", azp: "https://evil.example" })],
    ["not a token", () => "not.a.token"],
  ])("refuses a token %s", async (_label, token) => {
    expect(await verifyClerkSession(withToken(token()), config)).toBeNull();
  });

  it("treats a request without a token as anonymous", async () => {
    expect(await verifyClerkSession(getRequest("/sessions"), config)).toBeNull();
  });
});

describe("the local mirror of Clerk users", () => {
  it("mirrors a user on their first request, then never asks Clerk again", async () => {
    apiCalls.length = 0;
    const first = await localUserForClerkId("user_first_visit", config);
    expect(first).toMatchObject({ username: "ada-lovelace", email: "user_first_visit@example.test" });
    const again = await localUserForClerkId("user_first_visit", config);
    expect(again?.id).toBe(first?.id);
    expect(apiCalls).toEqual(["user_first_visit"]);
  });

  it("gives a clashing username a suffix", async () => {
    const second = await localUserForClerkId("user_second_ada", config);
    expect(second?.username).toBe("ada-lovelace-2");
  });

  it("lets nobody in whom Clerk does not know", async () => {
    expect(await localUserForClerkId("user_missing", config)).toBeNull();
  });

  it("guards routes with the same requireUser", async () => {
    const token = keys.sessionToken({ sub: "user_route", azp: ORIGIN });
    const user = await requireUser(withToken(token));
    expect(user.email).toBe("user_route@example.test");
    const anonymous = await settle(() => requireUser(getRequest("/sessions")));
    expect((anonymous as Response).headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    // The built-in login cookie means nothing in Clerk mode.
    expect(await getRequestUser(getRequest("/sessions", "pp_session=forged"))).toBeNull();
  });
});

describe("the socket handshake in Clerk mode", () => {
  it("admits a valid Clerk session and refuses anyone else", async () => {
    const server = http.createServer();
    const realtime = attachRealtime(server, pino({ level: "silent" }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const attempt = (cookie: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(url, {
          transports: ["websocket"],
          reconnection: false,
          extraHeaders: { cookie, origin: url },
        });
        socket.once("connect", () => {
          socket.disconnect();
          resolve("connected");
        });
        socket.once("connect_error", (error) => resolve(error.message));
      });
    try {
      expect(await attempt(`__session=${keys.sessionToken({ sub: "user_socket", azp: url })}`)).toBe("connected");
      expect(
        await attempt(`__session=${keys.sessionToken({ sub: "user_socket", azp: url }, keys.otherKey())}`),
      ).toMatch(/Sign in/);
      expect(await attempt("")).toMatch(/Sign in/);
    } finally {
      await realtime.close();
      server.close();
    }
  });
});

describe("Clerk webhooks", () => {
  const userEvent = (type: string, id: string, username: string) =>
    JSON.stringify({
      type,
      object: "event",
      data: {
        id,
        username,
        first_name: null,
        last_name: null,
        primary_email_address_id: "e1",
        email_addresses: [{ id: "e1", email_address: `${username}@example.test` }],
      },
    });
  const status = async (result: unknown) => (result as Response).status;

  it("mirrors created and updated users, and anonymises deleted ones", async () => {
    const created = userEvent("user.created", "user_hook", "hooked");
    expect(await status(await post(created, signed(created)))).toBe(200);
    const user = await getStore().users.findByExternalId("clerk", "user_hook");
    expect(user?.username).toBe("hooked");

    const updated = userEvent("user.updated", "user_hook", "renamed");
    expect(await status(await post(updated, signed(updated)))).toBe(200);
    expect((await getStore().users.findById(user!.id))?.username).toBe("renamed");

    const deleted = JSON.stringify({ type: "user.deleted", object: "event", data: { id: "user_hook", deleted: true } });
    expect(await status(await post(deleted, signed(deleted)))).toBe(200);
    expect(await getStore().users.findByExternalId("clerk", "user_hook")).toBeNull();
    expect((await getStore().users.findById(user!.id))?.username).toMatch(/^deleted-/);
  });

  it.each([
    ["a tampered body", (p: string) => ({ body: p.replace("tamper", "tampered"), headers: signed(p) })],
    [
      "a wrong secret",
      (p: string) => ({
        body: p,
        headers: signed(p, otherSecret),
      }),
    ],
    [
      "a stale timestamp (replay)",
      (p: string) => ({ body: p, headers: signed(p, secret, new Date(Date.now() - 60 * 60 * 1000)) }),
    ],
    ["no signature", (p: string) => ({ body: p, headers: {} })],
  ])("refuses %s with 401", async (_label, make) => {
    const payload = userEvent("user.created", "user_tamper", "tamper");
    const { body, headers } = make(payload);
    const result = (await post(body, headers)) as Response;
    expect(result.status).toBe(401);
    expect(await result.json()).toEqual({ error: "Invalid webhook signature" });
    expect(await getStore().users.findByExternalId("clerk", "user_tamper")).toBeNull();
  });

  it("refuses a body over 256 KB with 413 before checking anything else", async () => {
    const huge = userEvent("user.created", "user_huge", "huge").replace(
      '"object"',
      `"padding":"${"x".repeat(300_000)}","object"`,
    );
    const result = (await post(huge, signed(huge))) as Response;
    expect(result.status).toBe(413);
    expect(await getStore().users.findByExternalId("clerk", "user_huge")).toBeNull();
  });

  it("ignores other event types and answers malformed user events with 400", async () => {
    const other = JSON.stringify({ type: "session.created", object: "event", data: {} });
    const ignored = (await post(other, signed(other))) as Response;
    expect(ignored.status).toBe(200);
    expect(await ignored.json()).toEqual({ ignored: "session.created" });
    const malformed = JSON.stringify({ type: "user.created", object: "event", data: { id: 42 } });
    const refused = (await post(malformed, signed(malformed))) as Response;
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatch(/Malformed user.created/);
  });
});

describe("sockets follow their Clerk session", () => {
  type Client = ReturnType<typeof connect>;
  let server: http.Server;
  let realtime: ReturnType<typeof attachRealtime>;
  let url: string;
  const open: Client[] = [];

  beforeAll(async () => {
    server = http.createServer();
    // Clerk is asked again a fifth of a second after a token's expiry, then as often.
    realtime = attachRealtime(server, pino({ level: "silent" }), { loginRecheckMs: 200 });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    for (const socket of open.splice(0)) socket.disconnect();
    clerkSessions.clear();
  });
  afterAll(async () => {
    await realtime.close();
    server.close();
  });

  const socketOf = (sub: string, sid: string, expiresInSeconds?: number) =>
    new Promise<Client>((resolve, reject) => {
      const token = keys.sessionToken({ sub, sid, azp: url, expiresInSeconds });
      const socket = connect(url, {
        transports: ["websocket"],
        reconnection: false,
        forceNew: true,
        extraHeaders: { cookie: `__session=${token}`, origin: url },
      });
      open.push(socket);
      // Listened for from the start: a short token can be checked (and end) before the test looks.
      ends.set(socket, new Promise((resolveEnd) => socket.once("disconnect", (reason) => resolveEnd(reason))));
      socket.once("connect", () => resolve(socket));
      socket.once("connect_error", reject);
    });
  const ends = new WeakMap<Client, Promise<string>>();
  const disconnected = (socket: Client) => ends.get(socket)!;
  /** Still connected after the server had time to act (a round trip through the server and back). */
  const stillConnected = async (socket: Client) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return socket.connected;
  };
  const sessionEvent = (type: string, sid: string, clerkUserId: string) =>
    JSON.stringify({
      type,
      object: "event",
      data: { object: "session", id: sid, user_id: clerkUserId, client_id: "client_1", status: type.split(".")[1] },
    });
  const unique = () => crypto.randomUUID().slice(0, 8);

  it.each(["session.ended", "session.removed", "session.revoked"])(
    "a signed %s webhook disconnects that session's sockets; another session's stay",
    async (type) => {
      const sub = `user_sock_${unique()}`;
      const [tabOne, tabTwo] = [await socketOf(sub, `sess_one_${sub}`), await socketOf(sub, `sess_one_${sub}`)];
      const otherDevice = await socketOf(sub, `sess_two_${sub}`);
      const ends = [disconnected(tabOne!), disconnected(tabTwo!)];

      const payload = sessionEvent(type, `sess_one_${sub}`, sub);
      const answer = (await post(payload, signed(payload))) as Response;
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ action: "signed-out", sessionId: `sess_one_${sub}` });

      // Server-side disconnects: the client does not reconnect by itself.
      expect(await Promise.all(ends)).toEqual(["io server disconnect", "io server disconnect"]);
      expect(await stillConnected(otherDevice)).toBe(true);
    },
  );

  it("a webhook with a bad signature, or for another user, disconnects nothing", async () => {
    const sub = `user_sock_${unique()}`;
    const socket = await socketOf(sub, `sess_${sub}`);
    const payload = sessionEvent("session.ended", `sess_${sub}`, sub);
    const forged = (await post(payload, signed(payload, otherSecret))) as Response;
    expect(forged.status).toBe(401);
    const tampered = (await post(payload.replace(sub, "user_else"), signed(payload))) as Response;
    expect(tampered.status).toBe(401);
    // A valid event naming the same session id under another user ends nothing of this user's.
    const elsewhere = sessionEvent("session.ended", `sess_${sub}`, `user_unknown_${unique()}`);
    const unknown = (await post(elsewhere, signed(elsewhere))) as Response;
    expect(await unknown.json()).toMatchObject({ action: "unknown-user" });
    expect(await stillConnected(socket)).toBe(true);
  });

  it("answers a malformed session event with 400", async () => {
    const payload = JSON.stringify({ type: "session.revoked", object: "event", data: { id: 7 } });
    const answer = (await post(payload, signed(payload))) as Response;
    expect(answer.status).toBe(400);
    expect((await answer.json()).error).toMatch(/Malformed session.revoked/);
  });

  it("a user.deleted webhook disconnects every socket of that user", async () => {
    const sub = `user_sock_${unique()}`;
    const other = `user_sock_${unique()}`;
    const sockets = [await socketOf(sub, `sess_a_${sub}`), await socketOf(sub, `sess_b_${sub}`)];
    const someoneElse = await socketOf(other, `sess_${other}`);
    const ends = sockets.map(disconnected);
    const payload = JSON.stringify({ type: "user.deleted", object: "event", data: { id: sub, deleted: true } });
    expect(((await post(payload, signed(payload))) as Response).status).toBe(200);
    expect(await Promise.all(ends)).toEqual(["io server disconnect", "io server disconnect"]);
    expect(await stillConnected(someoneElse)).toBe(true);
  });

  it("without a webhook, a socket asks Clerk again once its token expires and ends when the session did", async () => {
    const sub = `user_sock_${unique()}`;
    const [ended, removed, gone, flaky, active] = ["ended", "removed", "gone", "flaky", "active"].map(
      (name) => `sess_${name}_${sub}`,
    ) as [string, string, string, string, string];
    clerkSessions.set(ended, { status: "ended" });
    clerkSessions.set(removed, { status: "removed" });
    clerkSessions.set(gone, { httpStatus: 404 });
    // Clerk unreachable: the socket stays and is checked again later.
    clerkSessions.set(flaky, { httpStatus: 503 });
    sessionChecks.length = 0;

    const endings = await Promise.all([ended, removed, gone].map((sid) => socketOf(sub, sid, 1)));
    const survivors = await Promise.all([flaky, active].map((sid) => socketOf(sub, sid, 1)));
    const reasons = endings.map(disconnected);
    expect(await Promise.all(reasons)).toEqual(Array(3).fill("io server disconnect"));
    // Asked more than once by now (every 200 ms after the token expired), and still open.
    await expect.poll(() => sessionChecks.filter((id) => id === flaky).length, { timeout: 5_000 }).toBeGreaterThan(1);
    await expect.poll(() => sessionChecks.filter((id) => id === active).length, { timeout: 5_000 }).toBeGreaterThan(1);
    expect(survivors.every((socket) => socket.connected)).toBe(true);

    // Clerk recovers and says the flaky session ended: that socket goes too.
    clerkSessions.set(flaky, { status: "revoked" });
    expect(await disconnected(survivors[0]!)).toBe("io server disconnect");
    expect(await stillConnected(survivors[1]!)).toBe(true);
  });

  it("one check per Clerk session however many tabs share it, and none once they all closed", async () => {
    const sub = `user_sock_${unique()}`;
    const sid = `sess_tabs_${sub}`;
    sessionChecks.length = 0;
    const tabs = await Promise.all(Array.from({ length: 3 }, () => socketOf(sub, sid, 1)));
    await expect.poll(() => sessionChecks.filter((id) => id === sid).length, { timeout: 5_000 }).toBeGreaterThan(2);
    // One check at a time, each at least the interval (200 ms) after the last: three tabs
    // each asking would ask three times at once.
    const times = sessionCheckTimes.get(sid)!;
    const gaps = times.slice(1).map((at, i) => at - times[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(150);
    for (const tab of tabs) tab.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const afterClose = sessionChecks.filter((id) => id === sid).length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(sessionChecks.filter((id) => id === sid).length).toBe(afterClose);
  });
});
