import type { ChildProcess } from "node:child_process";
import path from "node:path";

import { io as connect, type Socket } from "socket.io-client";

import type { AckResult, EnterResult } from "../../app/platform/realtime/realtime-events";
import type { AppData } from "./app-server";
import { ROOT } from "./app-server";
import { freePort, releasePort, sleep, spawnTracked, stopChild } from "./processes";
import { openStore, type Person, seedPeople, seedSession } from "./seed";

/**
 * Many two-person rooms of socket.io clients in this process, either on the app (login
 * cookie on the handshake, `session:enter` with the seat checked) or on the bare relay
 * (`relay:join`). Both shapes then send `chat:send` and receive `chat:message`.
 */
export interface Room {
  id: string;
  sockets: [Socket, Socket];
}

export interface Fleet {
  rooms: Room[];
  close(): void;
}

const CONNECT_CONCURRENCY = 50;

function open(url: string, cookie?: string): Promise<Socket> {
  const socket = connect(url, {
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    timeout: 60_000,
    extraHeaders: cookie ? { cookie } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => {
      socket.close();
      reject(error);
    });
  });
}

function ack<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return socket.timeout(60_000).emitWithAck(event, payload) as Promise<T>;
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]!);
  });
  await Promise.all(workers);
}

/** Seeds `rooms` active sessions (host + guest) with login cookies, before the app starts. */
export async function seedRooms(
  data: AppData,
  rooms: number,
): Promise<Array<{ id: string; people: [Person, Person] }>> {
  const store = openStore(data);
  const people = await seedPeople(store, data, rooms * 2, "room");
  const seeded: Array<{ id: string; people: [Person, Person] }> = [];
  for (let i = 0; i < rooms; i++) {
    const host = people[2 * i]!;
    const guest = people[2 * i + 1]!;
    seeded.push({ id: await seedSession(store, host.user, guest.user), people: [host, guest] });
  }
  await store.close();
  return seeded;
}

function fleetOf(rooms: Room[]): Fleet {
  return {
    rooms,
    close: () => {
      for (const room of rooms) for (const socket of room.sockets) socket.close();
    },
  };
}

/** Both people of every room connect to the app and enter their session. */
export async function connectAppFleet(
  url: string,
  seeded: Array<{ id: string; people: [Person, Person] }>,
): Promise<Fleet> {
  const rooms: Room[] = [];
  await pool(seeded, CONNECT_CONCURRENCY / 2, async ({ id, people }) => {
    const sockets = (await Promise.all(people.map((p) => open(url, p.cookie)))) as [Socket, Socket];
    for (const socket of sockets) {
      const result = await ack<AckResult<EnterResult>>(socket, "session:enter", { sessionId: id });
      if (!result.ok) throw new Error(`session:enter refused: ${result.error}`);
    }
    rooms.push({ id, sockets });
  });
  return fleetOf(rooms);
}

/** The same number of rooms on the relay: two sockets join each. */
export async function connectRelayFleet(url: string, roomIds: string[]): Promise<Fleet> {
  const rooms: Room[] = [];
  await pool(roomIds, CONNECT_CONCURRENCY / 2, async (id) => {
    const sockets = (await Promise.all([open(url), open(url)])) as [Socket, Socket];
    for (const socket of sockets) await ack<boolean>(socket, "relay:join", id);
    rooms.push({ id, sockets });
  });
  return fleetOf(rooms);
}

export interface RunningRelay {
  url: string;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startRelay(): Promise<RunningRelay> {
  const port = await freePort();
  const child = spawnTracked(process.execPath, [path.join(ROOT, "bench/lib/relay-server.js"), String(port)], {
    PATH: process.env.PATH,
    NODE_ENV: "production",
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`relay exited with ${code}`)));
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    child,
    stop: async () => {
      await stopChild(child);
      releasePort(port);
    },
  };
}

export { sleep };
