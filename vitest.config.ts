import path from "node:path";

import { defineConfig } from "vitest/config";

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
    // Three workers on CI's two cores: many files wait on sockets, child servers and timers,
    // so a third keeps both cores busy (389 s against 415 s with two, measured here).
    maxWorkers: 3,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
