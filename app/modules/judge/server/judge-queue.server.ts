import os from "node:os";

import { createNodeRedisClient, type Job, Queue, QueueEvents, Worker } from "bullmq";
import type { Logger } from "pino";
import { createClient } from "redis";

import type { RunSummary } from "~/modules/judge/types";

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

/**
 * One node-redis client per BullMQ object. BullMQ leaves connections it was handed open
 * (and duplicates them for blocking commands), so every client made here is tracked and
 * closed with `close()`; their errors (Redis going away) are logged, not thrown.
 */
export function openConnection(url: string, logger?: Logger) {
  type Client = ReturnType<typeof createClient>;
  const clients: Client[] = [];
  const track = (client: Client): Client => {
    clients.push(client);
    client.on("error", (error: unknown) => logger?.warn({ err: error }, "judge queue: Redis connection error"));
    const duplicate = client.duplicate.bind(client);
    client.duplicate = ((...args: Parameters<Client["duplicate"]>) =>
      track(duplicate(...args) as Client)) as Client["duplicate"];
    return client;
  };
  return {
    connection: createNodeRedisClient(track(createClient({ url }))),
    async close() {
      await Promise.all(clients.map((c) => (c.isOpen ? c.quit().catch(() => c.destroy()) : undefined)));
    },
  };
}

export class QueueJudge implements Judge {
  readonly kind = "queue" as const;

  private constructor(
    private readonly queue: Queue,
    private readonly events: QueueEvents,
    private readonly timeoutMs: number,
    private readonly connections: Array<{ close(): Promise<void> }>,
  ) {}

  static async start(options: { redisUrl: string; timeoutMs?: number; logger?: Logger }): Promise<QueueJudge> {
    const forQueue = openConnection(options.redisUrl, options.logger);
    const forEvents = openConnection(options.redisUrl, options.logger);
    const queue = new Queue(JUDGE_QUEUE, { connection: forQueue.connection });
    const events = new QueueEvents(JUDGE_QUEUE, { connection: forEvents.connection });
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    options.logger?.info({ queue: JUDGE_QUEUE }, "submissions are judged through BullMQ (run `npm run judge-worker`)");
    return new QueueJudge(queue, events, options.timeoutMs ?? DEFAULT_QUEUE_TIMEOUT_MS, [forQueue, forEvents]);
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
    await Promise.all(this.connections.map((c) => c.close()));
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
  const redis = openConnection(options.redisUrl, options.logger);
  const worker = new Worker(
    JUDGE_QUEUE,
    async (job: Job) => {
      const request = JudgeRequestSchema.parse(job.data) as JudgeRequest;
      return await options.judge.judge(request);
    },
    {
      connection: redis.connection,
      concurrency: options.concurrency,
      // Stored on each job as processedBy: which machine and process judged it.
      name: `${os.hostname()}:${process.pid}`,
    },
  );
  worker.on("failed", (job, error) => options.logger?.error({ err: error, jobId: job?.id }, "judge job failed"));
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      await redis.close();
    },
  };
}
