import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";

import { PYTHON_PRELUDE_ID } from "~/modules/judge/python-harness";

import { sandboxCommand, type SandboxConfig } from "./sandbox.server";
import { SNAPSHOT_MAKE } from "./sandbox-snapshot-args";

/**
 * Python workers start from a memory snapshot of a Pyodide that has booted and run the
 * judge's prelude, taken once by a worker of its own (locked down like the others; no user
 * code ever runs in it). A cold Pyodide start costs about 4–5 CPU seconds here, almost all
 * of it CPython's own start-up and imports; restoring the snapshot costs about one. Every
 * submission still gets a process and an interpreter of its own: the snapshot is only the
 * starting state, read-only, the same for everyone.
 *
 * The file is named after the Pyodide version and the prelude's id, so a change to either
 * takes a new one; it is written whole and renamed into place.
 */

/** Where snapshots are kept outside a production build: beside the installed packages, per user. */
export const SNAPSHOT_CACHE_DIR = path.resolve("node_modules", ".cache", "peerprep-judge");

/** A snapshot far smaller than Pyodide's initial memory is not one. */
const MIN_SNAPSHOT_BYTES = 4 * 1024 * 1024;
const MAKE_TIMEOUT_MS = 120_000;

export function pythonSnapshotName(pyodideDir: string): string {
  const { version } = JSON.parse(fs.readFileSync(path.join(pyodideDir, "package.json"), "utf8")) as {
    version: string;
  };
  return `python-${version}-${PYTHON_PRELUDE_ID}.snapshot`;
}

/** Runs the snapshot-taking worker and returns what it wrote on fd 3. */
function takeSnapshot(config: SandboxConfig): Promise<Buffer> {
  const [command, args] = sandboxCommand("python", config, SNAPSHOT_MAKE);
  const child = spawn(command, args, { env: {}, cwd: config.bundleDir, stdio: ["ignore", "ignore", "pipe", "pipe"] });
  const chunks: Buffer[] = [];
  let stderr = "";
  (child.stdio[3] as Readable).on("data", (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    if (stderr.length < 4000) stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), MAKE_TIMEOUT_MS);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      const bytes = Buffer.concat(chunks);
      if (code === 0 && bytes.length >= MIN_SNAPSHOT_BYTES) resolve(bytes);
      else reject(new Error(`snapshot worker ended (${signal ?? `exit ${code}`}, ${bytes.length} bytes): ${stderr}`));
    });
  });
}

/**
 * The snapshot file for this Pyodide and prelude, taken now if `dir` has none. Resolves to
 * its real path (bubblewrap binds it as is).
 */
export async function ensurePythonSnapshot(config: SandboxConfig, dir: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(fs.realpathSync(dir), pythonSnapshotName(config.pyodideDir));
  if (fs.existsSync(file) && fs.statSync(file).size >= MIN_SNAPSHOT_BYTES) return file;
  const bytes = await takeSnapshot({ ...config, pythonSnapshot: undefined });
  const partial = `${file}.${process.pid}.${Date.now()}.partial`;
  fs.writeFileSync(partial, bytes, { mode: 0o644 });
  fs.renameSync(partial, file);
  return file;
}
