import { execFileSync } from "node:child_process";

import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type {
  AckResult,
  ClientToServerEvents,
  RoomState,
  ServerToClientEvents,
} from "~/platform/realtime/realtime-events";

import { type Child, freePort, startChild, tsNode } from "../support/child-server";
import { person, seatedSession } from "../support/people";

/**
 * Two app instances (two processes, two ports) on one SQLite file and one real Redis: rooms,
 * presence and rate limits are shared, so people on different instances meet.
 */
const redisServer = (() => {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"]).toString().trim();
  } catch {
    return "";
  }
})();
if (!redisServer) console.warn("skipped: redis-server not installed (apt-get install redis-server)");

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

function call<T>(socket: Client, event: keyof ClientToServerEvents, payload: unknown): Promise<AckResult<T>> {
  return new Promise((resolve) =>
    (socket.emit as (e: string, p: unknown, ack: (r: AckResult<T>) => void) => void)(event, payload, resolve),
  );
}

describe.skipIf(!redisServer)("several instances sharing Redis", () => {
  let redis: Child;
  const instances: Child[] = [];
  const urls: string[] = [];
  const sockets: Client[] = [];

  beforeAll(async () => {
    const redisPort = await freePort();
    redis = await startChild(
      redisServer,
      ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      "Ready to accept connections",
    );
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const [command, args] = tsNode("tests/support/realtime-child.ts", String(port));
      instances.push(await startChild(command, args, `ready ${port}`, { REDIS_URL: `redis://127.0.0.1:${redisPort}` }));
      urls.push(`http://127.0.0.1:${port}`);
    }
  }, 90_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    for (const child of instances) child.process.kill("SIGKILL");
    redis?.process.kill("SIGKILL");
  });

  async function entered(url: string, cookie: string, sessionId: string): Promise<Client> {
    const socket: Client = connect(url, { transports: ["websocket"], extraHeaders: { cookie }, reconnection: false });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    const result = await call(socket, "session:enter", { sessionId });
    if (!result.ok) throw new Error(result.error);
    return socket;
  }

  it("people on different instances chat both ways and see each other's presence", async () => {
    const host = await person("ra");
    const guest = await person("rb");
    const sessionId = await seatedSession(host.user.id, guest.user.id);
    const onA = await entered(urls[0]!, host.cookie, sessionId);
    const statesOnA: RoomState[] = [];
    onA.on("room:state", (state) => statesOnA.push(state));
    const peerOnA = new Promise((resolve) => onA.once("rtc:peer", resolve));
    const onB = await entered(urls[1]!, guest.cookie, sessionId);

    // The host (on A) learns the guest (on B) arrived, so the call can start.
    expect(await peerOnA).toEqual({ present: true });
    await expect
      .poll(() => statesOnA.at(-1)?.participants.find((p) => p.role === "guest"))
      .toMatchObject({ online: true });

    const received: string[] = [];
    onB.on("chat:message", (m) => received.push(m.body));
    const sent = await call(onA, "chat:send", { sessionId, clientId: "from-a-0001", body: "hello from A" });
    expect(sent.ok).toBe(true);
    await expect.poll(() => received).toContain("hello from A");

    const receivedOnA: string[] = [];
    onA.on("chat:message", (m) => receivedOnA.push(m.body));
    expect((await call(onB, "chat:send", { sessionId, clientId: "from-b-0001", body: "hi from B" })).ok).toBe(true);
    await expect.poll(() => receivedOnA).toContain("hi from B");

    // Media toggles on B show on A.
    expect((await call(onB, "presence:update", { sessionId, mic: true, camera: true, sharing: false })).ok).toBe(true);
    await expect
      .poll(() => statesOnA.at(-1)?.participants.find((p) => p.role === "guest"))
      .toMatchObject({ online: true, mic: true, camera: true, sharing: false });

    // WebRTC signals cross instances too.
    const signal = new Promise((resolve) => onB.once("rtc:signal", resolve));
    expect((await call(onA, "rtc:signal", { sessionId, description: { type: "offer", sdp: "v=0" } })).ok).toBe(true);
    expect(await signal).toEqual({ description: { type: "offer", sdp: "v=0" } });

    // The guest drops: A sees them reconnecting, not gone.
    onB.disconnect();
    await expect
      .poll(() => statesOnA.at(-1)?.participants.find((p) => p.role === "guest"))
      .toMatchObject({ online: false, reconnecting: true });
  });

  it("a chat rate limit used up on one instance counts on the other", async () => {
    const host = await person("rc");
    const guest = await person("rd");
    const sessionId = await seatedSession(host.user.id, guest.user.id);
    const tabOnA = await entered(urls[0]!, host.cookie, sessionId);
    const tabOnB = await entered(urls[1]!, host.cookie, sessionId);
    // 20 messages per 10 s per person: 12 through each instance exceeds it only if shared.
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        call(i % 2 ? tabOnB : tabOnA, "chat:send", {
          sessionId,
          clientId: `burst-${String(i).padStart(4, "0")}`,
          body: `m${i}`,
        }),
      ),
    );
    const refused = results.filter((r) => !r.ok);
    expect(refused.length).toBe(4);
    for (const r of refused) if (!r.ok) expect(r.error).toMatch(/Too many/);
  });
});
