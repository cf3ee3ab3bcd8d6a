import { execFileSync } from "node:child_process";

import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createRedisConnection, type RedisConnection } from "~/adapters/redis/redis-client.server";
import { redisSocketSlots } from "~/adapters/redis/redis-socket-slots.server";

import { type Child, freePort, startChild } from "../../../tests/support/child-server";

/** Shared socket places against a real redis-server: lapse, renewal, and Redis going away. */
const redisServer = (() => {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"]).toString().trim();
  } catch {
    return "";
  }
})();
if (!redisServer) console.warn("skipped: redis-server not installed (apt-get install redis-server)");

const logger = pino({ level: "silent" });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!redisServer)("socket places in Redis", () => {
  let redis: Child;
  let connection: RedisConnection;

  beforeAll(async () => {
    const port = await freePort();
    redis = await startChild(
      redisServer,
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      "Ready to accept connections",
    );
    connection = createRedisConnection(`redis://127.0.0.1:${port}`);
    await connection.ready();
  });
  afterAll(async () => {
    await connection?.close();
    redis?.process.kill("SIGKILL");
  });

  it("two instances' places add up; a released place is free at once; taking twice holds one place", async () => {
    const a = redisSocketSlots(connection.client, { max: 3, logger });
    const b = redisSocketSlots(connection.client, { max: 3, logger });
    try {
      expect(await a.take("u1", "s1")).toBe(true);
      expect(await a.take("u1", "s1")).toBe(true);
      expect(await b.take("u1", "s2")).toBe(true);
      expect(await b.take("u1", "s3")).toBe(true);
      expect(await a.take("u1", "s4")).toBe(false);
      expect(await b.take("u2", "s5")).toBe(true);
      await a.release("u1", "s1");
      await a.release("u1", "s1");
      expect(await a.take("u1", "s4")).toBe(true);
      expect(await b.take("u1", "s6")).toBe(false);
    } finally {
      a.close();
      b.close();
    }
  });

  it("places are renewed while their instance lives and lapse once it stops", async () => {
    const living = redisSocketSlots(connection.client, { max: 2, ttlMs: 300, logger });
    const stopped = redisSocketSlots(connection.client, { max: 2, ttlMs: 300, logger });
    try {
      expect(await living.take("u3", "live")).toBe(true);
      expect(await stopped.take("u3", "dead")).toBe(true);
      stopped.close(); // no heartbeat, no release: as if the process died
      await sleep(900);
      expect(await living.take("u3", "new")).toBe(true);
      expect(await living.take("u3", "one-too-many")).toBe(false);
      expect((await connection.client.zRange("sockets:user:u3", 0, -1)).sort()).toEqual(["live", "new"]);
    } finally {
      living.close();
    }
  });

  it("while Redis cannot be reached, each instance counts on its own rather than refusing or admitting all", async () => {
    const slots = redisSocketSlots(connection.client, { max: 2, timeoutMs: 200, logger });
    try {
      redis.process.kill("SIGSTOP"); // Redis stops answering; the connection stays open
      const started = Date.now();
      expect(await slots.take("u4", "x1")).toBe(true);
      expect(await slots.take("u4", "x2")).toBe(true);
      expect(await slots.take("u4", "x3")).toBe(false);
      expect(Date.now() - started).toBeLessThan(2_000);
      await slots.release("u4", "x1");
      expect(await slots.take("u4", "x3")).toBe(true);
    } finally {
      redis.process.kill("SIGCONT");
      slots.close();
    }
  });
});
