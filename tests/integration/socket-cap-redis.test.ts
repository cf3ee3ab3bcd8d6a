import { execFileSync } from "node:child_process";

import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MAX_SOCKETS_PER_USER } from "~/platform/realtime/event-limits";

import { type Child, freePort, startChild, tsNode } from "../support/child-server";
import { person } from "../support/people";

/**
 * The cap on open sockets per user holds across instances (ADR 075): two app instances
 * (two processes) sharing one real redis-server count a user's sockets together, and the
 * places of an instance killed without any cleanup lapse after their time.
 */
const redisServer = (() => {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"]).toString().trim();
  } catch {
    return "";
  }
})();
if (!redisServer) console.warn("skipped: redis-server not installed (apt-get install redis-server)");

/** How long a place outlives its instance's last heartbeat in these instances (a third of it between heartbeats). */
const SLOT_TTL_MS = 2_000;

describe.skipIf(!redisServer)("the socket cap across instances sharing Redis", () => {
  let redis: Child;
  const instances: Child[] = [];
  const urls: string[] = [];
  const sockets: Socket[] = [];
  const instanceOf = new WeakMap<Socket, string>();

  beforeAll(async () => {
    const redisPort = await freePort();
    redis = await startChild(
      redisServer,
      ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      "Ready to accept connections",
    );
    // Both start at once: each takes most of its time loading the app.
    const ports = [await freePort(), await freePort()];
    const started = await Promise.all(
      ports.map((port) => {
        const [command, args] = tsNode("tests/support/realtime-child.ts", String(port));
        return startChild(command, args, `ready ${port}`, {
          REDIS_URL: `redis://127.0.0.1:${redisPort}`,
          SOCKET_SLOT_TTL_MS: String(SLOT_TTL_MS),
        });
      }),
    );
    instances.push(...started);
    urls.push(...ports.map((port) => `http://127.0.0.1:${port}`));
  }, 120_000);

  afterAll(() => {
    for (const socket of sockets) socket.disconnect();
    for (const child of instances) child.process.kill("SIGKILL");
    redis?.process.kill("SIGKILL");
  });

  /** Resolves with the socket once connected, or with the handshake's refusal. */
  function open(url: string, cookie: string): Promise<Socket | string> {
    const socket = connect(url, {
      transports: ["websocket"],
      extraHeaders: { cookie },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    instanceOf.set(socket, url);
    return new Promise((resolve) => {
      socket.once("connect", () => resolve(socket));
      socket.once("connect_error", (error) => resolve(error.message));
    });
  }
  const refusals = (results: Array<Socket | string>) => results.filter((r): r is string => typeof r === "string");
  const connected = (results: Array<Socket | string>) => results.filter((r): r is Socket => typeof r !== "string");

  it(`${MAX_SOCKETS_PER_USER} sockets over both instances are accepted, the next on either is refused, a disconnect frees a place`, async () => {
    const { cookie } = await person("cap");
    // Simultaneous handshakes, alternating instances: the count and the take are one step in Redis.
    const burst = await Promise.all(
      Array.from({ length: MAX_SOCKETS_PER_USER + 4 }, (_, i) => open(urls[i % 2]!, cookie)),
    );
    expect(connected(burst)).toHaveLength(MAX_SOCKETS_PER_USER);
    expect(refusals(burst)).toEqual(Array(4).fill("Too many open connections: close some tabs"));

    expect(await open(urls[0]!, cookie)).toBe("Too many open connections: close some tabs");
    expect(await open(urls[1]!, cookie)).toBe("Too many open connections: close some tabs");

    // Another user is not affected.
    const other = await person("cap");
    expect(typeof (await open(urls[1]!, other.cookie))).not.toBe("string");

    // One closes on instance A; a place opens on B.
    const onA = connected(burst).find((socket) => instanceOf.get(socket) === urls[0])!;
    onA.disconnect();
    await expect
      .poll(async () => {
        const attempt = await open(urls[1]!, cookie);
        return typeof attempt === "string" ? attempt : "connected";
      })
      .toBe("connected");
    expect(await open(urls[0]!, cookie)).toBe("Too many open connections: close some tabs");
  });

  it("an instance killed without cleanup frees its places once they lapse", async () => {
    const { cookie } = await person("cap");
    const onB = await Promise.all(Array.from({ length: 6 }, () => open(urls[1]!, cookie)));
    const onA = await Promise.all(Array.from({ length: MAX_SOCKETS_PER_USER - 6 }, () => open(urls[0]!, cookie)));
    expect(connected([...onA, ...onB])).toHaveLength(MAX_SOCKETS_PER_USER);

    const killedAt = Date.now();
    instances[1]!.process.kill("SIGKILL");
    await instances[1]!.exited;
    // Nothing freed them: B's places still count until they lapse.
    expect(await open(urls[0]!, cookie)).toBe("Too many open connections: close some tabs");

    await expect
      .poll(
        async () => {
          const attempt = await open(urls[0]!, cookie);
          return typeof attempt === "string" ? attempt : "connected";
        },
        { timeout: SLOT_TTL_MS * 3, interval: 200 },
      )
      .toBe("connected");
    // Not before the places' time: at least the time between B's last heartbeat and its lapse.
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(SLOT_TTL_MS - SLOT_TTL_MS / 3 - 100);
    // All six of B's places came back, and no more.
    const refill = await Promise.all(Array.from({ length: 5 }, () => open(urls[0]!, cookie)));
    expect(connected(refill)).toHaveLength(5);
    expect(await open(urls[0]!, cookie)).toBe("Too many open connections: close some tabs");

    // The living instance renews its places: well past their lapse time they still count.
    await new Promise((resolve) => setTimeout(resolve, SLOT_TTL_MS * 2));
    expect(await open(urls[0]!, cookie)).toBe("Too many open connections: close some tabs");
  });
});
