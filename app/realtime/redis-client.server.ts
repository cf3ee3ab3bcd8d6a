import { createClient } from "redis";

import { getEnv } from "~/config/env.server";
import { getLogger } from "~/observability/logger.server";

const makeClient = (url: string) =>
  createClient({ url, socket: { reconnectStrategy: (retries: number) => Math.min(retries * 200, 5_000) } });

export type RedisClient = ReturnType<typeof makeClient>;

let client: RedisClient | null | undefined;
let ready: Promise<RedisClient> | undefined;

/**
 * The process-wide Redis client when REDIS_URL is set (shared rooms and rate limits across
 * instances), otherwise null. Commands issued while it connects are queued.
 */
export function redisClient(): RedisClient | null {
  if (client !== undefined) return client;
  const url = getEnv().REDIS_URL;
  if (!url) return (client = null);
  const created = makeClient(url);
  // The URL may hold a password: log the host only.
  const where = new URL(url).host;
  created.on("error", (error: unknown) => getLogger().warn({ err: error, redis: where }, "redis connection error"));
  const connecting = created.connect().then(() => created);
  connecting.catch(() => undefined);
  ready = connecting;
  client = created;
  return created;
}

/** Waits for Redis at start-up; a clear error when it cannot be reached in time. */
export async function connectRedis(timeoutMs = 10_000): Promise<RedisClient | null> {
  const current = redisClient();
  if (!current || !ready) return null;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const where = new URL(getEnv().REDIS_URL ?? "redis://unknown").host;
      reject(new Error(`REDIS_URL: could not reach Redis at ${where} within ${timeoutMs / 1000} s`));
    }, timeoutMs);
  });
  try {
    await Promise.race([ready, timeout]);
    await current.ping();
    return current;
  } finally {
    clearTimeout(timer);
  }
}

export async function closeRedis(): Promise<void> {
  const current = client;
  client = undefined;
  ready = undefined;
  if (current?.isOpen) await current.quit().catch(() => undefined);
}
