import path from "node:path";

import { defineConfig } from "vitest/config";

import { LongestFirstSequencer } from "./tests/setup/longest-first-sequencer";

// Kept apart from vite.config.ts so the reactRouter() plugin does not load in tests.
export default defineConfig({
  resolve: {
    alias: { "~": path.resolve(import.meta.dirname, "app") },
  },
  test: {
    include: [
      "app/**/*.test.{ts,tsx}",
      "server/**/*.test.ts",
      "content/**/*.test.ts",
      "tests/integration/**/*.test.ts",
      "bench/lib/**/*.test.ts",
    ],
    setupFiles: ["./tests/setup/env.ts"],
    environment: "node",
    // The judge's deep-recursion tests need the stack a judge process gets (JUDGE_NODE_FLAGS).
    execArgv: ["--stack-size=4000"],
    // Two workers on CI's two cores (a third made the graceful-shutdown test miss its deadline).
    maxWorkers: 2,
    sequence: { sequencer: LongestFirstSequencer },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
