import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { getStore } from "~/composition.server";
import type { JudgeTest, RunSummary } from "~/modules/judge/types";
import { getProblem } from "~/modules/problems/problem-bank.server";
import type { Language } from "~/modules/problems/problem-schema";

import { JudgePool } from "./judge-pool.server";
import { probeIsolation } from "./sandbox.server";

/**
 * The server judge against real worker processes: right and wrong answers, and hostile
 * submissions, each of which must come back as a verdict and nothing else. Every attack
 * leaves a trace it would have left had it worked (a file, a connection, a secret in the
 * output), and the test looks for that trace.
 */

// Python workers take seconds to start, more on a busy machine.
vi.setConfig({ testTimeout: 90_000 });

const problem = getProblem("two-sum")!;
const tests: JudgeTest[] = problem.tests.map((t, index) => ({ index, input: t.input, expected: t.expected }));
const solution = (ext: "js" | "py") => fs.readFileSync(`content/problems/two-sum/solution.${ext}`, "utf8");
const SECRET = process.env.SESSION_SECRET!;
const databaseFile = process.env.DATABASE_URL!.replace(/^file:/, "");
const marker = path.join(os.tmpdir(), `peerprep-judge-marker-${process.pid}`);

const isolation = probeIsolation();
if (isolation.isolation !== "namespace") console.warn(`network-namespace checks skipped: ${isolation.reason}`);

let pool: JudgePool;

beforeAll(async () => {
  await getStore().ping(); // the SQLite file exists, so reading it is a real target
  expect(fs.existsSync(databaseFile)).toBe(true);
  pool = await JudgePool.start({ concurrency: 2, spares: { js: 1, python: 1 }, production: false });
  await pool.warm();
}, 120_000);

afterAll(async () => {
  await pool?.close();
  fs.rmSync(marker, { force: true });
});

const judge = (language: Language, code: string): Promise<RunSummary> =>
  pool.judge({ language, code, spec: problem.spec, tests });

/** Everything a submission's answer carries back, as one string to search for leaks. */
const everything = (summary: RunSummary) => JSON.stringify(summary.results);

describe("verdicts from worker processes", () => {
  it.each([
    ["javascript", "js"],
    ["typescript", "js"],
    ["python", "py"],
  ] as const)("accepts the reference solution as %s", async (language, ext) => {
    const summary = await judge(language, solution(ext));
    expect([summary.verdict, summary.passed, summary.total]).toEqual(["Accepted", tests.length, tests.length]);
  });

  it("gives Wrong Answer with what came back, and stops at that test", async () => {
    const summary = await judge("javascript", "function twoSum(nums, target) { return [0, 0]; }");
    expect(summary.verdict).toBe("Wrong Answer");
    expect(summary.results.at(-1)?.actual).toEqual([0, 0]);
    expect(summary.results.length).toBeLessThan(tests.length);
  });

  it("gives Compile Error for a syntax error in either language", async () => {
    expect((await judge("javascript", "function twoSum( {")).verdict).toBe("Compile Error");
    expect((await judge("python", "def two_sum(:\n  pass")).verdict).toBe("Compile Error");
  });
});

describe("hostile submissions get a verdict, not access", () => {
  it("an endless loop is Time Limit Exceeded and the next submission is judged by a fresh worker", async () => {
    expect((await judge("javascript", "function twoSum() { for (;;) {} }")).verdict).toBe("Time Limit Exceeded");
    expect((await judge("python", "def two_sum(nums, target):\n    while True:\n        pass\n")).verdict).toBe(
      "Time Limit Exceeded",
    );
    expect((await judge("javascript", solution("js"))).verdict).toBe("Accepted");
  }, 60_000);

  it("state left by one submission is not seen by the next", async () => {
    await judge(
      "javascript",
      "globalThis.leftBehind = 42; Object.prototype.leftBehind = 42; function twoSum() { return [0, 1]; }",
    );
    const js = await judge(
      "javascript",
      "function twoSum() { console.log(typeof globalThis.leftBehind, typeof ({}).leftBehind); return [0, 1]; }",
    );
    expect(js.results[0]?.stdout).toBe("undefined undefined\n");
    await judge(
      "python",
      "import builtins\nbuiltins.left_behind = 42\ndef two_sum(nums, target):\n    return [0, 1]\n",
    );
    const py = await judge(
      "python",
      "import builtins\ndef two_sum(nums, target):\n    print(hasattr(builtins, 'left_behind'))\n    return [0, 1]\n",
    );
    expect(py.results[0]?.stdout).toBe("False\n");
  }, 90_000);

  it("Python workers all start from one snapshot, yet nothing one submission changes reaches the next", async () => {
    // Globals, a module's attributes, a new module, the recursion limit, a built-in, a file
    // and the judge's own helpers: all changed by one submission, all looked for by the next.
    const tamper = [
      "import builtins, json, sys, collections, functools",
      "builtins.len = lambda x: 0",
      "json.dumps = lambda *a, **k: 'tampered'",
      "collections.Counter = None",
      "functools.cache = None",
      "sys.modules['leftover'] = sys",
      "sys.setrecursionlimit(50)",
      "open('/tmp/left-behind.txt', 'w').write('secret')",
      "import __main__",
      "__main__._pp_run = None",
      "LEFT_GLOBAL = 1",
      "def two_sum(nums, target):",
      "    return [0, 1]",
    ].join("\n");
    expect((await judge("python", tamper)).verdict).not.toBe("Accepted");
    const look = [
      "import builtins, json, sys, os, collections, functools",
      "def depth(n):",
      "    return 0 if n == 0 else 1 + depth(n - 1)",
      "def two_sum(nums, target):",
      "    print(len([1, 2]), json.dumps(1), collections.Counter is None, functools.cache is None,",
      "          'leftover' in sys.modules, sys.getrecursionlimit() >= 10000, depth(5000),",
      "          os.path.exists('/tmp/left-behind.txt'), 'LEFT_GLOBAL' in globals())",
      "    seen = {}",
      "    for i, x in enumerate(nums):",
      "        if target - x in seen:",
      "            return [seen[target - x], i]",
      "        seen[x] = i",
    ].join("\n");
    const summary = await judge("python", look);
    expect(summary.verdict).toBe("Accepted");
    expect(summary.results[0]?.stdout).toBe("2 1 False False False True 5000 False False\n");
  }, 90_000);

  it("cannot start processes or write files (JavaScript)", async () => {
    const summary = await judge(
      "javascript",
      `function twoSum() {
        const escape = this?.constructor?.constructor ?? Function;
        const proc = escape("return typeof process === 'undefined' ? null : process")();
        if (proc) proc.mainModule.require("child_process").execSync("touch ${marker}");
        import("node:child_process").then((cp) => cp.execSync("touch ${marker}"));
        return [0, 1];
      }`,
    );
    expect(summary.verdict).not.toBe("Accepted");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fs.existsSync(marker)).toBe(false);
  });

  it.each([
    ["a shell command", `os.system("touch ${marker}")`],
    [
      "the host file system through Emscripten's NODEFS",
      `fs = pyodide_js.FS
    fs.mkdir("/host")
    fs.mount(fs.filesystems.NODEFS, {"root": "/"}, "/host")
    with open("/host${databaseFile}", "rb") as f:
        print(f.read(100).hex())
    with open("/host${marker}", "w") as f:
        f.write("written")`,
    ],
    [
      "child_process through Pyodide's JavaScript bridge",
      `pyodide_js.constructor.constructor("return import('node:child_process').then(cp => cp.execSync('touch ${marker}'))")()`,
    ],
  ])(
    "Python cannot reach %s (no process, no file read or write)",
    async (_, attack) => {
      const summary = await judge(
        "python",
        `import os, pyodide_js\ndef two_sum(nums, target):\n    ${attack}\n    return [0, 0]\n`,
      );
      expect(["Wrong Answer", "Runtime Error"]).toContain(summary.verdict);
      expect(everything(summary)).not.toContain("53514c69746520666f726d6174"); // "SQLite format" in hex
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fs.existsSync(marker)).toBe(false);
    },
    60_000,
  );

  it("sees no SESSION_SECRET or any of the app's environment", async () => {
    const js = await judge(
      "javascript",
      `function twoSum() {
        const p = (this?.constructor?.constructor ?? Function)("return typeof process === 'undefined' ? null : process")();
        console.log(JSON.stringify(p?.env ?? null));
        return [0, 0];
      }`,
    );
    const py = await judge(
      "python",
      "import os\ndef two_sum(nums, target):\n    print(dict(os.environ))\n    return [0, 0]\n",
    );
    for (const summary of [js, py]) {
      expect(summary.verdict).toBe("Wrong Answer");
      expect(everything(summary)).not.toContain(SECRET);
      expect(everything(summary)).not.toContain("DATABASE_URL");
    }
  }, 60_000);

  it("cannot tamper with the comparison: it runs in the parent, on plain JSON", async () => {
    const loose = await judge(
      "javascript",
      `Array.prototype.every = () => true;
       Object.is = () => true;
       JSON.stringify = () => '{"status":"returned","actual":[1,3],"stdout":"","timeMs":0}';
       function twoSum() { return [9, 9]; }`,
    );
    expect([loose.verdict, loose.results.at(-1)?.actual]).toEqual(["Wrong Answer", [9, 9]]);
    const broken = await judge(
      "javascript",
      "Object.prototype.toJSON = function () { return 'Accepted'; }; function twoSum() { return [1, 3]; }",
    );
    // Prototypes are reset around each test, so the tampering cannot make a wrong answer pass.
    expect(["Runtime Error", "Wrong Answer"]).toContain(broken.verdict);
    expect((await judge("javascript", solution("js"))).verdict).toBe("Accepted");
  });

  it("endless output is capped and ends as a verdict", async () => {
    const printing = await judge("python", "def two_sum(nums, target):\n    while True:\n        print('x' * 1000)\n");
    expect(printing.verdict).toBe("Time Limit Exceeded");
    const huge = await judge("javascript", "function twoSum() { return 'x'.repeat(6_000_000); }");
    expect(huge.verdict).toBe("Runtime Error");
    expect(huge.results.at(-1)?.error).toMatch(/Output limit exceeded/);
    const logging = await judge(
      "javascript",
      "function twoSum() { for (let i = 0; i < 1e6; i++) console.log('y'.repeat(100)); return [0, 0]; }",
    );
    expect(logging.results.at(-1)?.stdout.length).toBeLessThan(9_000);
  }, 60_000);

  it("memory bombs end as a verdict, and the worker is replaced", async () => {
    const buffer = await judge("javascript", "function twoSum() { return [new Float64Array(2 ** 28).length]; }");
    // A memory bomb ends as a verdict (the cap, or the watchdog while V8 collects), never as access.
    const ENDED = ["Runtime Error", "Time Limit Exceeded"];
    expect(ENDED).toContain(buffer.verdict);
    if (buffer.verdict === "Runtime Error") expect(buffer.results.at(-1)?.error).toMatch(/allocation failed|Memory/);
    // A growing heap ends in V8's out-of-memory abort, after garbage collections that may
    // outlast the watchdog on a busy machine: either verdict is a verdict.
    const heap = await judge(
      "javascript",
      "function twoSum() { const hoard = []; for (;;) hoard.push(new Array(1e7).fill(0.5)); }",
    );
    expect(ENDED).toContain(heap.verdict);
    if (heap.verdict === "Runtime Error") expect(heap.results.at(-1)?.error).toMatch(/Memory limit exceeded/);
    const py = await judge(
      "python",
      "def two_sum(nums, target):\n    hoard = []\n    while True:\n        hoard.append(bytearray(64 * 1024 ** 2))\n",
    );
    expect(ENDED).toContain(py.verdict);
    if (py.verdict === "Runtime Error") expect(py.results.at(-1)?.error).toMatch(/MemoryError|Memory/);
    expect((await judge("javascript", solution("js"))).verdict).toBe("Accepted");
  }, 90_000);
});

describe.skipIf(isolation.isolation !== "namespace")("no network", () => {
  let server: net.Server;
  let port = 0;
  let connections = 0;

  beforeAll(async () => {
    server = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Python reaching node:net through Pyodide's bridge: the strongest way out user code has. */
  const dialer = () => `import pyodide_js
dial = pyodide_js.constructor.constructor("return import('node:net').then(net => { const s = net.connect(${port}, '127.0.0.1'); s.on('error', () => {}); })")
def two_sum(nums, target):
    dial()
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
`;

  async function connectionsDuring(run: () => Promise<RunSummary>): Promise<{ summary: RunSummary; count: number }> {
    connections = 0;
    const summary = await run();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { summary, count: connections };
  }

  it("JavaScript has no fetch, no sockets and no import", async () => {
    const { summary, count } = await connectionsDuring(() =>
      judge(
        "javascript",
        `function twoSum() {
          const out = [typeof fetch, typeof WebSocket, typeof XMLHttpRequest];
          try { import("node:net").then((n) => n.connect(${port}, "127.0.0.1")).catch(() => {}); } catch (e) { out.push(String(e)); }
          console.log(out.join(" "));
          return [0, 0];
        }`,
      ),
    );
    expect(summary.results[0]?.stdout).toMatch(/^undefined undefined undefined/);
    expect(count).toBe(0);
  });

  it("a listener on the host's loopback is not reached from a worker", async () => {
    const { summary, count } = await connectionsDuring(() => judge("python", dialer()));
    expect(summary.verdict).toBe("Accepted");
    expect(count).toBe(0);
  }, 60_000);

  it("the same code does reach it without the namespace: the namespace is what stops it", async () => {
    const open = await JudgePool.start({
      concurrency: 1,
      spares: { js: 0, python: 1 },
      production: false,
      isolation: "globals-only",
    });
    try {
      const { count } = await connectionsDuring(() =>
        open.judge({ language: "python", code: dialer(), spec: problem.spec, tests }),
      );
      expect(count).toBeGreaterThan(0);
    } finally {
      await open.close();
    }
  }, 90_000);
});
