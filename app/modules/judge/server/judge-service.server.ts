import type { Logger } from "pino";

import { type Env, getEnv } from "~/platform/env.server";
import { getLogger } from "~/platform/logger.server";

import { JudgePool } from "./judge-pool.server";
import { QueueJudge } from "./judge-queue.server";
import type { Judge } from "./judge-types.server";

/**
 * The one place that decides where Submit is judged, from validated env: with REDIS_URL,
 * through BullMQ to `npm run judge-worker` processes; without it, in a pool of this app's
 * own child processes. Meant for the composition root; `getJudge()` holds the app's one.
 */
export async function createJudge(env: Env, logger?: Logger): Promise<Judge> {
  if (env.REDIS_URL) return QueueJudge.start({ redisUrl: env.REDIS_URL, logger });
  return JudgePool.start({
    concurrency: env.JUDGE_CONCURRENCY,
    spares: { js: env.JUDGE_SPARE_WORKERS, python: env.JUDGE_SPARE_WORKERS },
    production: env.NODE_ENV === "production",
    logger,
  });
}

let current: Promise<Judge> | null = null;

/** The app's judge: the one start-up made, or (in tests of routes) one made on first use. */
export function getJudge(): Promise<Judge> {
  current ??= createJudge(getEnv(), getLogger());
  return current;
}

/** Start-up: make the judge now, so workers are warm before the first Submit. */
export function startJudge(env: Env, logger: Logger): Promise<Judge> {
  current ??= createJudge(env, logger);
  return current;
}

export async function closeJudge(): Promise<void> {
  const closing = current;
  current = null;
  if (closing) await (await closing).close();
}
