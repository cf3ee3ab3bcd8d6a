import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Readable, Writable } from "node:stream";

import type { RawOutcome } from "~/modules/judge/types";

import {
  type FromSandbox,
  FromSandboxSchema,
  MAX_SANDBOX_LINE_BYTES,
  type SandboxLanguage,
  type ToSandbox,
} from "./sandbox-protocol";
import { type SNAPSHOT_MAKE, SNAPSHOT_NONE } from "./sandbox-snapshot-args";

/**
 * One locked-down judge worker process. Layers, each enough to stop something:
 * - Node's permission model: reads only of the worker's bundle and Pyodide's files, no
 *   writes, no child processes, no worker threads, no native addons;
 * - an empty environment (no SESSION_SECRET, no DATABASE_URL);
 * - bubblewrap, where the platform allows it: a new network namespace (no route to the
 *   host's loopback or anywhere else), a file system holding only /usr and those files,
 *   new PID/IPC/UTS namespaces, no capabilities, killed with its parent;
 * - rlimits (CPU seconds, data segment, open files) and a V8 heap cap;
 * - network globals removed inside the worker, and JavaScript run in a vm context with
 *   no `process` and no dynamic import.
 * The parent keeps the clock: a test that overruns its deadline gets the process killed.
 */

export type NetworkIsolation = "namespace" | "globals-only";

export interface SandboxLimits {
  /** V8 old-space cap, MB. */
  heapMb: number;
  /** RLIMIT_DATA, MB: caps Pyodide's WebAssembly memory too. */
  dataMb: number;
  /** RLIMIT_CPU over the worker's whole life, seconds (start-up included). */
  cpuSeconds: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { heapMb: 256, dataMb: 1024, cpuSeconds: 120 };

export interface SandboxConfig {
  bundleDir: string;
  pyodideDir: string;
  isolation: NetworkIsolation;
  limits: SandboxLimits;
  /** A Python memory snapshot the worker may read and start from (see python-snapshot.server.ts). */
  pythonSnapshot?: string;
}

const require = createRequire(import.meta.url);

/** The installed Pyodide package's folder (real path: bubblewrap binds it as is). */
export function pyodidePackageDir(): string {
  return fs.realpathSync(path.dirname(require.resolve("pyodide/pyodide.mjs")));
}

const bwrapPath = () => {
  for (const candidate of ["/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap"]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
};

function bwrapArgs(config: SandboxConfig, snapshot: string | null): string[] {
  const node = fs.realpathSync(process.execPath);
  const binds = new Set([path.dirname(node), config.bundleDir, config.pyodideDir, ...(snapshot ? [snapshot] : [])]);
  return [
    "--unshare-all",
    "--die-with-parent",
    "--new-session",
    "--cap-drop",
    "ALL",
    // An empty /tmp first: the bundle may live under /tmp and is bound over it below.
    "--tmpfs",
    "/tmp",
    "--ro-bind",
    "/usr",
    "/usr",
    "--ro-bind-try",
    "/lib",
    "/lib",
    "--ro-bind-try",
    "/lib64",
    "/lib64",
    "--ro-bind-try",
    "/etc/ld.so.cache",
    "/etc/ld.so.cache",
    ...[...binds].filter((dir) => !dir.startsWith("/usr/")).flatMap((dir) => ["--ro-bind", dir, dir]),
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    "--chdir",
    config.bundleDir,
    "--",
  ];
}

let isolationProbe: { isolation: NetworkIsolation; reason?: string } | null = null;

/**
 * Whether bubblewrap can make namespaces here (it cannot in many containers without user
 * namespaces). Probed once; the answer is logged by the pool.
 */
export function probeIsolation(): { isolation: NetworkIsolation; reason?: string } {
  if (isolationProbe) return isolationProbe;
  const bwrap = bwrapPath();
  if (!bwrap) {
    isolationProbe = { isolation: "globals-only", reason: "bubblewrap is not installed (apt-get install bubblewrap)" };
    return isolationProbe;
  }
  try {
    execFileSync(bwrap, ["--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "--", "/bin/true"], {
      stdio: ["ignore", "ignore", "pipe"],
      timeout: 10_000,
      env: {},
    });
    isolationProbe = { isolation: "namespace" };
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    isolationProbe = {
      isolation: "globals-only",
      reason: `bubblewrap cannot create namespaces here: ${stderr || String(error)}`,
    };
  }
  return isolationProbe;
}

/**
 * The command line of one worker: prlimit → bwrap (when it works) → node with permissions.
 * `snapshotMode` SNAPSHOT_MAKE starts the one that takes Python's snapshot.
 */
export function sandboxCommand(
  language: SandboxLanguage,
  config: SandboxConfig,
  snapshotMode?: typeof SNAPSHOT_MAKE,
): [string, string[]] {
  const mb = 1024 * 1024;
  const snapshot = language === "python" && !snapshotMode && config.pythonSnapshot ? config.pythonSnapshot : null;
  const node = [
    fs.realpathSync(process.execPath),
    "--experimental-permission",
    `--allow-fs-read=${config.bundleDir}${path.sep}*`,
    `--allow-fs-read=${config.pyodideDir}${path.sep}*`,
    ...(snapshot ? [`--allow-fs-read=${snapshot}`] : []),
    "--no-warnings",
    `--max-old-space-size=${config.limits.heapMb}`,
    // Deep recursion (top-down DP) needs more than V8's default; the rlimit below gives it room.
    "--stack-size=30000",
    path.join(config.bundleDir, "sandbox-child.mjs"),
    language,
    config.bundleDir,
    config.pyodideDir,
    config.isolation,
    snapshotMode ?? snapshot ?? SNAPSHOT_NONE,
  ];
  const prlimit = [
    `--cpu=${config.limits.cpuSeconds}`,
    `--data=${config.limits.dataMb * mb}`,
    `--stack=${64 * mb}`,
    "--nofile=128",
    "--core=0",
  ];
  const bwrap = bwrapPath();
  const sandboxed = config.isolation === "namespace" && bwrap ? [bwrap, ...bwrapArgs(config, snapshot), ...node] : node;
  return ["prlimit", [...prlimit, "--", ...sandboxed]];
}

export class SandboxStartError extends Error {
  override name = "SandboxStartError";
}

type Waiter = { resolve: (message: FromSandbox) => void; reject: (error: SandboxExit) => void };

/** Why a worker stopped before answering: becomes the test's Runtime Error (or TLE). */
export class SandboxExit extends Error {
  override name = "SandboxExit";
  constructor(
    message: string,
    readonly kind: "crashed" | "memory" | "output" | "cpu",
  ) {
    super(message);
  }
}

const STDERR_KEEP = 8_000;

export class SandboxWorker {
  private waiter: Waiter | null = null;
  private buffer = "";
  private stderr = "";
  private exitReason: SandboxExit | null = null;
  readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly language: SandboxLanguage,
  ) {
    const frames = child.stdio[3] as Readable;
    frames.setEncoding("utf8");
    frames.on("data", (chunk: string) => this.onData(chunk));
    frames.on("error", () => {});
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      if (this.stderr.length < STDERR_KEEP) this.stderr += chunk.slice(0, STDERR_KEEP - this.stderr.length);
    });
    (child.stdin as Writable).on("error", () => {});
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        const reason = this.exitReason ?? this.describeExit(code, signal);
        this.exitReason = reason;
        this.waiter?.reject(reason);
        this.waiter = null;
        resolve();
      });
    });
  }

  /** Starts a worker and waits until its interpreter is loaded. */
  static async start(language: SandboxLanguage, config: SandboxConfig, signal?: AbortSignal, startTimeoutMs = 60_000) {
    if (signal?.aborted) throw new SandboxStartError("judge worker not started: shutting down");
    const [command, args] = sandboxCommand(language, config);
    const child = spawn(command, args, {
      env: {},
      cwd: config.bundleDir,
      stdio: ["pipe", "ignore", "pipe", "pipe"],
      detached: false,
    });
    const worker = new SandboxWorker(child, language);
    const abort = () => worker.kill();
    signal?.addEventListener("abort", abort, { once: true });
    void worker.exited.then(() => signal?.removeEventListener("abort", abort));
    const spawnError = new Promise<never>((_, reject) =>
      child.once("error", (error) => reject(new SandboxStartError(`judge worker did not start: ${error.message}`))),
    );
    try {
      const ready = await Promise.race([worker.next(startTimeoutMs), spawnError]);
      if (ready.type !== "ready")
        throw new SandboxStartError(
          `judge worker said ${ready.type} before ready: ${"error" in ready ? ready.error : ""}`,
        );
    } catch (error) {
      worker.kill();
      if (error instanceof SandboxStartError) throw error;
      throw new SandboxStartError(`judge worker did not start: ${(error as Error).message}\n${worker.stderr}`);
    }
    return worker;
  }

  get pid() {
    return this.child.pid;
  }

  get alive() {
    return this.child.exitCode === null && this.child.signalCode === null && !this.exitReason;
  }

  private describeExit(code: number | null, signal: NodeJS.Signals | null): SandboxExit {
    if (signal === "SIGXCPU" || code === 128 + 24) return new SandboxExit("CPU time limit exceeded", "cpu");
    if (
      /heap out of memory|Fatal process out of memory|Cannot allocate memory|RangeError: Array buffer/i.test(
        this.stderr,
      )
    )
      return new SandboxExit("Memory limit exceeded", "memory");
    if (signal === "SIGABRT" || code === 134) return new SandboxExit("Memory limit exceeded", "memory");
    return new SandboxExit(`The judge process stopped (${signal ?? `exit ${code}`})`, "crashed");
  }

  private onData(chunk: string) {
    this.buffer += chunk;
    let newline;
    while ((newline = this.buffer.indexOf("\n")) >= 0) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + 1);
      this.deliver(line);
    }
    if (this.buffer.length > MAX_SANDBOX_LINE_BYTES) {
      this.fail(new SandboxExit(`Output limit exceeded (${MAX_SANDBOX_LINE_BYTES / 1024 / 1024} MB)`, "output"));
    }
  }

  private deliver(line: string) {
    let parsed: FromSandbox;
    try {
      parsed = FromSandboxSchema.parse(JSON.parse(line));
    } catch {
      this.fail(new SandboxExit("The judge process sent something unreadable", "crashed"));
      return;
    }
    const waiter = this.waiter;
    this.waiter = null;
    if (waiter) waiter.resolve(parsed);
    else this.fail(new SandboxExit("The judge process spoke out of turn", "crashed"));
  }

  private fail(reason: SandboxExit) {
    if (!this.exitReason) this.exitReason = reason;
    this.waiter?.reject(this.exitReason);
    this.waiter = null;
    this.kill();
  }

  /** The next message, or a rejection when the worker stops or the deadline passes. */
  private next(timeoutMs: number): Promise<FromSandbox> {
    if (this.exitReason) return Promise.reject(this.exitReason);
    return new Promise<FromSandbox>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new DeadlineError());
      }, timeoutMs);
      this.waiter = {
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
    });
  }

  private send(message: ToSandbox) {
    (this.child.stdin as Writable).write(`${JSON.stringify(message)}\n`);
  }

  async compile(
    language: "javascript" | "typescript" | "python",
    code: string,
    spec: unknown,
    timeoutMs: number,
  ): Promise<{ ok: true } | { ok: false; error: string }> {
    this.send({ type: "compile", language, code, spec });
    const reply = await this.next(timeoutMs);
    if (reply.type !== "compiled") throw new SandboxExit(`unexpected ${reply.type}`, "crashed");
    return reply.ok ? { ok: true } : { ok: false, error: reply.error ?? "Compile Error" };
  }

  /**
   * Runs one test. The deadline is the watchdog (the caller passes about twice the limit);
   * the limit itself is judged on measured time, which the parent bounds from below by its
   * own clock so a worker cannot claim to have been faster than it was.
   */
  async run(index: number, input: Record<string, unknown>, deadlineMs: number): Promise<RawOutcome> {
    const started = performance.now();
    this.send({ type: "run", index, input });
    try {
      const reply = await this.next(deadlineMs);
      if (reply.type === "fatal") return { status: "runtime-error", error: reply.error, stdout: "", timeMs: 0 };
      if (reply.type !== "outcome" || reply.index !== index) {
        throw new SandboxExit("The judge process answered another question", "crashed");
      }
      const outcome = reply.outcome as Extract<RawOutcome, { status: "returned" | "runtime-error" }>;
      const measured = performance.now() - started;
      return { ...outcome, timeMs: Math.max(outcome.timeMs, measured - CLOCK_SLACK_MS) };
    } catch (error) {
      const timeMs = performance.now() - started;
      this.kill();
      if (error instanceof DeadlineError) return { status: "timeout", timeMs };
      if (error instanceof SandboxExit) {
        if (error.kind === "cpu") return { status: "timeout", timeMs };
        return { status: "runtime-error", error: error.message, stdout: "", timeMs };
      }
      throw error;
    }
  }

  kill() {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
  }
}

/** Allowance for the pipe and the parent's own event loop when checking the worker's clock. */
export const CLOCK_SLACK_MS = 50;

class DeadlineError extends Error {
  override name = "DeadlineError";
}
