import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { z } from "zod";

/**
 * The one place that reads process.env. Everything is validated at start-up so a
 * misconfiguration stops the server with a message naming the variable.
 */
const booleanish = z.enum(["true", "false", "1", "0", ""]).transform((v) => v === "true" || v === "1");

const IceServerSchema = z.object({
  urls: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  username: z.string().optional(),
  credential: z.string().optional(),
});

/** ICE_SERVERS: a JSON array of RTCIceServer objects. Empty (the default) works on one network. */
const IceServersSchema = z
  .string()
  .default("[]")
  .transform((text, ctx) => {
    try {
      return JSON.parse(text || "[]") as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: 'must be JSON, e.g. [{"urls":"stun:stun.example.org:3478"}]' });
      return z.NEVER;
    }
  })
  .pipe(z.array(IceServerSchema, { error: 'must be a JSON array of {"urls": …} objects' }));

/** An unset or empty variable is "not configured". */
const optionalText = z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().min(1).optional());

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, "must be a SQLite file URL such as file:./data/peerprep.db")
    .default("file:./data/peerprep.db"),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: booleanish.default(false),
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
  LOGIN_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  COOKIE_SECURE: booleanish.optional(),
  ICE_SERVERS: IceServersSchema,
  /** Sessions nobody has been present in for this long are ended. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(10),
  /** Sessions still waiting for a partner after this long are ended. */
  SESSION_WAITING_MAX_HOURS: z.coerce.number().min(0.1).max(72).default(3),
  /** Set by `npm start` (server.js --local): a production build on one machine may use a generated secret. */
  ALLOW_GENERATED_SECRET: booleanish.default(false),

  // Hosted adapters: each one switches on when its variables are set (see README).
  MONGODB_URI: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^mongodb(\+srv)?:\/\/.+/, "must be a MongoDB connection string (mongodb:// or mongodb+srv://)")
      .optional(),
  ),
  CLERK_PUBLISHABLE_KEY: optionalText.pipe(
    z
      .string()
      .regex(/^pk_(test|live)_/, "must be a Clerk publishable key (pk_test_… or pk_live_…)")
      .optional(),
  ),
  CLERK_SECRET_KEY: optionalText.pipe(
    z
      .string()
      .regex(/^sk_(test|live)_/, "must be a Clerk secret key (sk_test_… or sk_live_…)")
      .optional(),
  ),
  /** PEM public key from Clerk's dashboard: verifies session tokens without a network call. */
  CLERK_JWT_KEY: optionalText,
  /** Signing secret of the Clerk webhook endpoint (whsec_…). */
  CLERK_WEBHOOK_SIGNING_SECRET: optionalText,
  STREAM_API_KEY: optionalText,
  STREAM_API_SECRET: optionalText,
  INNGEST_EVENT_KEY: optionalText,
  INNGEST_SIGNING_KEY: optionalText,
  /** Talk to a local Inngest dev server instead of Inngest Cloud (no keys needed). */
  INNGEST_DEV: booleanish.default(false),
  /** Submissions the server judges at once (each in its own worker process). */
  JUDGE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Judge worker processes kept started and waiting, per language (JavaScript, Python). */
  JUDGE_SPARE_WORKERS: z.coerce.number().int().min(0).max(16).default(1),
  /** Outgoing mail over SMTP (smtp:// or smtps://user:pass@host:port); unset: messages go to the local outbox. */
  SMTP_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^smtps?:\/\/.+/, "must be an SMTP URL (smtp:// or smtps://)")
      .optional(),
  ),
  /** The sender of every message, e.g. "PeerPrep <no-reply@example.org>". */
  MAIL_FROM: optionalText,
  /** The public address links in mail point to (never taken from a request's Host header). */
  APP_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://peerprep.example.org" }).optional(),
  ),
  REDIS_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^rediss?:\/\/.+/, "must be a Redis URL (redis:// or rediss://)")
      .optional(),
  ),
});

/** Variables that only make sense together: one without the other stops start-up. */
const PAIRS = [
  ["CLERK_PUBLISHABLE_KEY", "CLERK_SECRET_KEY"],
  ["STREAM_API_KEY", "STREAM_API_SECRET"],
  ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"],
  ["SMTP_URL", "MAIL_FROM"],
] as const;

export type Env = Omit<z.infer<typeof EnvSchema>, "COOKIE_SECURE"> & {
  SESSION_SECRET: string;
  /** Secure cookies: on in production unless COOKIE_SECURE=false. */
  COOKIE_SECURE: boolean;
};

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const missing = PAIRS.flatMap(([a, b]) => {
    if (env[a] && !env[b]) return [`  ${b}: required because ${a} is set (set both, or neither)`];
    if (env[b] && !env[a]) return [`  ${a}: required because ${b} is set (set both, or neither)`];
    return [];
  });
  if (env.SMTP_URL && !env.APP_URL) {
    missing.push("  APP_URL: required because SMTP_URL is set (links in mail must name the public address)");
  }
  if (missing.length) throw new EnvError(`Invalid environment:\n${missing.join("\n")}`);
  let secret = env.SESSION_SECRET;
  if (!secret) {
    if (env.NODE_ENV === "production" && !env.ALLOW_GENERATED_SECRET) {
      throw new EnvError(
        "Invalid environment:\n  SESSION_SECRET: required in production (at least 32 random characters, e.g. `openssl rand -hex 32`)",
      );
    }
    secret = readOrCreateDevSecret(env.DATA_DIR);
  }
  return {
    ...env,
    SESSION_SECRET: secret,
    COOKIE_SECURE: env.COOKIE_SECURE ?? env.NODE_ENV === "production",
  };
}

/** In development a generated secret is kept under DATA_DIR so logins survive restarts. */
function readOrCreateDevSecret(dataDir: string): string {
  const file = path.resolve(dataDir, "session-secret");
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // Not there yet: create it below.
  }
  const secret = crypto.randomBytes(32).toString("hex");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export interface Adapters {
  storage: "sqlite" | "mongodb";
  auth: "builtin" | "clerk";
  /** Chat, video and screen share. */
  media: "builtin" | "stream";
  jobs: "in-process" | "inngest";
  /** Socket.IO rooms and rate limits across instances. */
  fanout: "in-process" | "redis";
  /** Where mail goes: an SMTP server, or the local outbox shown at /dev/outbox. */
  mail: "smtp" | "outbox";
  /** Where Submit is judged: worker processes of this app, or workers behind a BullMQ queue. */
  judge: "worker-pool" | "bullmq";
}

/** Which implementation each seam uses, decided once from validated env. */
export function adaptersOf(env: Env): Adapters {
  return {
    storage: env.MONGODB_URI ? "mongodb" : "sqlite",
    auth: env.CLERK_SECRET_KEY ? "clerk" : "builtin",
    media: env.STREAM_API_KEY ? "stream" : "builtin",
    jobs: env.INNGEST_SIGNING_KEY || env.INNGEST_DEV ? "inngest" : "in-process",
    fanout: env.REDIS_URL ? "redis" : "in-process",
    judge: env.REDIS_URL ? "bullmq" : "worker-pool",
    mail: env.SMTP_URL ? "smtp" : "outbox",
  };
}

/** What `npm run judge-worker` needs: the queue's Redis and its pool's size, no secrets. */
const JudgeWorkerEnvSchema = EnvSchema.pick({
  NODE_ENV: true,
  LOG_LEVEL: true,
  JUDGE_CONCURRENCY: true,
  JUDGE_SPARE_WORKERS: true,
}).extend({
  REDIS_URL: z
    .string({ error: "required: the Redis the app's queue uses (redis://…)" })
    .regex(/^rediss?:\/\/.+/, "must be a Redis URL (redis:// or rediss://)"),
});
export type JudgeWorkerEnv = z.infer<typeof JudgeWorkerEnvSchema>;

export function parseJudgeWorkerEnv(source: NodeJS.ProcessEnv = process.env): JudgeWorkerEnv {
  const result = JudgeWorkerEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}

/** The origin links in mail use: APP_URL, or this machine for the embedded outbox. */
export function appUrl(env: Env): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

/** The SQLite file path from DATABASE_URL (`file:./data/x.db` → `./data/x.db`). */
export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}
