import { execFileSync } from "node:child_process";
import fs from "node:fs";

import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { JUDGE_QUEUE, openConnection, QueueJudge } from "~/modules/judge/server/judge-queue.server";
import { judgeTestsOf } from "~/modules/judge/server/submit.server";
import { getProblem } from "~/modules/problems/problem-bank.server";

import { type Child, freePort, startChild, tsNode } from "../support/child-server";

/**
 * Submit across machines: a real redis-server, two `npm run judge-worker` processes, and
 * the app's queue judge. Every submission gets the verdict its code deserves, and both
 * workers take a share.
 */
const redisServer = (() => {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"]).toString().trim();
  } catch {
    return "";
  }
})();
if (!redisServer) console.warn("skipped: redis-server not installed (apt-get install redis-server)");

describe.skipIf(!redisServer)("judging through BullMQ with two judge workers", () => {
  let redis: Child;
  const workers: Child[] = [];
  let redisUrl = "";
  let judge: QueueJudge;

  beforeAll(async () => {
    const redisPort = await freePort();
    redis = await startChild(
      redisServer,
      ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      "Ready to accept connections",
    );
    redisUrl = `redis://127.0.0.1:${redisPort}`;
    const env = { REDIS_URL: redisUrl, JUDGE_CONCURRENCY: "1", JUDGE_SPARE_WORKERS: "1", LOG_LEVEL: "info" };
    for (let i = 0; i < 2; i++) {
      const [command, args] = tsNode("server/judge-worker.ts");
      workers.push(await startChild(command, args, "judge worker ready", env, 120_000));
    }
    judge = await QueueJudge.start({ redisUrl, timeoutMs: 120_000 });
  }, 240_000);

  afterAll(async () => {
    await judge?.close();
    for (const child of workers) child.process.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.exited));
    redis?.process.kill("SIGKILL");
  }, 60_000);

  it("judges every submission, on both workers, with the right verdicts", async () => {
    const problem = getProblem("two-sum")!;
    const right = fs.readFileSync("content/problems/two-sum/solution.js", "utf8");
    const codes = [right, "function twoSum() { return [0, 0]; }", right, "function twoSum( {", right, right];
    const summaries = await Promise.all(
      codes.map((code) =>
        judge.judge({ language: "javascript", code, spec: problem.spec, tests: judgeTestsOf(problem) }),
      ),
    );
    expect(summaries.map((s) => s.verdict)).toEqual([
      "Accepted",
      "Wrong Answer",
      "Accepted",
      "Compile Error",
      "Accepted",
      "Accepted",
    ]);
    const redis = openConnection(redisUrl);
    const queue = new Queue(JUDGE_QUEUE, { connection: redis.connection });
    try {
      const done = await queue.getJobs(["completed"]);
      expect(done).toHaveLength(codes.length);
      expect(new Set(done.map((job) => job.processedBy)).size).toBe(2);
    } finally {
      await queue.close();
      await redis.close();
    }
  }, 180_000);

  it("refuses a job that is not a submission (the worker checks what it takes)", async () => {
    const redis = openConnection(redisUrl);
    const queue = new Queue(JUDGE_QUEUE, { connection: redis.connection });
    try {
      const job = await queue.add("submission", { language: "cobol", code: 1 });
      const failed = await new Promise<string>((resolve) => {
        const poll = setInterval(async () => {
          const state = await job.getState();
          if (state === "failed") {
            clearInterval(poll);
            resolve((await queue.getJob(job.id!))?.failedReason ?? "");
          }
        }, 200);
      });
      expect(failed).toMatch(/language|code/);
    } finally {
      await queue.close();
      await redis.close();
    }
  }, 60_000);
});
