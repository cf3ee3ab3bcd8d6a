import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Copies the write-ahead log back into the database file from a worker thread.
 *
 * SQLite's automatic checkpoint runs inside whichever commit crosses the threshold, on
 * the event loop: every few hundred chat messages one of them waited for a copy and an
 * fsync while every room stalled. A PASSIVE checkpoint on a second connection never
 * blocks writers, so the main connection turns its automatic checkpoints off and this
 * thread does the work. If the thread fails, `onFailure` runs (the store turns the
 * automatic checkpoints back on), so the log can never grow without bound.
 */
export interface WalCheckpointer {
  stop(): Promise<void>;
}

// CommonJS source for the worker: it runs outside the app bundle, so it gets the driver's
// resolved path instead of importing it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 1000");
const checkpoint = () => db.pragma("wal_checkpoint(PASSIVE)");
const timer = setInterval(() => {
  try {
    checkpoint();
  } catch (error) {
    clearInterval(timer);
    throw error;
  }
}, workerData.intervalMs);
parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  try { checkpoint(); } finally { db.close(); parentPort.close(); }
});
`;

export function startWalCheckpointer(
  file: string,
  options: { intervalMs?: number; onFailure: (error: Error) => void },
): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver, intervalMs: options.intervalMs ?? 1_000 },
  });
  // A checkpointer alone must not keep the process alive.
  worker.unref();
  let stopping = false;
  let failed = false;
  const fail = (error: Error) => {
    if (stopping || failed) return;
    failed = true;
    options.onFailure(error);
  };
  worker.once("error", fail);
  const exited = new Promise<void>((resolve) =>
    worker.once("exit", (code) => {
      fail(new Error(`the checkpoint thread exited with code ${code}`));
      resolve();
    }),
  );
  return {
    async stop() {
      if (stopping) return exited;
      stopping = true;
      worker.postMessage("stop");
      const timeout = setTimeout(() => void worker.terminate(), 2_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
