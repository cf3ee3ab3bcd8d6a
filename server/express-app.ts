import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { ViteDevServer } from "vite";

import { createRequestContext } from "~/platform/http/request-info.server";
import type { Store } from "~/storage/store.server";

import { clientStatusOf, refuseMalformedPaths } from "./malformed-requests";
import { sameOriginWrites } from "./same-origin";
import { cspNonce, securityHeaders, staticSecurityHeaders } from "./security-headers";

export interface ExpressAppOptions {
  store: Store;
  logger: Logger;
  trustProxy: boolean;
  /** Present in development: Vite serves assets and compiles modules on demand. */
  viteDevServer?: ViteDevServer;
}

export function createExpressApp({ store, logger, trustProxy, viteDevServer }: ExpressAppOptions) {
  const production = !viteDevServer;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  app.use(compression());
  app.use(staticSecurityHeaders({ production }));
  app.use(refuseMalformedPaths);

  app.get("/healthz", async (_req, res) => {
    try {
      await store.ping();
      res.set("Cache-Control", "no-store").json({ status: "ok", database: "ok" });
    } catch (error) {
      logger.error({ err: error }, "health check failed");
      res.status(503).set("Cache-Control", "no-store").json({ status: "error", database: "unreachable" });
    }
  });

  // Pyodide is served by the app itself (no CDN), from the pinned npm package.
  const pyodideDir = path.dirname(createRequire(import.meta.url).resolve("pyodide/package.json"));
  app.use("/pyodide", express.static(pyodideDir, { maxAge: "7d", index: false }));

  if (viteDevServer) {
    app.use(viteDevServer.middlewares);
  } else {
    const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../client");
    // Fingerprinted assets never change; everything else in public/ may.
    app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
    // Python's browser snapshot, stored gzipped by the build; its name changes with what
    // makes it, so it is cached for good. Missing (the build had no Chromium): a 404.
    app.get("/python-snapshot/:file", (req, res, next) => {
      const file = path.join(clientDir, "python-snapshot", `${path.basename(req.params.file)}.gz`);
      res.sendFile(
        file,
        {
          headers: {
            "Content-Type": "application/octet-stream",
            "Content-Encoding": "gzip",
            "Cache-Control": "public, max-age=31536000, immutable",
          },
        },
        (error) => error && next(),
      );
    });
    app.use(express.static(clientDir, { maxAge: "1h", index: false }));
  }

  app.use(
    pinoHttp({
      logger,
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
      serializers: {
        req: (req: { method: string; url: string; id: unknown }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(cspNonce);
  app.use(securityHeaders({ production }));
  app.use(sameOriginWrites(trustProxy));

  const handlerFor = (build: Parameters<typeof createRequestHandler>[0]["build"]) =>
    createRequestHandler({
      build,
      mode: production ? "production" : "development",
      getLoadContext: (req, res: Response) =>
        createRequestContext({
          cspNonce: res.locals.cspNonce as string,
          clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown",
        }),
    });
  const loadBuild = () => import("virtual:react-router/server-build");
  // In development the build is a function, so every request sees Vite's latest modules.
  // In production it is the loaded build itself: given a function, React Router rebuilds
  // its route table on every request (a fourteenth of a page's CPU).
  let productionHandler: Promise<RequestHandler> | null = null;
  app.all(
    "*splat",
    production
      ? (req, res, next) => {
          productionHandler ??= loadBuild().then((build) => handlerFor(build));
          productionHandler.then((handler) => handler(req, res, next), next);
        }
      : handlerFor(loadBuild),
  );

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    // Errors that carry a client status (a body that cannot be parsed, a bad parameter) are answered as such.
    const status = clientStatusOf(error);
    if (status && !res.headersSent) {
      res.status(status).type("text/plain").send("Bad request: this address or form could not be read.");
      return;
    }
    logger.error({ err: error }, "unhandled request error");
    if (res.headersSent) return;
    res.status(500).type("text/plain").send("Something went wrong on our side. Please try again.");
  };
  app.use(onError);
  return app;
}
