import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

import { getServices } from "~/composition.server";

/**
 * Named limiters. In-process memory by default; with REDIS_URL the counts live in Redis,
 * so every instance shares them.
 */
export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  durationSeconds: number;
}

export function createLimiter(options: LimiterOptions): RateLimiterAbstract {
  const memory = new RateLimiterMemory({
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.durationSeconds,
  });
  const redis = getServices().redis?.client;
  if (!redis) return memory;
  return new RateLimiterRedis({
    storeClient: redis,
    useRedisPackage: true,
    keyPrefix: `rl:${options.keyPrefix}`,
    points: options.points,
    duration: options.durationSeconds,
    // While Redis is unreachable each instance still limits on its own, never unlimited.
    insuranceLimiter: memory,
  });
}

export class RateLimitedError extends Error {
  override name = "RateLimitedError";
  constructor(public readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} s.`);
  }
}

const secondsUntil = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Counts one attempt; throws RateLimitedError when the key is over its limit. */
export async function consume(limiter: RateLimiterAbstract, key: string, points = 1): Promise<void> {
  try {
    await limiter.consume(key, points);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new RateLimitedError(secondsUntil(error));
    throw error;
  }
}

/** Throws RateLimitedError when the key has used its points, without counting. */
export async function assertNotLimited(limiter: RateLimiterAbstract, key: string): Promise<void> {
  const res = await limiter.get(key);
  if (res && res.consumedPoints >= limiter.points) throw new RateLimitedError(secondsUntil(res));
}

export const limiters = {
  /** Every sign-in attempt from one address. */
  loginByIp: createLimiter({ keyPrefix: "login-ip", points: 30, durationSeconds: 15 * 60 }),
  /** Failed sign-ins against one account, whoever tries. */
  loginFailuresByAccount: createLimiter({ keyPrefix: "login-account", points: 10, durationSeconds: 15 * 60 }),
  /** New accounts from one address. */
  signupByIp: createLimiter({ keyPrefix: "signup-ip", points: 10, durationSeconds: 60 * 60 }),
  /** Wrong session passwords by one user, across sessions. */
  sessionPasswordByUser: createLimiter({ keyPrefix: "session-pw-user", points: 5, durationSeconds: 10 * 60 }),
  /** Wrong passwords against one session, whoever tries (many accounts cannot brute-force it). */
  sessionPasswordBySession: createLimiter({ keyPrefix: "session-pw-session", points: 20, durationSeconds: 10 * 60 }),
  /** Join attempts by one user. */
  joinByUser: createLimiter({ keyPrefix: "join-user", points: 60, durationSeconds: 60 }),
  /** Each Submit costs server CPU (a worker process per submission). */
  submitByUser: createLimiter({ keyPrefix: "submit-user", points: 60, durationSeconds: 60 }),
  /** Wrong current-password attempts on the account page. */
  passwordChangeByUser: createLimiter({ keyPrefix: "password-change", points: 5, durationSeconds: 15 * 60 }),
};
