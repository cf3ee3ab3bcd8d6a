import http from "node:http";

import { createAdapter } from "@socket.io/redis-streams-adapter";
import type { ViteDevServer } from "vite";

import { redisSocketSlots } from "~/adapters/redis/redis-socket-slots.server";
import { closeServices, getServices } from "~/composition.server";
import { closeJudge, startJudge } from "~/modules/judge/server/judge-service.server";
import { startSchedulingTicks } from "~/modules/scheduling/scheduling-jobs.server";
import { startSessionExpiry } from "~/modules/sessions/expire-sessions.server";
import { EnvError } from "~/platform/env.server";
import { getLogger } from "~/platform/logger.server";
import { MAX_SOCKETS_PER_USER } from "~/platform/realtime/event-limits";
import { attachRealtime } from "~/platform/realtime/realtime-server";

import { createExpressApp } from "./express-app";
import { handleShutdown } from "./graceful-shutdown";

export interface StartOptions {
  viteDevServer?: ViteDevServer;
}

/** Builds the HTTP server: Express + React Router now; realtime attaches to the same server. */
export async function startServer({ viteDevServer }: StartOptions = {}) {
  let services;
  try {
    services = getServices();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { env, adapters } = services;
  const logger = getLogger();
  const store = services.store;
  try {
    await store.ping();
  } catch (error) {
    const variable = store.kind === "mongodb" ? "MONGODB_URI" : "DATABASE_URL";
    console.error(
      `Invalid environment:\n  ${variable}: the database did not answer (${error instanceof Error ? error.message : String(error)})`,
    );
    process.exit(1);
  }
  logger.info({ adapters, storage: store.kind, mode: env.NODE_ENV, listeners: services.events.size }, "storage ready");

  const app = createExpressApp({ store, logger, trustProxy: env.TRUST_PROXY, viteDevServer });
  const server = http.createServer(app);
  let redis;
  try {
    redis = await services.redis?.ready();
  } catch (error) {
    console.error(`Invalid environment:\n  ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  // With Redis, rooms (chat, presence, signaling) and the cap on sockets per user span
  // every instance sharing it.
  const realtime = attachRealtime(
    server,
    logger,
    redis
      ? { adapter: createAdapter(redis), socketSlots: redisSocketSlots(redis, { max: MAX_SOCKETS_PER_USER, logger }) }
      : {},
  );

  // Submit's judge: warm worker processes here, or the BullMQ queue when REDIS_URL is set.
  try {
    const judge = await startJudge(env, logger);
    logger.info({ judge: judge.kind }, "judge ready");
  } catch (error) {
    console.error(`The judge could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }

  // With Inngest, its cron runs the same job through /api/inngest; otherwise a timer here does.
  const stopExpiry = adapters.jobs === "inngest" ? () => {} : startSessionExpiry();
  // The scheduler (reminders, openings, no-shows, weekly slots) keeps its state in storage:
  // a restart resumes where it stopped.
  const stopScheduling =
    adapters.jobs === "inngest" ? () => {} : startSchedulingTicks(env.SCHEDULING_TICK_SECONDS * 1000);
  if (env.SCHEDULING_TEST_TRIGGER) logger.warn("SCHEDULING_TEST_TRIGGER is on: /api/test/scheduling-tick exists");

  handleShutdown(server, logger, {
    beforeClose: [stopExpiry, stopScheduling, () => realtime.disconnectAll()],
    afterClose: [
      () => closeJudge(),
      () => viteDevServer?.close(),
      async () => {
        await closeServices();
        logger.info("store closed");
      },
    ],
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.HOST, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  logger.info({ port }, `PeerPrep listening on http://localhost:${port}`);
  return server;
}
