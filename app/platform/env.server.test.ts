import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { adaptersOf, EnvError, parseEnv } from "~/platform/env.server";

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "peerprep-env-"));

describe("parseEnv", () => {
  it("applies documented defaults", () => {
    const env = parseEnv({ DATA_DIR: tempDir() });
    expect(env).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      DATABASE_URL: "file:./data/peerprep.db",
      COOKIE_SECURE: false,
    });
  });

  it("reads ICE servers from JSON", () => {
    const env = parseEnv({
      DATA_DIR: tempDir(),
      ICE_SERVERS: '[{"urls":"turn:turn.example:3478","username":"u","credential":"c"}]',
    });
    expect(env.ICE_SERVERS).toEqual([{ urls: "turn:turn.example:3478", username: "u", credential: "c" }]);
    expect(parseEnv({ DATA_DIR: tempDir() }).ICE_SERVERS).toEqual([]);
  });

  it("requires SESSION_SECRET in production, naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATA_DIR: tempDir() })).toThrowError(
      /SESSION_SECRET: required in production/,
    );
  });

  it("uses secure cookies in production", () => {
    const env = parseEnv({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(32) });
    expect(env.COOKIE_SECURE).toBe(true);
  });

  it("persists a generated development secret so logins survive restarts", () => {
    const dir = tempDir();
    const first = parseEnv({ DATA_DIR: dir }).SESSION_SECRET;
    const second = parseEnv({ DATA_DIR: dir }).SESSION_SECRET;
    expect(first).toHaveLength(64);
    expect(second).toBe(first);
    expect(fs.statSync(path.join(dir, "session-secret")).mode & 0o077).toBe(0);
  });

  it("lets `npm start` (ALLOW_GENERATED_SECRET) run a production build without a configured secret", () => {
    const env = parseEnv({ NODE_ENV: "production", ALLOW_GENERATED_SECRET: "true", DATA_DIR: tempDir() });
    expect(env.SESSION_SECRET).toHaveLength(64);
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ DATABASE_URL: "postgres://x" }, "DATABASE_URL"],
    [{ SESSION_SECRET: "short" }, "SESSION_SECRET"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ ICE_SERVERS: "not json" }, "ICE_SERVERS"],
    [{ ICE_SERVERS: '[{"url":"stun:x"}]' }, "ICE_SERVERS"],
    [{ SMTP_URL: "mail.example.org" }, "SMTP_URL"],
    [{ APP_URL: "javascript:alert(1)" }, "APP_URL"],
  ])("reports %o clearly", (source, name) => {
    expect(() => parseEnv({ DATA_DIR: tempDir(), ...source })).toThrowError(EnvError);
    expect(() => parseEnv({ DATA_DIR: tempDir(), ...source })).toThrowError(new RegExp(`${name}[.:]`));
  });

  it("uses the embedded default for every seam when nothing hosted is configured", () => {
    expect(adaptersOf(parseEnv({ DATA_DIR: tempDir(), CLERK_SECRET_KEY: "", MONGODB_URI: "" }))).toEqual({
      storage: "sqlite",
      auth: "builtin",
      media: "builtin",
      jobs: "in-process",
      fanout: "in-process",
      judge: "worker-pool",
      mail: "outbox",
    });
  });

  it("switches each seam on from its variables", () => {
    const env = parseEnv({
      DATA_DIR: tempDir(),
      MONGODB_URI: "mongodb://localhost:27017/peerprep",
      CLERK_PUBLISHABLE_KEY: "pk_test_abc",
      CLERK_SECRET_KEY: "sk_test_abc",
      STREAM_API_KEY: "key",
      STREAM_API_SECRET: "secret",
      INNGEST_EVENT_KEY: "evt",
      INNGEST_SIGNING_KEY: "signkey-test-abc",
      REDIS_URL: "redis://127.0.0.1:6379",
      SMTP_URL: "smtp://mail.example.org:587",
      MAIL_FROM: "PeerPrep <no-reply@example.org>",
      APP_URL: "https://peerprep.example.org",
    });
    expect(adaptersOf(env)).toEqual({
      storage: "mongodb",
      auth: "clerk",
      media: "stream",
      jobs: "inngest",
      fanout: "redis",
      judge: "bullmq",
      mail: "smtp",
    });
  });

  it.each([
    [{ CLERK_PUBLISHABLE_KEY: "pk_test_abc" }, "CLERK_SECRET_KEY"],
    [{ CLERK_SECRET_KEY: "sk_test_abc" }, "CLERK_PUBLISHABLE_KEY"],
    [{ STREAM_API_KEY: "key" }, "STREAM_API_SECRET"],
    [{ STREAM_API_SECRET: "secret" }, "STREAM_API_KEY"],
    [{ INNGEST_EVENT_KEY: "evt" }, "INNGEST_SIGNING_KEY"],
    [{ INNGEST_SIGNING_KEY: "signkey" }, "INNGEST_EVENT_KEY"],
    [{ SMTP_URL: "smtp://mail.example.org", APP_URL: "https://x.example.org" }, "MAIL_FROM"],
    [{ MAIL_FROM: "a@example.org" }, "SMTP_URL"],
    [{ SMTP_URL: "smtp://mail.example.org", MAIL_FROM: "a@example.org" }, "APP_URL"],
  ])("stops start-up when %o is half of a pair, naming the missing variable", (source, missing) => {
    expect(() => parseEnv({ DATA_DIR: tempDir(), ...source })).toThrowError(new RegExp(`${missing}: required because`));
  });

  it.each([
    [{ MONGODB_URI: "postgres://x" }, "MONGODB_URI"],
    [{ REDIS_URL: "http://x" }, "REDIS_URL"],
    [{ CLERK_PUBLISHABLE_KEY: "abc", CLERK_SECRET_KEY: "sk_test_x" }, "CLERK_PUBLISHABLE_KEY"],
  ])("rejects malformed hosted settings %o", (source, name) => {
    expect(() => parseEnv({ DATA_DIR: tempDir(), ...source })).toThrowError(new RegExp(`${name}:`));
  });
});
