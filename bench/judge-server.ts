import fs from "node:fs";
import os from "node:os";

import { loadPyodide } from "pyodide";

import { judgeInNode } from "~/modules/judge/node-judge.server";
import type { PyodideLike } from "~/modules/judge/python-harness";
import { JudgePool } from "~/modules/judge/server/judge-pool.server";
import { ensurePythonSnapshot, SNAPSHOT_CACHE_DIR } from "~/modules/judge/server/python-snapshot.server";
import {
  DEFAULT_LIMITS,
  probeIsolation,
  pyodidePackageDir,
  type SandboxConfig,
  SandboxWorker,
} from "~/modules/judge/server/sandbox.server";
import { sandboxBundleDir } from "~/modules/judge/server/sandbox-bundle.server";
import type { JudgeSpec, JudgeTest } from "~/modules/judge/types";
import type { Language } from "~/modules/problems/problem-schema";

import { type BenchResult, fmt, QUICK } from "./lib/report";
import { median, percentile, ratio } from "./lib/stats";

/**
 * Server Submit: one submission judged end to end by the worker pool (a warm, locked-down
 * worker process per submission, comparison in the parent), for JavaScript and Python, on
 * /problems/two-sum's 13 tests. Baseline: the same harness run directly in this process
 * (what the bank's tests do), so the ratio is the price of isolation. Throughput: as many
 * submissions as the pool takes at once (one per core), per second and per core.
 */
const SLUG = "two-sum";
const REPEATS = QUICK ? 3 : 10;
const BURST = QUICK ? 4 : 16;

function loadProblem(): { spec: JudgeSpec; tests: JudgeTest[] } {
  const dir = `content/problems/${SLUG}`;
  const meta = JSON.parse(fs.readFileSync(`${dir}/problem.json`, "utf8")) as JudgeSpec;
  const file = JSON.parse(fs.readFileSync(`${dir}/tests.json`, "utf8")) as {
    tests: Array<{ input: Record<string, unknown>; expected: unknown }>;
  };
  return {
    spec: { kind: meta.kind, signature: meta.signature, comparator: meta.comparator, timeLimitMs: meta.timeLimitMs },
    tests: file.tests.map((t, index) => ({ index, input: t.input, expected: t.expected })),
  };
}

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Time to start one locked-down Python worker until it is ready, cold and from the snapshot. */
async function pythonStarts(): Promise<{ cold: number[]; snapshot: number[] }> {
  const bundle = await sandboxBundleDir(false);
  const config: SandboxConfig = {
    bundleDir: bundle.dir,
    pyodideDir: pyodidePackageDir(),
    isolation: probeIsolation().isolation,
    limits: DEFAULT_LIMITS,
  };
  const snapshot = await ensurePythonSnapshot(config, SNAPSHOT_CACHE_DIR);
  const out = { cold: [] as number[], snapshot: [] as number[] };
  try {
    for (let i = 0; i < (QUICK ? 1 : 3); i++) {
      for (const mode of ["cold", "snapshot"] as const) {
        const t0 = performance.now();
        const worker = await SandboxWorker.start("python", {
          ...config,
          pythonSnapshot: mode === "snapshot" ? snapshot : undefined,
        });
        out[mode].push(performance.now() - t0);
        worker.kill();
        await worker.exited;
      }
    }
  } finally {
    if (bundle.temporary) fs.rmSync(bundle.dir, { recursive: true, force: true });
  }
  return out;
}

export async function run(): Promise<BenchResult> {
  const { spec, tests } = loadProblem();
  const loadBefore = os.loadavg()[0]!;
  const code: Record<"javascript" | "python", string> = {
    javascript: fs.readFileSync(`content/problems/${SLUG}/solution.js`, "utf8"),
    python: fs.readFileSync(`content/problems/${SLUG}/solution.py`, "utf8"),
  };
  const cores = os.cpus().length;

  // Baseline: the harness in this process (no isolation at all).
  const pyodide = (await loadPyodide()) as unknown as PyodideLike;
  const inProcess: Record<"javascript" | "python", number> = { javascript: 0, python: 0 };
  for (const language of ["javascript", "python"] as const) {
    judgeInNode(language, code[language], spec, tests, { pyodide }); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      samples.push(await timed(() => judgeInNode(language, code[language], spec, tests, { pyodide })));
    }
    inProcess[language] = median(samples);
  }

  const pool = await JudgePool.start({ concurrency: cores, spares: { js: cores, python: cores }, production: false });
  try {
    await pool.warm();
    const submit: Record<"javascript" | "python", number[]> = { javascript: [], python: [] };
    for (const language of ["javascript", "python"] as const) {
      for (let i = 0; i < REPEATS; i++) {
        await pool.warm(); // "with a warm pool": a started worker is waiting
        submit[language].push(
          await timed(async () => {
            const summary = await pool.judge({ language, code: code[language], spec, tests });
            if (summary.verdict !== "Accepted") throw new Error(`${language}: ${summary.verdict}`);
          }),
        );
      }
    }
    // Throughput: a burst of submissions, each needing a fresh worker (started on demand once spares run out).
    const throughput: Record<"javascript" | "python", number> = { javascript: 0, python: 0 };
    for (const language of ["javascript", "python"] as const) {
      await pool.warm();
      const n = language === "python" ? Math.max(2, BURST / 4) : BURST;
      const ms = await timed(() =>
        Promise.all(
          Array.from({ length: n }, () =>
            pool.judge({ language: language as Language, code: code[language], spec, tests }),
          ),
        ),
      );
      throughput[language] = n / (ms / 1000);
    }

    await pool.close();
    const starts = await pythonStarts();
    const p50 = { javascript: median(submit.javascript), python: median(submit.python) };
    const goals = { javascript: 300, python: 600 };
    const pass = p50.javascript <= goals.javascript && p50.python <= goals.python;
    const rows = (["javascript", "python"] as const).flatMap((language) => [
      {
        step: `${language} harness in-process [baseline]`,
        "median ms": fmt(inProcess[language], 1),
        "× baseline": "1.0",
      },
      {
        step: `${language} server Submit, warm pool (p50 / p90)`,
        "median ms": `${fmt(p50[language], 1)} / ${fmt(percentile(submit[language], 90), 1)}`,
        "× baseline": fmt(ratio(p50[language], inProcess[language]), 1),
      },
      {
        step: `${language} pool throughput, burst (submissions/s, per core)`,
        "median ms": `${fmt(throughput[language], 2)} /s, ${fmt(throughput[language] / cores, 2)} /s/core`,
        "× baseline": "-",
      },
    ]);
    rows.push(
      {
        step: "python worker start, cold (until ready)",
        "median ms": fmt(median(starts.cold), 0),
        "× baseline": "-",
      },
      {
        step: "python worker start, from the start-up snapshot",
        "median ms": fmt(median(starts.snapshot), 0),
        "× baseline": "-",
      },
    );
    const load = `load average ${fmt(loadBefore, 1)} → ${fmt(os.loadavg()[0]!, 1)}`;
    return {
      name: "judge-server",
      title: `Server judge: /problems/${SLUG} (${tests.length} tests), ${REPEATS} warm submissions per language, ${cores} cores, isolation ${pool.isolation}, ${load}`,
      ratioLabel: "Python server Submit p50 ÷ Python harness in-process",
      ratio: ratio(p50.python, inProcess.python),
      goal: `p50 ≤ ${goals.javascript} ms (JS), ≤ ${goals.python} ms (Python)`,
      pass,
      table: rows,
      details: {
        cores,
        isolation: pool.isolation,
        loadAverage: { before: loadBefore, after: os.loadavg()[0] },
        inProcess,
        submitSamplesMs: submit,
        p50,
        throughput,
        pythonStartMs: starts,
      },
    };
  } finally {
    await pool.close();
  }
}
