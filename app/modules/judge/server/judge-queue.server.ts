import { createNodeRedisClient, type Job, Queue, QueueEvents, Worker } from "bullmq";
import type { Logger } from "pino";
import { createClient } from "redis";

import type { RunSummary } from "~/judge/types";

import { JudgeRequestSchema, RunSummarySchema } from "./judge-schemas.server";
import { type Judge, type JudgeRequest, JudgeUnavailableError } from "./judge-types.server";

/**
 * Submit across machines: the app puts each submission on a BullMQ queue in Redis and
 * waits for its verdict; `npm run judge-worker` processes, anywhere that reaches the same
 * Redis, take jobs and judge them in their own worker pools. The comparison runs in those
 * processes (never in the sandboxed workers), and the app checks the verdict's shape.
 */

export const JUDGE_QUEUE = "peerprep-judge";
/** How long the app waits for a verdict before telling the user the judge is busy. */
export const DEFAULT_QUEUE_TIMEOUT_MS = 120_000;

const connectionFor = (url: string) => createNodeRedisClient(createClient({ url }));

export class QueueJudge implements Judge {
  readonly kind = "queue" as const;

  private constructor(
    private readonly queue: Queue,
    private readonly events: QueueEvents,
    private readonly timeoutMs: number,
  ) {}

  static async start(options: { redisUrl: string; timeoutMs?: number; logger?: Logger }): Promise<QueueJudge> {
    const queue = new Queue(JUDGE_QUEUE, { connection: connectionFor(options.redisUrl) });
    const events = new QueueEvents(JUDGE_QUEUE, { connection: connectionFor(options.redisUrl) });
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    options.logger?.info({ queue: JUDGE_QUEUE }, "submissions are judged through BullMQ (run `npm run judge-worker`)");
    return new QueueJudge(queue, events, options.timeoutMs ?? DEFAULT_QUEUE_TIMEOUT_MS);
  }

  async judge(request: JudgeRequest): Promise<RunSummary> {
    const job = await this.queue.add("submission", request, {
      removeOnComplete: { age: 3600, count: 1000 },
      removeOnFail: { age: 24 * 3600 },
      attempts: 1,
    });
    let result: unknown;
    try {
      result = await job.waitUntilFinished(this.events, this.timeoutMs);
    } catch (error) {
      // Not judged in time (no worker running, or all busy): the job must not run later for nobody.
      await job.remove().catch(() => {});
      throw new JudgeUnavailableError(
        `the judge did not answer: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return RunSummarySchema.parse(result) as RunSummary;
  }

  async close(): Promise<void> {
    await this.events.close();
    await this.queue.close();
  }
}

export interface JudgeWorkers {
  close(): Promise<void>;
}

/** Takes submissions from the queue and judges them with `judge` (a worker pool). */
export async function startQueueWorkers(options: {
  redisUrl: string;
  judge: Judge;
  concurrency: number;
  logger?: Logger;
}): Promise<JudgeWorkers> {
  const worker = new Worker(
    JUDGE_QUEUE,
    async (job: Job) => {
      const request = JudgeRequestSchema.parse(job.data) as JudgeRequest;
      return await options.judge.judge(request);
    },
    { connection: connectionFor(options.redisUrl), concurrency: options.concurrency },
  );
  worker.on("failed", (job, error) => options.logger?.error({ err: error, jobId: job?.id }, "judge job failed"));
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
    },
  };
}
