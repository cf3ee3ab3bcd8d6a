import crypto from "node:crypto";

import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { getRequest, settle, testContext } from "../../../tests/support/requests";

// Stream is configured for this file only, before any module reads the env.
vi.hoisted(() => {
  process.env.STREAM_API_KEY = "test-stream-key";
  process.env.STREAM_API_SECRET = "test-stream-secret-that-signs-tokens";
});

const { createSession, endSession, joinSession, leaveSession } = await import("~/modules/sessions/sessions.server");
const { expireStaleSessions } = await import("~/modules/sessions/expire-sessions.server");
const { getServices, getStore } = await import("~/composition.server");
const tokenRoute = await import("~/routes/api.sessions.$id.stream-token");
const { person } = await import("../../../tests/support/people");

interface StreamCall {
  method: string;
  host: string;
  path: string;
  body: Record<string, unknown> | null;
}

// Stream's APIs are out of reach: intercepted at the network boundary, recorded.
const calls: StreamCall[] = [];
let outage = false;
const record = async ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  const text = request.method === "GET" ? "" : await request.text();
  calls.push({
    method: request.method,
    host: url.host,
    path: url.pathname,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  });
  if (outage) return HttpResponse.json({ code: 99, message: "unavailable" }, { status: 503 });
  return HttpResponse.json({ duration: "1ms" });
};
const stream = setupServer(
  http.all("https://video.stream-io-api.com/*", record),
  http.all("https://chat.stream-io-api.com/*", record),
);
beforeAll(() => {
  stream.listen({ onUnhandledRequest: "error" });
});
beforeEach(() => {
  calls.length = 0;
  outage = false;
});
afterEach(() => stream.resetHandlers());
afterAll(() => {
  stream.close();
});

const video = () => calls.filter((c) => c.host === "video.stream-io-api.com");
const chat = () => calls.filter((c) => c.host === "chat.stream-io-api.com");
const json = (c: StreamCall | undefined) => JSON.stringify(c?.body ?? null);

describe("Stream user tokens", () => {
  it("are JWTs for the user, signed with the API secret, that expire", () => {
    const token = getServices().media!.tokenFor("user-123");
    const [header, payload, signature] = token.split(".");
    const expected = crypto
      .createHmac("sha256", "test-stream-secret-that-signs-tokens")
      .update(`${header}.${payload}`)
      .digest("base64url");
    expect(signature).toBe(expected);
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString()) as {
      user_id: string;
      exp: number;
      iat: number;
    };
    expect(claims.user_id).toBe("user-123");
    expect(claims.exp - claims.iat).toBe(4 * 60 * 60);
    expect(token).not.toContain("test-stream-secret");
  });
});

describe("the session's call and channel follow its seats", () => {
  async function session() {
    const host = await person("sh");
    const guest = await person("sg");
    const created = await createSession(host.user, { problem: "two-sum", visibility: "public" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    return { host, guest, id: created.id };
  }

  it("creates the call and channel with the host as the only member", async () => {
    const { host, id } = await session();
    const createCall = video().find((c) => c.path.endsWith(`/call/default/${id}`) && c.method === "POST");
    expect(json(createCall)).toContain(`"user_id":"${host.user.id}"`);
    expect((createCall?.body as { data: { members: unknown[] } }).data.members).toHaveLength(1);
    const createChannel = chat().find((c) => c.path.includes(`/channels/messaging/session-${id}`));
    expect(json(createChannel)).toContain(`"user_id":"${host.user.id}"`);
  });

  it("adds the guest on join and removes them on leave", async () => {
    const { guest, id } = await session();
    calls.length = 0;
    expect((await joinSession(guest.user, id, undefined)).ok).toBe(true);
    expect(json(video().find((c) => c.path.endsWith(`/call/default/${id}/members`)))).toContain(
      `"update_members":[{"user_id":"${guest.user.id}"`,
    );
    expect(json(chat().find((c) => c.path.endsWith(`/channels/messaging/session-${id}`)))).toContain(
      `"add_members":[{"user_id":"${guest.user.id}"}]`,
    );
    expect(json(calls.find((c) => c.path.endsWith("/users")))).toContain(guest.user.username);

    calls.length = 0;
    expect((await leaveSession(guest.user, id)).ok).toBe(true);
    expect(json(video().find((c) => c.path.endsWith("/members")))).toContain(`"remove_members":["${guest.user.id}"]`);
    expect(json(chat()[0])).toContain(`"remove_members":["${guest.user.id}"]`);
  });

  it("moves the lead to the guest when the host leaves", async () => {
    const { host, guest, id } = await session();
    await joinSession(guest.user, id, undefined);
    calls.length = 0;
    expect(await leaveSession(host.user, id)).toMatchObject({ ok: true, outcome: "handed-over" });
    const members = json(video().find((c) => c.path.endsWith("/members")));
    expect(members).toContain(`"remove_members":["${host.user.id}"]`);
    expect(members).toContain(`"update_members":[{"user_id":"${guest.user.id}","role":"admin"}]`);
  });

  it("ends the call and freezes the channel when the host ends the session", async () => {
    const { host, guest, id } = await session();
    await joinSession(guest.user, id, undefined);
    calls.length = 0;
    expect((await endSession(host.user, id)).ok).toBe(true);
    expect(video().some((c) => c.method === "POST" && c.path.endsWith(`/call/default/${id}/mark_ended`))).toBe(true);
    expect(json(chat().find((c) => c.method === "PATCH"))).toContain('"frozen":true');
  });

  it("ends the call of a session the idle job ends", async () => {
    const { host, id } = await session();
    await getStore().sessions.touchPresence(id, host.user.id, new Date(Date.now() - 24 * 3_600_000));
    calls.length = 0;
    expect(await expireStaleSessions()).toContain(id);
    expect(video().some((c) => c.path.endsWith(`/call/default/${id}/mark_ended`))).toBe(true);
  });

  it("still lets people join while Stream is down", async () => {
    const { guest, id } = await session();
    outage = true;
    expect((await joinSession(guest.user, id, undefined)).ok).toBe(true);
    expect((await getStore().sessions.findById(id))?.guestId).toBe(guest.user.id);
    expect(calls.length).toBeGreaterThan(0);
  });
});

describe("/api/sessions/:id/stream-token", () => {
  const ask = (id: string, cookie?: string) =>
    settle(() =>
      tokenRoute.loader({
        request: getRequest(`/api/sessions/${id}/stream-token`, cookie),
        context: testContext(),
        params: { id },
      } as never),
    );

  it("gives a token to the two seated people only, while the session lasts", async () => {
    const host = await person("th");
    const guest = await person("tg");
    const stranger = await person("ts");
    const created = await createSession(host.user, { problem: "two-sum", visibility: "public" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    await joinSession(guest.user, created.id, undefined);

    const forHost = (await ask(created.id, host.cookie)) as Response;
    expect(forHost.status).toBe(200);
    const body = (await forHost.json()) as {
      apiKey: string;
      token: string;
      user: { id: string };
      call: { id: string };
      channel: { id: string };
    };
    expect(body).toMatchObject({
      apiKey: "test-stream-key",
      user: { id: host.user.id },
      call: { id: created.id },
      channel: { id: `session-${created.id}` },
    });
    expect(JSON.stringify(body)).not.toContain("test-stream-secret");
    expect(((await ask(created.id, guest.cookie)) as Response).status).toBe(200);
    expect(((await ask(created.id, stranger.cookie)) as Response).status).toBe(403);
    expect(((await ask(created.id)) as Response).headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    expect(((await ask("not-a-session-id", host.cookie)) as Response).status).toBe(404);
    await endSession(host.user, created.id);
    expect(((await ask(created.id, host.cookie)) as Response).status).toBe(410);
  });
});
