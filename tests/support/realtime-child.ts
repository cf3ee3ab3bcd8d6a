// A realtime server in its own process, for tests that kill it or run several instances:
// Socket.IO on a real port, the SQLite store from DATABASE_URL and, with REDIS_URL, the
// Redis Streams adapter and Redis-backed rate limits. Prints "ready <port>" once listening.
import http from "node:http";

import { createAdapter } from "@socket.io/redis-streams-adapter";
import pino from "pino";
import { RateLimiterMemory } from "rate-limiter-flexible";

import { redisSocketSlots } from "../../app/adapters/redis/redis-socket-slots.server";
import { getServices } from "../../app/composition.server";
import { MAX_SOCKETS_PER_USER } from "../../app/platform/realtime/event-limits";
import { attachRealtime } from "../../app/platform/realtime/realtime-server";

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) throw new Error("usage: realtime-child PORT");

// These tests are about durability, not rate limits: thousands of messages in seconds.
if (process.env.DISABLE_RATE_LIMITS === "true") {
  RateLimiterMemory.prototype.consume = function consume() {
    return Promise.resolve({
      msBeforeNext: 0,
      remainingPoints: 1,
      consumedPoints: 0,
      isFirstInDuration: false,
    }) as never;
  };
}

await getServices().store.ping();
// Never outlive the test that started this process (e.g. when its runner is killed).
const parent = process.ppid;
setInterval(() => process.ppid !== parent && process.exit(1), 1_000).unref();
const server = http.createServer();
const redis = await getServices().redis?.ready();
const logger = pino({ level: process.env.CHILD_LOG_LEVEL ?? "silent" });
// Tests of a dead instance's socket places wait for them to lapse: a short lapse time.
const ttlMs = process.env.SOCKET_SLOT_TTL_MS ? Number(process.env.SOCKET_SLOT_TTL_MS) : undefined;
attachRealtime(
  server,
  logger,
  redis
    ? {
        adapter: createAdapter(redis),
        socketSlots: redisSocketSlots(redis, { max: MAX_SOCKETS_PER_USER, ttlMs, logger }),
      }
    : {},
);
server.listen(port, "127.0.0.1", () => process.stdout.write(`ready ${port}\n`));
