import crypto from "node:crypto";

import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";

/** A fresh nonce per request, for React Router's inline scripts. */
export function cspNonce(_req: Request, res: Response, next: NextFunction) {
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
}

/**
 * Security headers for documents. The policy allows Monaco (inline styles, blob workers)
 * and same-origin workers, WebSockets and media, and nothing from other origins.
 */
export function securityHeaders({ production }: { production: boolean }) {
  return helmet({
    contentSecurityPolicy: production
      ? {
          useDefaults: false,
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: [
              "'self'",
              (_req, res) => `'nonce-${(res as Response).locals.cspNonce as string}'`,
              "'wasm-unsafe-eval'",
            ],
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", "data:", "blob:"],
            fontSrc: ["'self'", "data:"],
            connectSrc: ["'self'"],
            mediaSrc: ["'self'", "blob:", "mediastream:"],
            workerSrc: ["'self'", "blob:"],
            objectSrc: ["'none'"],
            baseUri: ["'self'"],
            formAction: ["'self'"],
            frameAncestors: ["'none'"],
          },
        }
      : false,
    ...commonHeaders(production),
  });
}

/** What every answer carries, documents or not. DENY agrees with frame-ancestors 'none'. */
const commonHeaders = (production: boolean) =>
  ({
    // Off so workers and media keep working; nothing cross-origin is embedded anyway.
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "same-origin" },
    xFrameOptions: { action: "deny" },
    strictTransportSecurity: production ? undefined : false,
  }) as const;

/**
 * Headers for static files, /pyodide and /healthz: everything but the CSP. A worker
 * script's own CSP would govern the worker, and the judge's worker compiles the user's
 * code with `new Function`; the page's CSP still governs what loads it.
 */
export function staticSecurityHeaders({ production }: { production: boolean }) {
  return helmet({ contentSecurityPolicy: false, ...commonHeaders(production) });
}
