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

// Clerk's Backend API is out of reach: intercepted at the network boundary.
const apiCalls: string[] = [];
const clerkApi = setupServer(
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
  const secret = process.env.CLERK_WEBHOOK_SIGNING_SECRET!;
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
        headers: signed(p, `whsec_${Buffer.from("another-secret-another-secret-32").toString("base64")}`),
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
