import type { NextFunction, Request, Response } from "express";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests whose Origin is another site. SameSite=Lax cookies
 * already stop most cross-site posts; this closes the rest (e.g. same-site subdomains).
 */
export function sameOriginWrites(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const origin = req.get("origin");
  if (!origin || origin === "null") return next();
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    res.status(403).type("text/plain").send("Cross-origin request refused");
    return;
  }
  const host = req.get("x-forwarded-host") ?? req.get("host");
  if (originHost !== host) {
    res.status(403).type("text/plain").send("Cross-origin request refused");
    return;
  }
  next();
}
