import type { NextFunction, Request, RequestHandler, Response } from "express";

import { originMatches, requestHost } from "~/platform/http/origin";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests whose Origin is another site. SameSite=Lax cookies
 * already stop most cross-site posts; this closes the rest (e.g. same-site subdomains).
 */
export function sameOriginWrites(trustProxy: boolean): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.get("origin");
    if (!origin || origin === "null") return next();
    if (!originMatches(origin, requestHost(req.headers, trustProxy))) {
      res.status(403).type("text/plain").send("Cross-origin request refused");
      return;
    }
    next();
  };
}
