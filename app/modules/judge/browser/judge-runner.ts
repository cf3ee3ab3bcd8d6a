import type { FromWorker, ToWorker } from "~/modules/judge/browser/worker-protocol";
import type { JudgeSpec, JudgeTest, RawOutcome, RunSummary, TestResult } from "~/modules/judge/types";
import { judgeTest, summarize } from "~/modules/judge/verdict";
import type { Language } from "~/modules/problems/problem-constants";

/**
 * Runs tests in a Web Worker per language, one test per message, with a watchdog:
 * a test that overruns its limit gets the worker terminated (the page never freezes),
 * Time Limit Exceeded, and a fresh worker for what is left.
 */

export interface RunOptions {
  language: Language;
  code: string;
  spec: JudgeSpec;
  tests: JudgeTest[];
  /** Submit stops at the first failing test. */
  stopOnFailure: boolean;
  onStatus?: (message: string) => void;
  onResult?: (result: TestResult) => void;
}

export class JudgeStartError extends Error {
  override name = "JudgeStartError";
}

/**
 * The watchdog stops code that runs far past its limit (an endless loop); the limit itself
 * is judged on the time the worker measured, so a busy machine does not fail fair code.
 */
export const watchdogFor = (limitMs: number) => limitMs * 2 + 250;
/** No run may take longer than this in total, however many tests. */
export const TOTAL_LIMIT_MS = 90_000;

type WorkerKind = "js" | "python";
const kindOf = (language: Language): WorkerKind => (language === "python" ? "python" : "js");

function createWorker(kind: WorkerKind): Worker {
  return kind === "python"
    ? new Worker(new URL("~/modules/judge/browser/python.worker.ts", import.meta.url), {
        type: "module",
        name: "python-judge",
      })
    : new Worker(new URL("~/modules/judge/browser/js.worker.ts", import.meta.url), {
        type: "module",
        name: "js-judge",
      });
}

export class JudgeRunner {
  private workers = new Map<WorkerKind, Worker>();
  private nextRunId = 1;
  private pythonReady = false;

  get pythonLoaded() {
    return this.pythonReady;
  }

  private worker(kind: WorkerKind): Worker {
    let worker = this.workers.get(kind);
    if (!worker) {
      worker = createWorker(kind);
      this.workers.set(kind, worker);
    }
    return worker;
  }

  private warming: Promise<void> | null = null;

  /**
   * Starts the JavaScript worker ahead of the first Run (its module, with the TypeScript
   * transform, takes a moment to load and lock down); a Run finds it ready.
   */
  warmJs(): void {
    this.worker("js");
  }

  /**
   * Starts Python in the background (a problem page or room just opened), so the first
   * Python Run does not wait for it. Reports progress; never throws.
   */
  warmPython(onStatus?: (message: string) => void): Promise<void> {
    if (this.pythonReady) return Promise.resolve();
    this.warming ??= (async () => {
      const reply = await this.exchange("python", { type: "warm", runId: this.nextRunId++ }, null, onStatus);
      if (reply.type === "warmed") this.pythonReady = true;
      else onStatus?.(reply.type === "failed" || reply.type === "crashed" ? reply.error : "Python could not start");
    })().finally(() => {
      this.warming = null;
    });
    return this.warming;
  }

  private kill(kind: WorkerKind) {
    this.workers.get(kind)?.terminate();
    this.workers.delete(kind);
    if (kind === "python") this.pythonReady = false;
  }

  dispose() {
    for (const kind of [...this.workers.keys()]) this.kill(kind);
  }

  /** Sends one message and waits for the reply that settles it. */
  private exchange(
    kind: WorkerKind,
    message: ToWorker,
    timeoutMs: number | null,
    onStatus?: (m: string) => void,
  ): Promise<FromWorker | { type: "timeout"; timeMs: number } | { type: "crashed"; error: string }> {
    const worker = this.worker(kind);
    return new Promise((resolve) => {
      const started = performance.now();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (value: FromWorker | { type: "timeout"; timeMs: number } | { type: "crashed"; error: string }) => {
        clearTimeout(timer);
        worker.removeEventListener("message", onMessage);
        worker.removeEventListener("error", onError);
        resolve(value);
      };
      const onMessage = (event: MessageEvent<FromWorker>) => {
        const data = event.data;
        if (data.runId !== message.runId) return;
        if (data.type === "loading") {
          onStatus?.(data.message);
          return;
        }
        finish(data);
      };
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        this.kill(kind);
        finish({ type: "crashed", error: event.message || "The judge stopped unexpectedly" });
      };
      worker.addEventListener("message", onMessage);
      worker.addEventListener("error", onError);
      if (timeoutMs !== null) {
        timer = setTimeout(() => {
          this.kill(kind);
          finish({ type: "timeout", timeMs: performance.now() - started });
        }, timeoutMs);
      }
      worker.postMessage(message);
    });
  }

  private async prepare(options: RunOptions, runId: number): Promise<{ ok: true } | { ok: false; error: string }> {
    const kind = kindOf(options.language);
    if (kind === "python" && !this.pythonReady) options.onStatus?.("Loading Python…");
    const reply = await this.exchange(
      kind,
      { type: "prepare", runId, language: options.language, code: options.code, spec: options.spec },
      null,
      options.onStatus,
    );
    if (reply.type === "failed" || reply.type === "crashed") throw new JudgeStartError(reply.error);
    if (reply.type !== "prepared") throw new JudgeStartError("The judge did not answer");
    if (kind === "python") this.pythonReady = true;
    return reply.ok ? { ok: true } : { ok: false, error: reply.error };
  }

  async run(options: RunOptions): Promise<RunSummary> {
    const runId = this.nextRunId++;
    const kind = kindOf(options.language);
    const results: TestResult[] = [];
    const deadline = performance.now() + TOTAL_LIMIT_MS;
    let needsPrepare = true;

    for (const test of options.tests) {
      if (needsPrepare) {
        const prepared = await this.prepare(options, runId);
        if (!prepared.ok) {
          const result = judgeTest(options.spec, test, { status: "compile-error", error: prepared.error });
          options.onResult?.(result);
          return summarize(options.language, [result], options.tests.length);
        }
        needsPrepare = false;
      }
      options.onStatus?.(`Running test ${results.length + 1} of ${options.tests.length}…`);
      const remaining = deadline - performance.now();
      const limit = Math.max(0, Math.min(watchdogFor(options.spec.timeLimitMs), remaining));
      const reply = await this.exchange(kind, { type: "test", runId, test }, limit);
      let outcome: RawOutcome;
      if (reply.type === "result") {
        outcome = reply.outcome;
        if (reply.fatal) {
          // The interpreter died: a fresh worker (and interpreter) for what follows.
          this.kill(kind);
          needsPrepare = true;
        }
      } else if (reply.type === "timeout") {
        outcome = { status: "timeout", timeMs: reply.timeMs };
        needsPrepare = true;
      } else if (reply.type === "crashed") {
        outcome = { status: "runtime-error", error: reply.error, stdout: "", timeMs: 0 };
        needsPrepare = true;
      } else throw new JudgeStartError("The judge answered out of turn");

      const result = judgeTest(options.spec, test, outcome);
      results.push(result);
      options.onResult?.(result);
      const failed = result.verdict !== "Accepted" && result.verdict !== "Ran";
      if ((options.stopOnFailure && failed) || performance.now() >= deadline) break;
      if (needsPrepare && kind === "python") options.onStatus?.("Restarting Python after the time limit…");
    }
    return summarize(options.language, results, options.tests.length);
  }
}
