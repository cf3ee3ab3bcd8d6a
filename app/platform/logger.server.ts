import { pino } from "pino";

import { getEnv } from "~/platform/env.server";

/** Paths that must never reach a log line, whatever logs them. */
export const REDACTED_PATHS = [
  "password",
  "*.password",
  "passwordHash",
  "*.passwordHash",
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "SESSION_SECRET",
  "*.SESSION_SECRET",
];

let logger: pino.Logger | undefined;

export function getLogger(): pino.Logger {
  if (!logger) {
    const env = getEnv();
    logger = pino({
      level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    });
  }
  return logger;
}
