import type http from "node:http";
import type net from "node:net";

import type { Logger } from "pino";

/**
 * On SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish,
 * run the cleanup steps, exit. A second signal or the deadline forces the exit.
 *
 * Connections with no request in flight (idle keep-alive, or a client that opened one
 * and sent no complete headers, e.g. a slow or half-open one) are destroyed at once:
 * nothing is lost, and otherwise one of them holds the process until the deadline.
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

  // Per connection: requests in flight (from complete headers on), whether it ever
  // carried one, and when it was accepted.
  const connections = new Map<net.Socket, { inFlight: number; served: boolean; since: number }>();
  let stopping = false;
  server.on("connection", (socket: net.Socket) => {
    connections.set(socket, { inFlight: 0, served: false, since: Date.now() });
    socket.once("close", () => connections.delete(socket));
  });
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    const socket = req.socket;
    const state = connections.get(socket);
    if (state) {
      state.inFlight++;
      state.served = true;
    }
    res.once("close", () => {
      if (state) state.inFlight = Math.max(0, state.inFlight - 1);
    });
  });
  /**
   * Idle keep-alive connections go at once. One that has not sent complete headers yet
   * goes once it is HEADERS_GRACE_MS old: a client that just connected is given the
   * moment its headers need to arrive; a slow or silent one is not waited for.
   */
  const HEADERS_GRACE_MS = 1_000;
  const destroyIdle = () => {
    let destroyed = 0;
    const now = Date.now();
    for (const [socket, state] of connections) {
      if (state.inFlight > 0) continue;
      const wait = state.served ? 0 : HEADERS_GRACE_MS - (now - state.since);
      if (wait <= 0) {
        socket.destroy();
        destroyed++;
      } else {
        setTimeout(() => {
          if (connections.get(socket)?.inFlight === 0) socket.destroy();
        }, wait).unref();
      }
    }
    return destroyed;
  };

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
      // The store is still closed (its last writes flushed) before the forced exit.
      void run(steps.afterClose).finally(() => process.exit(1));
    }, deadlineMs);
    timer.unref();
    await run(steps.beforeClose ?? []);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Node closes idle keep-alive connections itself, and answers with Connection: close from now on.
      server.closeIdleConnections();
      const destroyed = destroyIdle();
      if (destroyed) logger.info({ connections: destroyed }, "closed connections with no request in flight");
    });
    await run(steps.afterClose);
    clearTimeout(timer);
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
