import { beforeAll, describe, expect, it } from "vitest";

import { judgeInNode } from "~/modules/judge/node-judge.server";
import { NodePython } from "~/modules/judge/node-python.server";
import { type PyodideLike, PYTHON_FATAL_MESSAGE, pythonInterpreterBroken } from "~/modules/judge/python-harness";
import type { JudgeSpec, JudgeTest } from "~/modules/judge/types";

/** Code as people paste it from LeetCode: its forms, its globals, its imports, its depths. */

const twoSumSpec: JudgeSpec = {
  kind: "function",
  signature: {
    functionName: "twoSum",
    params: [
      { name: "nums", type: "int[]" },
      { name: "target", type: "int" },
    ],
    returns: "int[]",
  },
  comparator: { kind: "exact" },
  timeLimitMs: 2000,
};
const twoSumTests: JudgeTest[] = [
  { index: 0, input: { nums: [2, 7, 11, 15], target: 9 }, expected: [0, 1] },
  { index: 1, input: { nums: [3, 2, 4], target: 6 }, expected: [1, 2] },
];

const minStackSpec: JudgeSpec = {
  kind: "design",
  design: {
    className: "MinStack",
    constructorParams: [],
    methods: [
      { name: "push", params: [{ name: "val", type: "int" }], returns: "void" },
      { name: "getMin", params: [], returns: "int" },
    ],
  },
  comparator: { kind: "exact" },
  timeLimitMs: 2000,
};
const minStackTests: JudgeTest[] = [
  {
    index: 0,
    input: { operations: ["MinStack", "push", "push", "getMin"], arguments: [[], [3], [1], []] },
    expected: [null, null, null, 1],
  },
];

const spec = (
  functionName: string,
  params: Array<{ name: string; type: string }>,
  returns: string,
  comparator: JudgeSpec["comparator"] = { kind: "exact" },
): JudgeSpec => ({
  kind: "function",
  signature: { functionName, params, returns },
  comparator,
  timeLimitMs: 5000,
});
const listSpec = spec("reverseList", [{ name: "head", type: "ListNode" }], "ListNode");
const treeSpec = spec("invertTree", [{ name: "root", type: "TreeNode" }], "TreeNode");
const numbersSpec = spec("numbers", [{ name: "n", type: "int" }], "int[]", { kind: "unordered" });
const coinSpec = spec(
  "coinChange",
  [
    { name: "coins", type: "int[]" },
    { name: "amount", type: "int" },
  ],
  "int",
);
const coinTests: JudgeTest[] = [{ index: 0, input: { coins: [1], amount: 10_000 }, expected: 10_000 }];
const depthSpec = spec("depth", [{ name: "n", type: "int" }], "int");

let python: NodePython;
let pyodide: PyodideLike;
beforeAll(async () => {
  python = new NodePython();
  pyodide = await python.get();
}, 60_000);

const verdictOf = (
  language: "javascript" | "typescript" | "python",
  code: string,
  judgeSpec: JudgeSpec,
  tests: JudgeTest[],
) => {
  const summary = judgeInNode(language, code, judgeSpec, tests, { pyodide });
  const failed = summary.results.find((r) => r.verdict !== "Accepted");
  return failed ? `${failed.verdict}: ${failed.error ?? JSON.stringify(failed.actual)}` : summary.verdict;
};

describe("JavaScript and TypeScript as on LeetCode", () => {
  it("accepts `var name = function`, class Solution, and a TypeScript class Solution", () => {
    const pair =
      "const seen = new Map(); for (let i = 0; ; i++) { if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i]; seen.set(nums[i], i); }";
    expect(verdictOf("javascript", `var twoSum = function(nums, target) { ${pair} };`, twoSumSpec, twoSumTests)).toBe(
      "Accepted",
    );
    expect(
      verdictOf("javascript", `class Solution { twoSum(nums, target) { ${pair} } }`, twoSumSpec, twoSumTests),
    ).toBe("Accepted");
    expect(
      verdictOf(
        "typescript",
        `class Solution {\n  twoSum(nums: number[], target: number): number[] { ${pair} }\n}`,
        twoSumSpec,
        twoSumTests,
      ),
    ).toBe("Accepted");
  });

  it("runs in sloppy mode, and what one test leaves in globals or prototypes is gone in the next", () => {
    const leaky = `var twoSum = function(nums, target) {
      if (typeof leaked !== "undefined" || Array.prototype.extra || Object.prototype.polluted) return ["state leaked"];
      leaked = 1; // an undeclared assignment: an error in strict mode
      Array.prototype.extra = 1;
      Object.prototype.polluted = true;
      Math.max = () => 0;
      for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) return [i, j];
    };`;
    expect(verdictOf("javascript", leaky, twoSumSpec, twoSumTests)).toBe("Accepted");
    expect(Math.max(1, 2)).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("provides MinPriorityQueue, MaxPriorityQueue, PriorityQueue, Queue and Deque", () => {
    const code = `function numbers(n) {
      const min = new MinPriorityQueue(); const max = new MaxPriorityQueue();
      const pq = new PriorityQueue((a, b) => a - b); const q = new Queue(); const d = new Deque();
      for (let i = 1; i <= n; i++) { min.enqueue(i); max.enqueue(i); pq.enqueue(i); q.enqueue(i); d.pushFront(i); }
      return [min.dequeue(), max.dequeue(), pq.dequeue(), q.dequeue(), d.popBack()];
    }`;
    expect(verdictOf("javascript", code, numbersSpec, [{ index: 0, input: { n: 3 }, expected: [1, 3, 1, 1, 1] }])).toBe(
      "Accepted",
    );
  });

  it("accepts the user's own ListNode and TreeNode classes (LeetCode's header uncommented)", () => {
    const list = `function ListNode(val, next) { this.val = (val===undefined ? 0 : val); this.next = (next===undefined ? null : next); }
var reverseList = function(head) { let out = null; while (head) { out = new ListNode(head.val, out); head = head.next; } return out; };`;
    expect(
      verdictOf("javascript", list, listSpec, [{ index: 0, input: { head: [1, 2, 3] }, expected: [3, 2, 1] }]),
    ).toBe("Accepted");
    const tree = `class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) { this.val = val ?? 0; this.left = left ?? null; this.right = right ?? null; } }
function invertTree(root: TreeNode | null): TreeNode | null { return root && new TreeNode(root.val, invertTree(root.right), invertTree(root.left)); }`;
    expect(
      verdictOf("typescript", tree, treeSpec, [{ index: 0, input: { root: [2, 1, 3] }, expected: [2, 3, 1] }]),
    ).toBe("Accepted");
  });

  it.each([
    ["a Set", "return new Set([1, 2, 3]);"],
    ["a typed array", "return Int32Array.from([1, 2, 3]);"],
    ["Map values", "return new Map([[1, 1], [2, 2], [3, 3]]).values();"],
    ["a generator", "return (function* () { yield 1; yield 2; yield 3; })();"],
  ])("encodes %s as a list", (_what, body) => {
    expect(
      verdictOf("javascript", `function numbers(n) { ${body} }`, numbersSpec, [
        { index: 0, input: { n: 3 }, expected: [1, 2, 3] },
      ]),
    ).toBe("Accepted");
  });

  it("runs memoised recursion 10^4 deep (coin change at its largest amount)", () => {
    const code = `var coinChange = function(coins, amount) {
      const memo = new Map();
      const dp = (a) => { if (a === 0) return 0; if (a < 0) return Infinity; if (memo.has(a)) return memo.get(a);
        let best = Infinity; for (const c of coins) best = Math.min(best, dp(a - c) + 1); memo.set(a, best); return best; };
      const r = dp(amount); return r === Infinity ? -1 : r;
    };`;
    expect(verdictOf("javascript", code, coinSpec, coinTests)).toBe("Accepted");
  });

  it("gives a stack overflow a Runtime Error that says why", () => {
    const verdict = verdictOf("javascript", "function depth(n) { return depth(n + 1) + 1; }", depthSpec, [
      { index: 0, input: { n: 0 }, expected: 0 },
    ]);
    expect(verdict).toMatch(/^Runtime Error: RangeError: Maximum call stack size exceeded.*recursion went deeper/);
  });
});

describe("Python as on LeetCode", () => {
  it("accepts class Solution with camelCase, and plain functions in camelCase or snake_case", () => {
    const body =
      "        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n";
    expect(
      verdictOf(
        "python",
        `class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n${body}`,
        twoSumSpec,
        twoSumTests,
      ),
    ).toBe("Accepted");
    const plain = body.replace(/^ {4}/gm, "");
    expect(verdictOf("python", `def twoSum(nums, target):\n${plain}`, twoSumSpec, twoSumTests)).toBe("Accepted");
    expect(verdictOf("python", `def two_sum(nums, target):\n${plain}`, twoSumSpec, twoSumTests)).toBe("Accepted");
  });

  it("calls design methods by LeetCode's names or in snake_case", () => {
    const camel =
      "class MinStack:\n    def __init__(self):\n        self.s = []\n    def push(self, val):\n        self.s.append(min(val, self.s[-1]) if self.s else val)\n    def getMin(self):\n        return self.s[-1]\n";
    expect(verdictOf("python", camel, minStackSpec, minStackTests)).toBe("Accepted");
    expect(verdictOf("python", camel.replace("getMin", "get_min"), minStackSpec, minStackTests)).toBe("Accepted");
  });

  it("has LeetCode's pre-imported modules and names", () => {
    const code = `class Solution:
    def numbers(self, n: int) -> List[int]:
        q = deque([1]); d = defaultdict(int); d[2] += 2; h = []; heappush(h, 3); heapq.heappush(h, 4)
        c = Counter("aab"); o = OrderedDict(a=1)
        assert bisect_left([1, 2, 3], 2) == 1 and bisect.bisect_right([1, 2, 3], 2) == 2
        assert gcd(12, 18) == 6 and math.isqrt(17) == 4 and inf > 10**18 and pow(2, 10, 1000) == 24
        assert list(accumulate([1, 2])) == [1, 3] and len(list(itertools.permutations([1, 2]))) == 2
        assert ascii_lowercase[0] == "a" and string.digits[0] == "0" and re.sub("a", "b", "a") == "b"
        assert 1 <= random.randint(1, 2) <= 2 and itemgetter(0)([5]) == 5 and operator.add(1, 2) == 3
        assert reduce(lambda a, b: a + b, [1, 2]) == 3 and cmp_to_key is functools.cmp_to_key
        x: Optional[Dict[str, Tuple[int, ...]]] = None
        @cache
        def f(k): return k
        @lru_cache(None)
        def g(k): return k
        @functools.lru_cache(maxsize=2)
        def b(k): return k
        return [q[0], d[2], heappop(h), c["a"], o["a"] + f(0) + g(0) + b(0) + b(1) + b(2)]
`;
    expect(verdictOf("python", code, numbersSpec, [{ index: 0, input: { n: 1 }, expected: [1, 2, 3, 2, 4] }])).toBe(
      "Accepted",
    );
  });

  it("accepts the user's own ListNode and TreeNode classes", () => {
    const list = `class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        out = None
        while head:
            out = ListNode(head.val, out)
            head = head.next
        return out
`;
    expect(verdictOf("python", list, listSpec, [{ index: 0, input: { head: [1, 2, 3] }, expected: [3, 2, 1] }])).toBe(
      "Accepted",
    );
    const tree = `class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val, self.left, self.right = val, left, right
class Solution:
    def invertTree(self, root):
        return root and TreeNode(root.val, self.invertTree(root.right), self.invertTree(root.left))
`;
    expect(verdictOf("python", tree, treeSpec, [{ index: 0, input: { root: [2, 1, 3] }, expected: [2, 3, 1] }])).toBe(
      "Accepted",
    );
  });

  it.each([
    ["dict values", "return {1: 1, 2: 2, 3: 3}.values()"],
    ["a generator", "return (i for i in range(1, 4))"],
    ["map", "return map(int, '123')"],
    ["a set", "return {1, 2, 3}"],
    ["a tuple", "return (1, 2, 3)"],
    ["a deque", "return deque([1, 2, 3])"],
  ])("encodes %s as a list", (_what, body) => {
    expect(
      verdictOf("python", `def numbers(n):\n    ${body}\n`, numbersSpec, [
        { index: 0, input: { n: 3 }, expected: [1, 2, 3] },
      ]),
    ).toBe("Accepted");
  });

  it("runs @cache and @lru_cache recursion 10^4 deep (coin change at its largest amount)", () => {
    const cached = `class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        @cache
        def dp(a):
            if a == 0:
                return 0
            if a < 0:
                return inf
            return min(dp(a - c) + 1 for c in coins) if False else min([dp(a - c) + 1 for c in coins])
        r = dp(amount)
        return -1 if r == inf else r
`;
    expect(verdictOf("python", cached, coinSpec, coinTests)).toBe("Accepted");
    const method = `class Solution:
    @lru_cache(maxsize=None)
    def dp(self, a):
        if a == 0:
            return 0
        best = inf
        for c in self.coins:
            if c <= a:
                best = min(best, self.dp(a - c) + 1)
        return best
    def coinChange(self, coins, amount):
        self.coins = coins
        r = self.dp(amount)
        return -1 if r == inf else r
`;
    expect(verdictOf("python", method, coinSpec, coinTests)).toBe("Accepted");
  });

  it("resets the recursion limit between runs", () => {
    const lowers = "import sys\ndef depth(n):\n    sys.setrecursionlimit(60)\n    return n\n";
    expect(verdictOf("python", lowers, depthSpec, [{ index: 0, input: { n: 1 }, expected: 1 }])).toBe("Accepted");
    const deep = "def depth(n):\n    return 0 if n == 0 else depth(n - 1) + 1\n";
    expect(verdictOf("python", deep, depthSpec, [{ index: 0, input: { n: 20_000 }, expected: 20_000 }])).toBe(
      "Accepted",
    );
  });

  it("gives Runtime Error when the interpreter itself dies, and the next run gets a fresh one", async () => {
    // Recursion through a built-in (max over a generator) nests on the host's stack until it overflows.
    const killer = `import sys
def depth(n):
    sys.setrecursionlimit(10**7)
    return 0 if n == 0 else 1 + max(depth(n - 1) for _ in range(1))
`;
    const summary = judgeInNode("python", killer, depthSpec, [{ index: 0, input: { n: 1_000_000 }, expected: 0 }], {
      pyodide,
    });
    expect(summary.results[0]).toMatchObject({ verdict: "Runtime Error", error: PYTHON_FATAL_MESSAGE });
    expect(pythonInterpreterBroken(pyodide)).toBe(true);

    pyodide = await python.get();
    expect(pythonInterpreterBroken(pyodide)).toBe(false);
    const limit = "import sys\ndef depth(n):\n    return sys.getrecursionlimit()\n";
    expect(verdictOf("python", limit, depthSpec, [{ index: 0, input: { n: 0 }, expected: 100_000 }])).toBe("Accepted");
  }, 60_000);
});
