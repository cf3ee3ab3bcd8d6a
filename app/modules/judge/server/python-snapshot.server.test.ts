import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it, vi } from "vitest";

import { PYTHON_PRELUDE_ID } from "~/modules/judge/python-harness";
import type { JudgeTest } from "~/modules/judge/types";
import { getProblem } from "~/modules/problems/problem-bank.server";

import { JudgePool } from "./judge-pool.server";
import { ensurePythonSnapshot, pythonSnapshotName } from "./python-snapshot.server";
import { DEFAULT_LIMITS, probeIsolation, pyodidePackageDir, SandboxWorker } from "./sandbox.server";
import { sandboxBundleDir } from "./sandbox-bundle.server";

/** Python workers' start-up snapshot: taken by a worker, named after what it holds, and never a single point of failure. */

vi.setConfig({ testTimeout: 120_000 });

const problem = getProblem("two-sum")!;
const tests: JudgeTest[] = problem.tests.map((t, index) => ({ index, input: t.input, expected: t.expected }));
const solution = fs.readFileSync("content/problems/two-sum/solution.py", "utf8");
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peerprep-snapshot-test-"));
  dirs.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("Python start-up snapshot", () => {
  it("is named after Pyodide's version and the prelude, and a worker started from it judges", async () => {
    const bundle = await sandboxBundleDir(false);
    dirs.push(bundle.dir);
    const config = {
      bundleDir: bundle.dir,
      pyodideDir: pyodidePackageDir(),
      isolation: probeIsolation().isolation,
      limits: DEFAULT_LIMITS,
    };
    const { version } = JSON.parse(fs.readFileSync(path.join(config.pyodideDir, "package.json"), "utf8")) as {
      version: string;
    };
    expect(pythonSnapshotName(config.pyodideDir)).toBe(`python-${version}-${PYTHON_PRELUDE_ID}.snapshot`);

    const file = await ensurePythonSnapshot(config, tempDir());
    expect(path.basename(file)).toBe(pythonSnapshotName(config.pyodideDir));
    expect(fs.statSync(file).size).toBeGreaterThan(4 * 1024 * 1024);
    // Taken once: asking again finds the same file.
    const mtime = fs.statSync(file).mtimeMs;
    expect(await ensurePythonSnapshot(config, path.dirname(file))).toBe(file);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);

    const worker = await SandboxWorker.start("python", { ...config, pythonSnapshot: file });
    try {
      expect(await worker.compile("python", solution, problem.spec, 10_000)).toEqual({ ok: true });
      const outcome = await worker.run(0, tests[0]!.input, 10_000);
      expect(outcome).toMatchObject({ status: "returned", actual: tests[0]!.expected });
    } finally {
      worker.kill();
    }
  });

  it("a damaged snapshot makes the pool start Python cold instead of failing", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, pythonSnapshotName(pyodidePackageDir())), Buffer.alloc(5 * 1024 * 1024, 7));
    const pool = await JudgePool.start({
      concurrency: 1,
      spares: { js: 0, python: 1 },
      production: false,
      pythonSnapshotDir: dir,
    });
    try {
      const summary = await pool.judge({ language: "python", code: solution, spec: problem.spec, tests });
      expect(summary.verdict).toBe("Accepted");
    } finally {
      await pool.close();
    }
  });
});
