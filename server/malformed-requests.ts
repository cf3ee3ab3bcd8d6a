import type { NextFunction, Request, Response } from "express";

/**
 * A path whose percent-encoding does not decode (`/%`, `/problems/%ZZ`, overlong UTF-8
 * such as `/%c0%ae%c0%ae/`) names no page: 400 here, before routers try to decode it
 * and throw a URIError (a 500).
 */
export function refuseMalformedPaths(req: Request, res: Response, next: NextFunction) {
  try {
    decodeURIComponent(req.path);
  } catch {
    res.status(400).type("text/plain").send("Bad request: this address is not valid.");
    return;
  }
  next();
}

/** The 4xx status an error carries (body-parser, router and http-errors style), if any. */
export function clientStatusOf(error: unknown): number | null {
  if (error instanceof URIError) return 400;
  if (!error || typeof error !== "object") return null;
  const status =
    (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === "number" && status >= 400 && status < 500 ? status : null;
}
