import { createClient } from "redis";

import { getLogger } from "~/platform/logger.server";

const makeClient = (url: string) =>
  createClient({ url, socket: { reconnectStrategy: (retries: number) => Math.min(retries * 200, 5_000) } });

export type RedisClient = ReturnType<typeof makeClient>;

/**
 * One Redis client for the process (shared rooms and rate limits across instances).
 * Commands issued while it connects are queued.
 */
export interface RedisConnection {
  readonly client: RedisClient;
  /** Waits for Redis at start-up; a clear error naming REDIS_URL when it cannot be reached in time. */
  ready(timeoutMs?: number): Promise<RedisClient>;
  close(): Promise<void>;
}

export function createRedisConnection(url: string): RedisConnection {
  const client = makeClient(url);
  // The URL may hold a password: log the host only.
  const where = new URL(url).host;
  client.on("error", (error: unknown) => getLogger().warn({ err: error, redis: where }, "redis connection error"));
  const connecting = client.connect().then(() => client);
  connecting.catch(() => undefined);
  return {
    client,
    async ready(timeoutMs = 10_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`REDIS_URL: could not reach Redis at ${where} within ${timeoutMs / 1000} s`)),
          timeoutMs,
        );
      });
      try {
        await Promise.race([connecting, timeout]);
        await client.ping();
        return client;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      if (client.isOpen) await client.quit().catch(() => undefined);
    },
  };
}
