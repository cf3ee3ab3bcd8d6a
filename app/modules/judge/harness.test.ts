import { loadPyodide } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";

import { judgeInNode } from "~/modules/judge/node-judge.server";
import type { PyodideLike } from "~/modules/judge/python-harness";
import type { JudgeSpec, JudgeTest } from "~/modules/judge/types";

/** Proves the harness can fail: each wrong kind of solution gets its own verdict. */

const sumSpec: JudgeSpec = {
  kind: "function",
  signature: { functionName: "addAll", params: [{ name: "nums", type: "int[]" }], returns: "int" },
  comparator: { kind: "exact" },
  timeLimitMs: 500,
};
const sumTests: JudgeTest[] = [
  { index: 0, input: { nums: [1, 2, 3] }, expected: 6 },
  { index: 1, input: { nums: [] }, expected: 0 },
  { index: 2, input: { nums: [-5, 5, 10] }, expected: 10 },
];

const listSpec: JudgeSpec = {
  kind: "function",
  signature: { functionName: "reverseList", params: [{ name: "head", type: "ListNode" }], returns: "ListNode" },
  comparator: { kind: "exact" },
  timeLimitMs: 1000,
};
const treeSpec: JudgeSpec = {
  kind: "function",
  signature: { functionName: "mirror", params: [{ name: "root", type: "TreeNode" }], returns: "TreeNode" },
  comparator: { kind: "exact" },
  timeLimitMs: 1000,
};

const cases = {
  javascript: {
    right: "function addAll(nums) { return nums.reduce((a, b) => a + b, 0); }",
    wrong: "function addAll(nums) { return nums.length; }",
    endless: "function addAll(nums) { while (true) {} }",
    throws: "function addAll(nums) { return nums.foo.bar; }",
    syntax: "function addAll(nums) { return nums.reduce((a, b) => a + b, 0) ",
    misnamed: "function sum(nums) { return 0; }",
    prints:
      "function addAll(nums) { console.log('seen', nums.length, { a: 1 }); return nums.reduce((a, b) => a + b, 0); }",
    reverse:
      "function reverseList(head) { let prev = null; while (head) { const next = head.next; head.next = prev; prev = head; head = next; } return prev; }",
    mirror:
      "function mirror(root) { if (!root) return null; const l = mirror(root.left); root.left = mirror(root.right); root.right = l; return root; }",
  },
  python: {
    right: "def add_all(nums):\n    return sum(nums)\n",
    wrong: "def add_all(nums):\n    return len(nums)\n",
    endless: "def add_all(nums):\n    while True:\n        pass\n",
    throws: "def add_all(nums):\n    return nums['x']\n",
    syntax: "def add_all(nums)\n    return 1\n",
    misnamed: "def total(nums):\n    return 0\n",
    prints: "def add_all(nums):\n    print('seen', len(nums))\n    return sum(nums)\n",
    reverse:
      "def reverse_list(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev\n",
    mirror:
      "def mirror(root):\n    if root is None:\n        return None\n    root.left, root.right = mirror(root.right), mirror(root.left)\n    return root\n",
  },
} as const;

let pyodide: PyodideLike;
beforeAll(async () => {
  pyodide = (await loadPyodide()) as unknown as PyodideLike;
}, 60_000);

describe.each(["javascript", "python"] as const)("%s harness", (language) => {
  const code = cases[language];
  const judge = (source: string, spec = sumSpec, tests = sumTests) =>
    judgeInNode(language, source, spec, tests, { pyodide });

  it("accepts a right solution", () => {
    const summary = judge(code.right);
    expect(summary).toMatchObject({ verdict: "Accepted", passed: 3, total: 3 });
  });

  it("gives Wrong Answer with the expected and actual values", () => {
    const summary = judge(code.wrong);
    expect(summary.verdict).toBe("Wrong Answer");
    expect(summary.results[0]).toMatchObject({ verdict: "Wrong Answer", expected: 6, actual: 3 });
  });

  it("gives Time Limit Exceeded for an endless loop, and keeps working afterwards", () => {
    const summary = judge(code.endless, sumSpec, sumTests.slice(0, 1));
    expect(summary.verdict).toBe("Time Limit Exceeded");
    expect(judge(code.right).verdict).toBe("Accepted");
  });

  it("judges the limit on measured time: slow but finishing code is Time Limit Exceeded", () => {
    const slow =
      language === "python"
        ? "import time\ndef add_all(nums):\n    end = time.perf_counter() + 0.7\n    while time.perf_counter() < end:\n        pass\n    return sum(nums)\n"
        : "function addAll(nums) { const end = performance.now() + 700; while (performance.now() < end) {} return nums.reduce((a, b) => a + b, 0); }";
    const summary = judge(slow, sumSpec, sumTests.slice(0, 1));
    expect(summary.verdict).toBe("Time Limit Exceeded");
    expect(summary.results[0]?.error).toMatch(/limit 500 ms/);
  });

  it("gives Runtime Error with the error's name", () => {
    const summary = judge(code.throws);
    expect(summary.verdict).toBe("Runtime Error");
    expect(summary.results[0]?.error).toMatch(language === "python" ? /TypeError/ : /TypeError/);
  });

  it("gives Compile Error for a syntax error", () => {
    const summary = judge(code.syntax);
    expect(summary.verdict).toBe("Compile Error");
    expect(summary.results[0]?.error).toMatch(/SyntaxError/);
  });

  it("explains a renamed entry point", () => {
    const summary = judge(code.misnamed);
    expect(summary.verdict).toBe("Runtime Error");
    expect(summary.results[0]?.error).toMatch(/keep the function name/);
  });

  it("captures printed output per test", () => {
    const summary = judge(code.prints);
    expect(summary.verdict).toBe("Accepted");
    expect(summary.results[0]?.stdout).toMatch(/^seen 3/);
    expect(summary.results[1]?.stdout).toMatch(/^seen 0/);
  });

  it("builds and reads linked lists", () => {
    const tests = [
      { index: 0, input: { head: [1, 2, 3] }, expected: [3, 2, 1] },
      { index: 1, input: { head: [] }, expected: [] },
    ];
    expect(judge(code.reverse, listSpec, tests).verdict).toBe("Accepted");
  });

  it("builds and reads binary trees in level order", () => {
    const tests = [
      { index: 0, input: { root: [4, 2, 7, 1, 3, null, 9] }, expected: [4, 7, 2, 9, null, 3, 1] },
      { index: 1, input: { root: [1, null, 2] }, expected: [1, 2] },
      { index: 2, input: { root: [] }, expected: [] },
    ];
    expect(judge(code.mirror, treeSpec, tests).verdict).toBe("Accepted");
  });

  it("handles very long linked lists (built, returned and freed)", () => {
    const values = Array.from({ length: 20_000 }, (_, i) => i % 100);
    const tests = [
      { index: 0, input: { head: values }, expected: [...values].reverse() },
      { index: 1, input: { head: [1, 2] }, expected: [2, 1] },
    ];
    expect(judge(code.reverse, listSpec, tests).verdict).toBe("Accepted");
  });

  it("stops at the first failure when asked (Submit)", () => {
    const summary = judgeInNode(language, code.wrong, sumSpec, sumTests, { pyodide, stopOnFailure: true });
    expect(summary.results).toHaveLength(1);
    expect(summary).toMatchObject({ verdict: "Wrong Answer", passed: 0, total: 3 });
  });
});

describe("typescript", () => {
  it("strips types and runs", () => {
    const summary = judgeInNode(
      "typescript",
      "function addAll(nums: number[]): number { const xs: Array<number> = nums; return xs.reduce((a: number, b: number) => a + b, 0); }",
      sumSpec,
      sumTests,
    );
    expect(summary.verdict).toBe("Accepted");
  });

  it("reports a TypeScript syntax error as Compile Error", () => {
    expect(judgeInNode("typescript", "function addAll(nums: number[]: number {}", sumSpec, sumTests).verdict).toBe(
      "Compile Error",
    );
  });
});

describe("user code isolation from the input", () => {
  it("gives each test a fresh copy of its input", () => {
    const spec: JudgeSpec = { ...sumSpec, timeLimitMs: 1000 };
    const tests = [
      { index: 0, input: { nums: [1, 2] }, expected: 3 },
      { index: 1, input: { nums: [1, 2] }, expected: 3 },
    ];
    const summary = judgeInNode(
      "javascript",
      "function addAll(nums) { const s = nums[0] + nums[1]; nums[0] = 100; return s; }",
      spec,
      tests,
    );
    expect(summary.verdict).toBe("Accepted");
  });
});
