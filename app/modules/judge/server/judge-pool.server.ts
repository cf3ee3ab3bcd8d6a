import fs from "node:fs";

import type { Logger } from "pino";

import type { RunSummary } from "~/modules/judge/types";

import { judgeInWorker } from "./judge-run.server";
import { type Judge, type JudgeRequest, JudgeUnavailableError } from "./judge-types.server";
import { ensurePythonSnapshot, SNAPSHOT_CACHE_DIR } from "./python-snapshot.server";
import {
  DEFAULT_LIMITS,
  type NetworkIsolation,
  probeIsolation,
  pyodidePackageDir,
  type SandboxConfig,
  type SandboxLimits,
  SandboxWorker,
} from "./sandbox.server";
import { PREBUILT_DIR, sandboxBundleDir } from "./sandbox-bundle.server";
import type { SandboxLanguage } from "./sandbox-protocol";

/**
 * Warm worker processes, used once each. A submission takes a worker whose interpreter is
 * already loaded (Pyodide takes seconds), is judged in it, and the worker is killed
 * afterwards, whatever happened: the next submission never sees anything the last one
 * left behind, and a worker that hung or blew up is simply one less spare. Spares are
 * refilled in the background.
 */

export interface JudgePoolOptions {
  /** How many submissions are judged at once. */
  concurrency: number;
  /** Started workers kept waiting, per language. */
  spares: Record<SandboxLanguage, number>;
  production: boolean;
  limits?: SandboxLimits;
  /** Tests force "globals-only" to show what the namespace stops; production probes. */
  isolation?: NetworkIsolation;
  /**
   * Where Python's start-up snapshot is kept (python-snapshot.server.ts); `false` starts
   * every Python worker cold. Default: build/judge/ in production, else the package cache.
   */
  pythonSnapshotDir?: string | false;
  logger?: Logger;
}

const languageOf = (language: JudgeRequest["language"]): SandboxLanguage => (language === "python" ? "python" : "js");

export class JudgePool implements Judge {
  readonly kind = "pool" as const;
  private spareWorkers: Record<SandboxLanguage, Array<Promise<SandboxWorker>>> = { js: [], python: [] };
  private busy = new Set<SandboxWorker>();
  private active = 0;
  private waiting: Array<() => void> = [];
  private closed = false;
  private readonly stopping = new AbortController();
  /** Settles once Python's snapshot is there (or could not be made); Python workers start after it. */
  private pythonSnapshotReady: Promise<void> = Promise.resolve();
  private constructor(
    private readonly config: SandboxConfig,
    private readonly options: JudgePoolOptions,
    private readonly cleanup: () => void,
  ) {}

  static async start(options: JudgePoolOptions): Promise<JudgePool> {
    const bundle = await sandboxBundleDir(options.production);
    const probe = options.isolation
      ? { isolation: options.isolation, reason: "chosen by the caller" }
      : probeIsolation();
    const config: SandboxConfig = {
      bundleDir: bundle.dir,
      pyodideDir: pyodidePackageDir(),
      isolation: probe.isolation,
      limits: options.limits ?? DEFAULT_LIMITS,
    };
    if (probe.isolation === "namespace") {
      options.logger?.info({ isolation: probe.isolation }, "judge workers run in a bubblewrap network namespace");
    } else {
      options.logger?.warn(
        { isolation: probe.isolation, reason: probe.reason },
        "judge workers run WITHOUT a network namespace: network globals are removed, but user code that reaches node:net could connect out",
      );
    }
    const cleanup = () => {
      if (bundle.temporary) fs.rmSync(bundle.dir, { recursive: true, force: true });
    };
    const pool = new JudgePool(config, options, cleanup);
    const snapshotDir = options.pythonSnapshotDir ?? (options.production ? PREBUILT_DIR : SNAPSHOT_CACHE_DIR);
    if (snapshotDir !== false) {
      pool.pythonSnapshotReady = ensurePythonSnapshot(config, snapshotDir).then(
        (file) => {
          config.pythonSnapshot = file;
        },
        (error: unknown) =>
          options.logger?.warn({ err: error }, "no Python start-up snapshot: Python judge workers start cold"),
      );
    }
    pool.refill("js");
    pool.refill("python");
    return pool;
  }

  get isolation(): NetworkIsolation {
    return this.config.isolation;
  }

  /** Resolves once every spare has started (tests and benchmarks wait for a warm pool). */
  async warm(): Promise<void> {
    await Promise.allSettled([...this.spareWorkers.js, ...this.spareWorkers.python]);
  }

  private spawn(language: SandboxLanguage): Promise<SandboxWorker> {
    const started =
      language === "python"
        ? this.pythonSnapshotReady.then(() => this.startPython())
        : SandboxWorker.start(language, this.config, this.stopping.signal);
    // A spare that fails to start is logged once here; take() starts another.
    started.catch((error: unknown) => {
      if (!this.closed) this.options.logger?.error({ err: error, language }, "judge worker failed to start");
    });
    return started;
  }

  /** A worker that cannot start from the snapshot (a damaged file) stops the pool using it. */
  private async startPython(): Promise<SandboxWorker> {
    const snapshot = this.config.pythonSnapshot;
    try {
      return await SandboxWorker.start("python", this.config, this.stopping.signal);
    } catch (error) {
      if (!snapshot || this.closed || this.config.pythonSnapshot !== snapshot) throw error;
      this.options.logger?.error({ err: error, snapshot }, "Python worker failed from the snapshot; starting cold");
      this.config.pythonSnapshot = undefined;
      return SandboxWorker.start("python", this.config, this.stopping.signal);
    }
  }

  private refill(language: SandboxLanguage) {
    if (this.closed) return;
    const list = this.spareWorkers[language];
    while (list.length < this.options.spares[language]) list.push(this.spawn(language));
  }

  private async take(language: SandboxLanguage): Promise<SandboxWorker> {
    for (;;) {
      const next = this.spareWorkers[language].shift();
      this.refill(language);
      const worker = await (next ?? this.spawn(language)).catch((error: unknown) => {
        if (!next) throw new JudgeUnavailableError(`no judge worker could start: ${(error as Error).message}`);
        return null;
      });
      if (worker?.alive) return worker;
      if (this.closed) throw new JudgeUnavailableError("the judge is shutting down");
    }
  }

  private async slot(): Promise<() => void> {
    if (this.active >= this.options.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    return () => {
      this.active--;
      this.waiting.shift()?.();
    };
  }

  async judge(request: JudgeRequest): Promise<RunSummary> {
    if (this.closed) throw new JudgeUnavailableError("the judge is shutting down");
    const release = await this.slot();
    let worker: SandboxWorker | null = null;
    try {
      worker = await this.take(languageOf(request.language));
      this.busy.add(worker);
      return await judgeInWorker(worker, request);
    } finally {
      if (worker) {
        worker.kill();
        this.busy.delete(worker);
      }
      release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopping.abort();
    const spares = [...this.spareWorkers.js, ...this.spareWorkers.python];
    this.spareWorkers = { js: [], python: [] };
    for (const worker of this.busy) worker.kill();
    const settled = await Promise.allSettled(spares);
    for (const s of settled) if (s.status === "fulfilled") s.value.kill();
    await Promise.all(
      settled
        .flatMap((s) => (s.status === "fulfilled" ? [s.value.exited] : []))
        .concat([...this.busy].map((w) => w.exited)),
    );
    this.cleanup();
  }
}
