import pino from "pino";

import { JudgePool } from "~/modules/judge/server/judge-pool.server";
import { startQueueWorkers } from "~/modules/judge/server/judge-queue.server";
import { EnvError, parseJudgeWorkerEnv } from "~/platform/env.server";

/**
 * `npm run judge-worker`: judges submissions from the app's BullMQ queue, on any machine
 * that reaches the same Redis (REDIS_URL). Each job runs in this machine's own pool of
 * locked-down worker processes; start as many of these as there are cores to spare.
 */
let env;
try {
  env = parseJudgeWorkerEnv();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const logger = pino({ level: env.LOG_LEVEL });
const pool = await JudgePool.start({
  concurrency: env.JUDGE_CONCURRENCY,
  spares: { js: env.JUDGE_SPARE_WORKERS, python: env.JUDGE_SPARE_WORKERS },
  production: env.NODE_ENV === "production",
  logger,
});
const workers = await startQueueWorkers({
  redisUrl: env.REDIS_URL,
  judge: pool,
  concurrency: env.JUDGE_CONCURRENCY,
  logger,
});
logger.info({ concurrency: env.JUDGE_CONCURRENCY, pid: process.pid }, "judge worker ready");

let stopping = false;
async function stop(signal: NodeJS.Signals) {
  if (stopping) process.exit(1);
  stopping = true;
  logger.info({ signal }, "judge worker stopping: finishing the jobs in hand");
  await workers.close();
  await pool.close();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
