import type { Logger } from "pino";

import type { RedisClient } from "~/adapters/redis/redis-client.server";
import { memorySocketSlots, type SocketSlots } from "~/platform/realtime/socket-slots";

/**
 * Socket places shared by every instance (ADR 075). One sorted set per user,
 * `sockets:user:<id>`, of socket ids scored by when their place lapses. Each instance
 * renews its own sockets' places on a heartbeat, so the places of an instance that died
 * without closing anything lapse after `ttlMs`. Times come from Redis (`TIME`), so the
 * instances' clocks need not agree.
 */
const keyOf = (userId: string) => `sockets:user:${userId}`;

// KEYS: the user's set. ARGV: socket id, max, ttl ms. Lapsed places go first; then the
// count and the take, with nothing in between (Redis runs a script alone).
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  return 0
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1
`;

// KEYS: the user's set. ARGV: ttl ms, then socket ids. Re-adds a place that lapsed while
// this instance could not reach Redis: its socket is still open.
const RENEW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now + ttl, ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], ttl)
return #ARGV - 1
`;

export interface RedisSocketSlotsOptions {
  max: number;
  /** How long a place outlives its instance's last heartbeat. */
  ttlMs?: number;
  /** A handshake waits no longer than this for Redis before counting on this instance alone. */
  timeoutMs?: number;
  logger: Logger;
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function redisSocketSlots(client: RedisClient, options: RedisSocketSlotsOptions): SocketSlots {
  const ttlMs = options.ttlMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 2_000;
  // While Redis is unreachable each instance caps on its own, never unlimited (as the rate limits do).
  const insurance = memorySocketSlots(options.max);
  /** This instance's sockets holding a place in Redis, by user: what the heartbeat renews. */
  const local = new Map<string, Set<string>>();
  const inInsurance = new Set<string>();

  const renew = async () => {
    await Promise.all(
      [...local].map(([userId, sockets]) =>
        client.eval(RENEW, { keys: [keyOf(userId)], arguments: [String(ttlMs), ...sockets] }),
      ),
    ).catch((error: unknown) => options.logger.warn({ err: error }, "socket places could not be renewed in Redis"));
  };
  const heartbeat = setInterval(() => void renew(), Math.max(Math.floor(ttlMs / 3), 50));
  heartbeat.unref();

  return {
    async take(userId, socketId) {
      try {
        const taken = await within(
          client.eval(TAKE, { keys: [keyOf(userId)], arguments: [socketId, String(options.max), String(ttlMs)] }),
          timeoutMs,
        );
        if (taken !== 1) return false;
        let sockets = local.get(userId);
        if (!sockets) local.set(userId, (sockets = new Set()));
        sockets.add(socketId);
        return true;
      } catch (error) {
        options.logger.warn({ err: error }, "socket places: Redis unreachable, counting on this instance");
        const taken = insurance.takeNow(userId, socketId);
        if (taken) inInsurance.add(socketId);
        return taken;
      }
    },
    async release(userId, socketId) {
      if (inInsurance.delete(socketId)) return insurance.release(userId, socketId);
      const sockets = local.get(userId);
      if (!sockets?.delete(socketId)) return;
      if (sockets.size === 0) local.delete(userId);
      // Not freed now (Redis unreachable): the place lapses after ttlMs, as a dead instance's would.
      await within(client.zRem(keyOf(userId), socketId), timeoutMs).catch((error: unknown) =>
        options.logger.warn({ err: error }, "a socket place could not be freed in Redis"),
      );
    },
    close() {
      clearInterval(heartbeat);
      local.clear();
      insurance.close();
      inInsurance.clear();
    },
  };
}
