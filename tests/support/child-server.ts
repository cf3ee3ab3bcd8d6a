import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

/** A port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Child {
  process: ChildProcess;
  /** Everything the child wrote so far. */
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/**
 * Starts `command args` and waits until its stdout contains `readyText`. The child inherits
 * this process's environment (the test's database and secret) plus `env`.
 */
export function startChild(
  command: string,
  args: string[],
  readyText: string | RegExp,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<Child> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`child did not start in ${timeoutMs} ms:\n${err}`));
    }, timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (typeof readyText === "string" ? out.includes(readyText) : readyText.test(out)) {
        clearTimeout(timer);
        resolve({ process: child, stdout: () => out, stderr: () => err, exited });
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`child exited (${code}) before it was ready:\n${err}`));
    });
  });
}

/**
 * Runs a TypeScript file in ONE node process (tsx as an import hook), so signals sent to
 * the child reach the code under test, not a launcher in between.
 */
export const tsNode = (file: string, ...args: string[]): [string, string[]] => [
  process.execPath,
  ["--import", "tsx", path.resolve(file), ...args],
];

/** Runs a plain JavaScript file in one node process, with no loader in between. */
export const plainNode = (file: string, ...args: string[]): [string, string[]] => [
  process.execPath,
  [path.resolve(file), ...args],
];
