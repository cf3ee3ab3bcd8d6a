import os from "node:os";
import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
// Kept in the env so test workers find the same database (tests/e2e/seed-history.ts seeds past days into it).
const dataDir = (process.env.PEERPREP_E2E_DATA_DIR ??= path.join(os.tmpdir(), `peerprep-e2e-${process.pid}`));

export const e2eDatabasePath = path.join(dataDir, "e2e.db");

/** Debian's Chromium with fake media devices; never a downloaded browser. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-fake-ui-for-media-stream",
  // Ten frames a second: every open call encodes and decodes video on the CPU the tests share.
  "--use-fake-device-for-media-stream=display-media-type=browser,fps=10",
  "--allow-loopback-in-peer-connection",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // One worker in CI: rooms with calls encode video, and two at once starve a 2-core machine
  // (tried again with the larger suite: editors and rooms then time out).
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // Recording a trace costs about as much as the test itself (screenshots and DOM snapshots of
    // every step; a two-browser call test took 1.4 min traced, 0.8 untraced): only the retry records.
    trace: "on-first-retry",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: chromiumArgs,
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // The quick start's server (`npm start` runs this after building): production build,
    // no configured secret. `npm run test:e2e` builds first.
    command: "node server.js --local",
    url: `http://localhost:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(PORT),
      DATA_DIR: dataDir,
      DATABASE_URL: `file:${e2eDatabasePath}`,
      // Each test browses from its own X-Forwarded-For address, so per-address limits stay per test.
      TRUST_PROXY: "true",
      BCRYPT_COST: "8",
      LOG_LEVEL: "warn",
      // The scheduler's test-only trigger (tests/e2e/scheduling.spec.ts moves its clock).
      SCHEDULING_TEST_TRIGGER: "true",
    },
  },
});
