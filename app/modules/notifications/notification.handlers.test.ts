import http from "node:http";
import type { AddressInfo } from "node:net";

import pino from "pino";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import type { AckResult, ClientToServerEvents, ServerToClientEvents } from "~/platform/realtime/realtime-events";
import { attachRealtime } from "~/platform/realtime/realtime-server";

import { person } from "../../../tests/support/people";
import type { NotificationDto, NotificationSummary } from "./notification-contract";
import { notify } from "./notifications.server";

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

async function client(cookie: string): Promise<Client> {
  const socket: Client = connect(url, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  clients.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return socket;
}

const call = <T>(socket: Client, event: keyof ClientToServerEvents, payload: unknown) =>
  new Promise<AckResult<T>>((resolve) =>
    (socket.emit as (e: string, p: unknown, ack: (r: AckResult<T>) => void) => void)(event, payload, resolve),
  );

const note = (userId: string, key: string) => ({
  userId,
  type: "invitation" as const,
  title: `invite ${key}`,
  body: "b",
  link: "/partners",
  dedupeKey: key,
});

describe("notification centre over the socket", () => {
  it("sends a new notification live to every socket of its addressee, and to nobody else", async () => {
    const me = await person("nm");
    const other = await person("no");
    const [tab1, tab2, theirs] = await Promise.all([client(me.cookie), client(me.cookie), client(other.cookie)]);
    const received = (s: Client) =>
      new Promise<NotificationDto>((resolve) => s.once("notification:new", (n) => resolve(n)));
    const leaked: NotificationDto[] = [];
    theirs.on("notification:new", (n) => leaked.push(n));
    const both = Promise.all([received(tab1), received(tab2)]);
    await notify(note(me.user.id, "live-1"));
    const [a, b] = await both;
    expect(a).toMatchObject({ title: "invite live-1", userId: me.user.id, read: false });
    expect(b.id).toBe(a.id);
    // A repeated delivery (same key) is stored once and not sent again.
    await notify(note(me.user.id, "live-1"));
    await new Promise((r) => setTimeout(r, 100));
    expect(leaked).toEqual([]);
  });

  it("lists only the caller's own, and marks only the caller's own read", async () => {
    const me = await person("nr");
    const other = await person("nx");
    const mine = await notify(note(me.user.id, "r1"));
    await notify(note(me.user.id, "r2"));
    const theirs = await notify(note(other.user.id, "r3"));
    const socket = await client(me.cookie);
    const listed = await call<NotificationSummary>(socket, "notification:list", {});
    expect(listed.ok && listed.data.items.map((n) => n.title)).toEqual(["invite r2", "invite r1"]);
    expect(listed.ok && listed.data.unread).toBe(2);
    // Someone else's id changes nothing.
    expect(await call<number>(socket, "notification:read", { id: theirs.id })).toEqual({ ok: true, data: 2 });
    expect(await getStore().notifications.countUnread(other.user.id)).toBe(1);
    expect(await call<number>(socket, "notification:read", { id: mine.id })).toEqual({ ok: true, data: 1 });
    expect(await call<number>(socket, "notification:readAll", {})).toEqual({ ok: true, data: 0 });
    expect(await getStore().notifications.countUnread(me.user.id)).toBe(0);
    expect(await call(socket, "notification:read", { id: "not-a-uuid" })).toMatchObject({ ok: false });
  });
});
