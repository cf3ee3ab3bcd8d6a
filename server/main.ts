import http from "node:http";

import { createAdapter } from "@socket.io/redis-streams-adapter";
import type { ViteDevServer } from "vite";

import { adaptersOf, EnvError, getEnv } from "~/config/env.server";
import { startSessionExpiry } from "~/jobs/expire-sessions.server";
import { closeJudge, startJudge } from "~/modules/judge/server/judge-service.server";
import { getLogger } from "~/observability/logger.server";
import { closeRedis, connectRedis } from "~/realtime/redis-client.server";
import { closeStore, getStore } from "~/storage/index.server";
import { connectStreamToSessions } from "~/stream/stream-lifecycle.server";

import { createExpressApp } from "./express-app";
import { handleShutdown } from "./graceful-shutdown";
import { attachRealtime } from "./realtime/realtime-server";

export interface StartOptions {
  viteDevServer?: ViteDevServer;
}

/** Builds the HTTP server: Express + React Router now; realtime attaches to the same server. */
export async function startServer({ viteDevServer }: StartOptions = {}) {
  let env;
  try {
    env = getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = getLogger();
  const store = getStore();
  try {
    await store.ping();
  } catch (error) {
    const variable = store.kind === "mongodb" ? "MONGODB_URI" : "DATABASE_URL";
    console.error(
      `Invalid environment:\n  ${variable}: the database did not answer (${error instanceof Error ? error.message : String(error)})`,
    );
    process.exit(1);
  }
  const adapters = adaptersOf(env);
  logger.info({ adapters, storage: store.kind, mode: env.NODE_ENV }, "storage ready");

  const app = createExpressApp({ store, logger, trustProxy: env.TRUST_PROXY, viteDevServer });
  const server = http.createServer(app);
  let redis;
  try {
    redis = await connectRedis();
  } catch (error) {
    console.error(`Invalid environment:\n  ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  // With Redis, rooms (chat, presence, signaling) span every instance sharing it.
  const realtime = attachRealtime(server, logger, redis ? { adapter: createAdapter(redis) } : {});

  // Submit's judge: warm worker processes here, or the BullMQ queue when REDIS_URL is set.
  try {
    const judge = await startJudge(env, logger);
    logger.info({ judge: judge.kind }, "judge ready");
  } catch (error) {
    console.error(`The judge could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }

  connectStreamToSessions();
  // With Inngest, its cron runs the same job through /api/inngest; otherwise a timer here does.
  const stopExpiry = adapters.jobs === "inngest" ? () => {} : startSessionExpiry();

  handleShutdown(server, logger, {
    beforeClose: [stopExpiry, () => realtime.disconnectAll()],
    afterClose: [() => closeJudge(), () => viteDevServer?.close(), () => closeStore(), () => closeRedis()],
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
