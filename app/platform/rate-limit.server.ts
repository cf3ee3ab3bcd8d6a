import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

import { getServices } from "~/composition.server";

/**
 * Named limiters. In-process memory by default; with REDIS_URL the counts live in Redis,
 * so every instance shares them. docs/security.md lists each one.
 *
 * A limited action always takes its point *before* the work it guards (a password
 * check, a write): taking it afterwards lets simultaneous requests all pass the check
 * while the count is still low.
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

/** "in 1 minute", "in 15 minutes": people read minutes, not "891 s". */
export function waitText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "in 1 minute" : `in ${minutes} minutes`;
}

export class RateLimitedError extends Error {
  override name = "RateLimitedError";
  constructor(
    public readonly retryAfterSeconds: number,
    reason = "Too many attempts.",
  ) {
    super(`${reason} Try again ${waitText(retryAfterSeconds)}.`);
  }
}

const secondsUntil = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Takes `points` from the key before the guarded work; throws RateLimitedError (with the
 * reason, said to the user) when the key has none left.
 */
export async function consume(
  limiter: RateLimiterAbstract,
  key: string,
  options: { points?: number; reason?: string } = {},
): Promise<void> {
  try {
    await limiter.consume(key, options.points ?? 1);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new RateLimitedError(secondsUntil(error), options.reason);
    throw error;
  }
}

/** Gives back a point taken by `consume` (a success that should not count against the key). */
export async function refund(limiter: RateLimiterAbstract, key: string, points = 1): Promise<void> {
  await limiter.reward(key, points).catch(() => undefined);
}

const MINUTE = 60;

export const limiters = {
  /** Every sign-in attempt from one address (slows one source down, whatever account it tries). */
  loginByIp: createLimiter({ keyPrefix: "login-ip", points: 30, durationSeconds: 15 * MINUTE }),
  /** Password checks against one account from devices it has not signed in on before, all together. */
  loginByAccount: createLimiter({ keyPrefix: "login-account", points: 10, durationSeconds: 15 * MINUTE }),
  /** Password checks from a device that has signed in to the account before (its own budget). */
  loginByTrustedDevice: createLimiter({ keyPrefix: "login-device", points: 10, durationSeconds: 15 * MINUTE }),
  /** New accounts from one address. */
  signupByIp: createLimiter({ keyPrefix: "signup-ip", points: 10, durationSeconds: 60 * MINUTE }),
  /** Session password checks by one user, across sessions. */
  sessionPasswordByUser: createLimiter({ keyPrefix: "session-pw-user", points: 5, durationSeconds: 10 * MINUTE }),
  /** Session password checks against one session from one address. */
  sessionPasswordBySessionAndIp: createLimiter({
    keyPrefix: "session-pw-session-ip",
    points: 10,
    durationSeconds: 10 * MINUTE,
  }),
  /** Session password checks against one session, whoever tries: a high backstop against many accounts. */
  sessionPasswordBySession: createLimiter({
    keyPrefix: "session-pw-session",
    points: 100,
    durationSeconds: 60 * MINUTE,
  }),
  /** Join attempts by one user. */
  joinByUser: createLimiter({ keyPrefix: "join-user", points: 60, durationSeconds: MINUTE }),
  /** New sessions by one user. */
  createSessionByUser: createLimiter({ keyPrefix: "create-session-user", points: 10, durationSeconds: 10 * MINUTE }),
  /** Current-password checks on the account page. */
  passwordChangeByUser: createLimiter({ keyPrefix: "password-change", points: 5, durationSeconds: 15 * MINUTE }),
  /** Stored submissions by one user. */
  submissionsByUser: createLimiter({ keyPrefix: "submissions-user", points: 30, durationSeconds: 10 * MINUTE }),
  /** Each Submit costs server CPU (a worker process per submission). */
  submitByUser: createLimiter({ keyPrefix: "submit-user", points: 60, durationSeconds: MINUTE }),
};
