import type http from "node:http";

import type { Logger } from "pino";

/**
 * On SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish,
 * run the cleanup steps, exit. A second signal or the deadline forces the exit.
 */
export function handleShutdown(
  server: http.Server,
  logger: Logger,
  steps: {
    /** Before the server stops listening: e.g. disconnect WebSockets, which would hold it open. */
    beforeClose?: Array<() => Promise<void> | void>;
    /** After in-flight requests have finished: e.g. close the database. */
    afterClose: Array<() => Promise<void> | void>;
  },
  deadlineMs = 10_000,
) {
  const run = async (list: Array<() => Promise<void> | void>) => {
    for (const step of list) {
      try {
        await step();
      } catch (error) {
        logger.error({ err: error }, "shutdown step failed");
      }
    }
  };
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    const timer = setTimeout(() => {
      logger.error("shutdown deadline passed: closing remaining connections");
      server.closeAllConnections();
      process.exit(1);
    }, deadlineMs);
    timer.unref();
    await run(steps.beforeClose ?? []);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await run(steps.afterClose);
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
