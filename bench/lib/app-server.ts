import type { ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { freePort, releasePort, spawnTracked, stopChild, waitForHttp } from "./processes";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** Builds the production app once; later runs reuse `build/` unless BENCH_BUILD=1. */
let built = false;
export function ensureBuild(): void {
  if (built) return;
  built = true;
  const rebuild = process.env.BENCH_BUILD === "1";
  if (!rebuild && fs.existsSync(path.join(ROOT, "build/server/index.js"))) return;
  console.log(rebuild ? "· BENCH_BUILD=1: running `npm run build`" : "· no build/ found: running `npm run build` once");
  // The whole build (not only react-router's): the judge's sandbox and Python's browser
  // snapshot are part of what a first visit is measured against.
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

/** A fresh data directory with its SQLite file and secret, for one benchmark. */
export interface AppData {
  dir: string;
  databasePath: string;
  secret: string;
}

const dataDirs = new Set<string>();
process.once("exit", () => {
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Removed when the benchmark process exits (set BENCH_KEEP_DATA=1 to look at it afterwards). */
export function newAppData(name: string): AppData {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `peerprep-bench-${name}-`));
  if (process.env.BENCH_KEEP_DATA !== "1") dataDirs.add(dir);
  return { dir, databasePath: path.join(dir, "bench.db"), secret: crypto.randomBytes(32).toString("hex") };
}

export interface RunningApp {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `node server.js` (production build) on a free port with the given data directory. */
/** `nodeArgs` go before server.js (e.g. `--trace-gc`, `--cpu-prof` when looking into a result). */
export async function startApp(
  data: AppData,
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<RunningApp> {
  ensureBuild();
  const port = await freePort();
  const child = spawnTracked(process.execPath, [...nodeArgs, "server.js"], {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATA_DIR: data.dir,
    DATABASE_URL: `file:${data.databasePath}`,
    SESSION_SECRET: data.secret,
    // Requests are logged at info; the benchmarks measure the app, not log volume.
    LOG_LEVEL: "warn",
    // Plain http on loopback: the browser must send the cookie back.
    COOKIE_SECURE: "false",
    ...extraEnv,
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  // BENCH_SERVER_OUT=file keeps the server's stdout (e.g. with BENCH_NODE_ARGS=--trace-gc).
  if (process.env.BENCH_SERVER_OUT)
    child.stdout?.pipe(fs.createWriteStream(process.env.BENCH_SERVER_OUT, { flags: "a" }));
  else child.stdout?.resume();
  const url = `http://127.0.0.1:${port}`;
  try {
    // A loaded machine (CI, shared cores) can take over 30 s to load the server bundle.
    await waitForHttp(`${url}/healthz`, child, 90_000);
  } catch (error) {
    await stopChild(child);
    throw new Error(`${(error as Error).message}\n${stderr}`, { cause: error });
  }
  return {
    url,
    port,
    pid: child.pid!,
    child,
    stop: async () => {
      await stopChild(child);
      releasePort(port);
    },
  };
}
