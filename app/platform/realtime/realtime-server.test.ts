import http from "node:http";
import type { AddressInfo } from "node:net";

import pino from "pino";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import { startLoginSession } from "~/modules/accounts/login-session.server";
import { leaveSession, listLobby, newSessionId } from "~/modules/sessions/sessions.server";
import type {
  AckResult,
  ChatMessageDto,
  ClientToServerEvents,
  EnterResult,
  RoomState,
  ServerToClientEvents,
} from "~/platform/realtime/realtime-events";
import { attachRealtime } from "~/platform/realtime/realtime-server";
import type { User } from "~/storage/store.server";

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

let server: http.Server;
let realtime: ReturnType<typeof attachRealtime>;
let url: string;
const clients: Client[] = [];

beforeAll(async () => {
  server = http.createServer();
  realtime = attachRealtime(server, pino({ level: "silent" }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const c of clients) c.disconnect();
  await realtime.close();
});

let n = 0;
async function person(): Promise<{ user: User; cookie: string }> {
  const name = `rt${Date.now().toString(36)}${++n}`;
  const user = await getStore().users.create({ username: name, email: `${name}@example.test`, passwordHash: "x" });
  const response = await startLoginSession(new Request("http://localhost/login"), user.id, "/");
  return { user, cookie: response.headers.get("Set-Cookie")!.split(";")[0]! };
}

async function sessionWith(hostId: string, guestId?: string) {
  const id = newSessionId();
  await getStore().sessions.create({ id, hostId, problemSlug: "two-sum", visibility: "public", passwordHash: null });
  if (guestId) await getStore().sessions.claimGuestSeat(id, guestId, new Date());
  return id;
}

function client(cookie?: string, origin?: string, serverUrl = url): Client {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  const socket: Client = connect(serverUrl, {
    transports: ["websocket"],
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
  });
  clients.push(socket);
  return socket;
}

const connected = (socket: Client) =>
  new Promise<void>((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });

function call<T>(socket: Client, event: keyof ClientToServerEvents, payload: unknown): Promise<AckResult<T>> {
  return new Promise((resolve) =>
    (socket.emit as (e: string, p: unknown, ack: (r: AckResult<T>) => void) => void)(event, payload, resolve),
  );
}

const next = <E extends keyof ServerToClientEvents>(socket: Client, event: E) =>
  new Promise<Parameters<ServerToClientEvents[E]>[0]>((resolve) => {
    (socket.once as (e: string, l: (p: never) => void) => void)(event, resolve as (p: never) => void);
  });

async function entered(cookie: string, sessionId: string) {
  const socket = client(cookie);
  await connected(socket);
  const result = await call<EnterResult>(socket, "session:enter", { sessionId });
  expect(result.ok).toBe(true);
  return socket;
}

describe("handshake", () => {
  it("refuses a socket without a login cookie", async () => {
    const socket = client();
    await expect(connected(socket)).rejects.toThrow("Sign in to join the session");
  });

  it("refuses a page from another origin", async () => {
    const { cookie } = await person();
    const socket = client(cookie, "https://evil.example");
    await expect(connected(socket)).rejects.toThrow();
  });
});

describe("rooms", () => {
  it("lets only seated users enter; a stranger can neither enter, read nor write", async () => {
    const host = await person();
    const stranger = await person();
    const sessionId = await sessionWith(host.user.id);
    const socket = client(stranger.cookie);
    await connected(socket);
    expect(await call(socket, "session:enter", { sessionId })).toEqual({
      ok: false,
      error: "You are not in this session",
    });
    expect(await call(socket, "chat:history", { sessionId, afterSeq: 0 })).toEqual({
      ok: false,
      error: "You are not in this session",
    });
    expect(await call(socket, "chat:send", { sessionId, clientId: "abcdefgh1", body: "hi" })).toEqual({
      ok: false,
      error: "You are not in this session",
    });
    expect(await call(socket, "session:enter", { sessionId: "A".repeat(22) })).toMatchObject({ ok: false });
  });

  it("tells the host who the guest is (polite) and both are online", async () => {
    const host = await person();
    const guest = await person();
    const sessionId = await sessionWith(host.user.id, guest.user.id);
    const hostSocket = await entered(host.cookie, sessionId);
    const peer = next(hostSocket, "rtc:peer");
    const guestSocket = client(guest.cookie);
    await connected(guestSocket);
    const result = await call<EnterResult>(guestSocket, "session:enter", { sessionId });
    expect(result).toMatchObject({ ok: true, data: { role: "guest", polite: true } });
    expect(await peer).toEqual({ present: true });
    const state = (result as { data: EnterResult }).data.state;
    expect(state.participants.map((p) => [p.role, p.online])).toEqual([
      ["host", true],
      ["guest", true],
    ]);
  });
});

describe("chat", () => {
  it("stores, numbers and broadcasts to both; a resend is not doubled", async () => {
    const host = await person();
    const guest = await person();
    const sessionId = await sessionWith(host.user.id, guest.user.id);
    const a = await entered(host.cookie, sessionId);
    const b = await entered(guest.cookie, sessionId);
    const received = next(b, "chat:message");
    const sent = await call<ChatMessageDto>(a, "chat:send", {
      sessionId,
      clientId: "client-1",
      body: "```js\nconst x = 1;\n```",
    });
    expect(sent).toMatchObject({ ok: true, data: { authorName: host.user.username, kind: "user" } });
    const broadcast = await received;
    expect(broadcast.seq).toBe((sent as { data: ChatMessageDto }).data.seq);

    let extra = 0;
    b.on("chat:message", () => extra++);
    const again = await call<ChatMessageDto>(a, "chat:send", {
      sessionId,
      clientId: "client-1",
      body: "```js\nconst x = 1;\n```",
    });
    expect((again as { data: ChatMessageDto }).data.id).toBe((sent as { data: ChatMessageDto }).data.id);
    const history = await call<ChatMessageDto[]>(b, "chat:history", { sessionId, afterSeq: 0 });
    expect((history as { data: ChatMessageDto[] }).data.filter((m) => m.kind === "user")).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(extra).toBe(0);
  });

  it("answers the sender with the ack and broadcasts to everyone else, the sender's other tabs included", async () => {
    const host = await person();
    const guest = await person();
    const sessionId = await sessionWith(host.user.id, guest.user.id);
    const sender = await entered(host.cookie, sessionId);
    const otherTab = await entered(host.cookie, sessionId);
    const partner = await entered(guest.cookie, sessionId);
    let echoes = 0;
    sender.on("chat:message", () => echoes++);
    const onOtherTab = next(otherTab, "chat:message");
    const onPartner = next(partner, "chat:message");
    const sent = await call<ChatMessageDto>(sender, "chat:send", { sessionId, clientId: "tabs-0001", body: "hi" });
    expect(sent.ok).toBe(true);
    expect((await onOtherTab).clientId).toBe("tabs-0001");
    expect((await onPartner).clientId).toBe("tabs-0001");
    await new Promise((r) => setTimeout(r, 100));
    expect(echoes).toBe(0);
  });

  it("gives a reconnecting client everything after its last seq, once", async () => {
    const host = await person();
    const guest = await person();
    const sessionId = await sessionWith(host.user.id, guest.user.id);
    const a = await entered(host.cookie, sessionId);
    let b = await entered(guest.cookie, sessionId);
    const first = await call<ChatMessageDto>(a, "chat:send", { sessionId, clientId: "resume-1", body: "one" });
    const lastSeq = (first as { data: ChatMessageDto }).data.seq;
    b.disconnect();
    await call(a, "chat:send", { sessionId, clientId: "resume-2", body: "two" });
    await call(a, "chat:send", { sessionId, clientId: "resume-3", body: "three" });
    b = await entered(guest.cookie, sessionId);
    const missed = await call<ChatMessageDto[]>(b, "chat:history", { sessionId, afterSeq: lastSeq });
    expect((missed as { data: ChatMessageDto[] }).data.map((m) => m.body)).toEqual(["two", "three"]);
  });

  it.each([
    [undefined, /./],
    ["not an object", /./],
    [{ sessionId: "x", clientId: "abcdefgh", body: "hi" }, /unknown session/],
    [{ sessionId: null, clientId: "abcdefgh", body: "hi" }, /./],
    [{ clientId: "short", body: "hi" }, /./],
    [{ clientId: "abcdefgh1", body: "   " }, /Write something/],
    [{ clientId: "abcdefgh1", body: "x".repeat(4001) }, /at most 4000/],
    [{ clientId: "abcdefgh1", body: 42 }, /./],
    // Messages that overflowed every reader's Markdown renderer, from history, on every reload.
    [{ clientId: "abcdefgh1", body: ">".repeat(3990) + " deep" }, /levels deep/],
    [{ clientId: "abcdefgh1", body: "- ".repeat(1999) + "x" }, /levels deep/],
  ])("answers a bad chat payload %# with an error, and keeps serving", async (payload, message) => {
    const host = await person();
    const sessionId = await sessionWith(host.user.id);
    const socket = await entered(host.cookie, sessionId);
    const full =
      payload && typeof payload === "object" && !("sessionId" in payload) ? { sessionId, ...payload } : payload;
    const result = await call(socket, "chat:send", full);
    expect(result.ok).toBe(false);
    expect((result as { error: string }).error).toMatch(message);
    expect((await call(socket, "chat:send", { sessionId, clientId: "fine-0001", body: "still here" })).ok).toBe(true);
  });

  it("limits how fast one person can send", async () => {
    const host = await person();
    const sessionId = await sessionWith(host.user.id);
    const socket = await entered(host.cookie, sessionId);
    const results = [];
    for (let i = 0; i < 22; i++)
      results.push(await call(socket, "chat:send", { sessionId, clientId: `burst-${i}-xx`, body: `m${i}` }));
    expect(results.filter((r) => !r.ok).length).toBeGreaterThan(0);
    expect((results.at(-1) as { error: string }).error).toMatch(/Try again in/);
  });
});

describe("presence and signaling", () => {
  it("shows a dropped partner as reconnecting", async () => {
    const host = await person();
    const guest = await person();
    const sessionId = await sessionWith(host.user.id, guest.user.id);
    const a = await entered(host.cookie, sessionId);
    const b = await entered(guest.cookie, sessionId);
    const states: RoomState[] = [];
    a.on("room:state", (s) => states.push(s));
    b.disconnect();
    await expect
      .poll(() => states.at(-1)?.participants.find((p) => p.role === "guest"))
      .toMatchObject({ online: false, reconnecting: true });
  });

  it("relays signals to the partner only", async () => {
    const host = await person();
    const guest = await person();
    const sessionId = await sessionWith(host.user.id, guest.user.id);
    const a = await entered(host.cookie, sessionId);
    const b = await entered(guest.cookie, sessionId);
    let echoed = false;
    a.on("rtc:signal", () => (echoed = true));
    const relayed = next(b, "rtc:signal");
    await call(a, "rtc:signal", { sessionId, description: { type: "offer", sdp: "v=0" } });
    expect(await relayed).toEqual({ description: { type: "offer", sdp: "v=0" } });
    expect(echoed).toBe(false);
    expect((await call(a, "rtc:signal", { sessionId, description: { type: "bogus" } })).ok).toBe(false);
  });

  it("removes a guest who leaves over HTTP from the room at once", async () => {
    const host = await person();
    const guest = await person();
    const sessionId = await sessionWith(host.user.id, guest.user.id);
    await entered(host.cookie, sessionId);
    const b = await entered(guest.cookie, sessionId);
    const changed = next(b, "session:changed");
    expect((await leaveSession(guest.user, sessionId)).ok).toBe(true);
    await changed;
    await expect
      .poll(async () => (await call(b, "chat:send", { sessionId, clientId: "after-leave", body: "hi" })).ok)
      .toBe(false);
  });
});

describe("the session timer", () => {
  it("gives both the same end time, survives in storage, and stops with the session", async () => {
    const host = await person();
    const guest = await person();
    const sessionId = await sessionWith(host.user.id, guest.user.id);
    const a = await entered(host.cookie, sessionId);
    const b = await entered(guest.cookie, sessionId);
    const seenByHost = next(a, "room:state");
    const seenByGuest = next(b, "room:state");
    const before = Date.now();
    expect(await call(b, "session:timer", { sessionId, minutes: 30 })).toEqual({ ok: true, data: null });
    const [stateA, stateB] = await Promise.all([seenByHost, seenByGuest]);
    expect(stateA.timerEndsAt).toBe(stateB.timerEndsAt);
    const endsAt = new Date(stateA.timerEndsAt!).getTime();
    expect(endsAt).toBeGreaterThanOrEqual(before + 30 * 60_000);
    expect(endsAt).toBeLessThan(Date.now() + 30 * 60_000 + 1);
    expect(Math.abs(stateA.serverNow - Date.now())).toBeLessThan(5_000);
    expect((await getStore().sessions.findById(sessionId))?.timerEndsAt?.getTime()).toBe(endsAt);

    expect(await call(a, "session:timer", { sessionId, minutes: 7 })).toMatchObject({ ok: false });
    expect(await call(a, "session:timer", { sessionId, minutes: null })).toEqual({ ok: true, data: null });
    expect((await getStore().sessions.findById(sessionId))?.timerEndsAt).toBeNull();
    await getStore().sessions.end(sessionId, "host-ended", new Date());
    expect(await call(a, "session:timer", { sessionId, minutes: 15 })).toEqual({
      ok: false,
      error: "This session has ended",
    });
  });
});

describe("the lobby follows presence", () => {
  const row = async (id: string) => (await listLobby()).find((r) => r.id === id);

  it("lists a session whose host has left the room as host away, after the ones whose host is here", async () => {
    const host = await person();
    const ghost = await sessionWith(host.user.id);
    const hostSocket = await entered(host.cookie, ghost);
    // Created straight in storage: the lobby's one-second cache picks it up shortly.
    await expect.poll(() => row(ghost), { timeout: 5_000 }).toMatchObject({ hostPresent: true });

    // The host closes the tab: the room is empty. Another host is in theirs.
    hostSocket.disconnect();
    const other = await person();
    const fresh = await sessionWith(other.user.id);
    await entered(other.cookie, fresh);
    await expect.poll(async () => (await row(ghost))?.hostPresent, { timeout: 5_000 }).toBe(false);
    await expect.poll(() => row(fresh), { timeout: 5_000 }).toMatchObject({ hostPresent: true });
    const ids = (await listLobby()).map((r) => r.id);
    expect(ids.indexOf(fresh)).toBeLessThan(ids.indexOf(ghost));
    // Nothing about the host but their name leaves the server.
    expect(Object.keys((await row(ghost))!).sort()).toEqual([
      "createdAt",
      "difficulty",
      "hostPresent",
      "hostUsername",
      "id",
      "problemTitle",
    ]);

    // Back in the room: listed as present again.
    await entered(host.cookie, ghost);
    await expect.poll(async () => (await row(ghost))?.hostPresent).toBe(true);
  });

  it("says partner away in the room state once a seated partner's socket is gone", async () => {
    const host = await person();
    const guest = await person();
    const sessionId = await sessionWith(host.user.id, guest.user.id);
    const hostSocket = await entered(host.cookie, sessionId);
    hostSocket.disconnect();
    // The guest arrives after the host went: the host is neither online nor shown as "here".
    const guestSocket = client(guest.cookie);
    await connected(guestSocket);
    const result = await call<EnterResult>(guestSocket, "session:enter", { sessionId });
    if (!result.ok) throw new Error(result.error);
    const hostSeat = result.data.state.participants.find((p) => p.role === "host");
    expect(hostSeat).toMatchObject({ online: false });
    expect(result.data.state.status).toBe("active");
  });
});

describe("presence heartbeat", () => {
  it("records every connected participant as present, so the idle job leaves their session alone", async () => {
    const own = http.createServer();
    const beating = attachRealtime(own, pino({ level: "silent" }), { heartbeatMs: 200 });
    await new Promise<void>((resolve) => own.listen(0, "127.0.0.1", resolve));
    const ownUrl = `http://127.0.0.1:${(own.address() as AddressInfo).port}`;
    try {
      const host = await person();
      const guest = await person();
      const sessionId = await sessionWith(host.user.id, guest.user.id);
      const before = Date.now();
      for (const who of [host, guest]) {
        const socket = client(who.cookie, undefined, ownUrl);
        await connected(socket);
        expect((await call(socket, "session:enter", { sessionId })).ok).toBe(true);
      }
      // Entering records presence too; wait past it for a heartbeat's own write.
      await new Promise((r) => setTimeout(r, 50));
      const entered = Date.now();
      await expect
        .poll(async () => (await getStore().sessions.members(sessionId)).map((m) => m.lastSeenAt.getTime() > entered), {
          timeout: 3_000,
        })
        .toEqual([true, true]);
      expect(entered).toBeGreaterThan(before);
    } finally {
      await beating.close();
    }
  });
});
