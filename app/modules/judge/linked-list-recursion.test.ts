import { beforeAll, describe, expect, it } from "vitest";

import { judgeInNode } from "~/modules/judge/node-judge.server";
import { NodePython } from "~/modules/judge/node-python.server";
import type { JudgeTest } from "~/modules/judge/types";
import { getProblem } from "~/modules/problems/problem-bank.server";

/**
 * Recursive LeetCode solutions over linked lists as long as the bank's constraints allow,
 * in Pyodide under Node (what the bank's checks and the server's workers run). Each is
 * judged on the problem's own spec and on an input at the constraint's maximum length.
 */

const RECURSIVE_REVERSE = `class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        rest = self.reverseList(head.next)
        head.next.next = head
        head.next = None
        return rest
`;

const RECURSIVE_MERGE = `class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        if not list1:
            return list2
        if not list2:
            return list1
        if list1.val <= list2.val:
            list1.next = self.mergeTwoLists(list1.next, list2)
            return list1
        list2.next = self.mergeTwoLists(list1, list2.next)
        return list2
`;

/** LeetCode's recursive palindrome check: one frame per node, 2·10^4 deep at the constraint. */
const RECURSIVE_PALINDROME = `class Solution:
    def isPalindrome(self, head: Optional[ListNode]) -> bool:
        self.front = head
        def check(node):
            if node is None:
                return True
            if not check(node.next):
                return False
            if self.front.val != node.val:
                return False
            self.front = self.front.next
            return True
        return check(head)
`;

/** A recursive length: the plainest recursive traversal. */
const RECURSIVE_MIDDLE = `class Solution:
    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        def length(node):
            return 0 if node is None else 1 + length(node.next)
        node = head
        for _ in range(length(head) // 2):
            node = node.next
        return node
`;

let python: NodePython;
beforeAll(async () => {
  python = new NodePython();
  await python.get();
}, 120_000);

function judgeProblem(slug: string, code: string, tests: JudgeTest[]) {
  const problem = getProblem(slug)!;
  return python.get().then((pyodide) => judgeInNode("python", code, problem.spec, tests, { pyodide }));
}

const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

describe("recursive linked-list solutions at the bank's maximum lengths (Pyodide in Node)", () => {
  it("reverse-linked-list: recursive reverse of 800 nodes, and every bank test", async () => {
    const values = range(800, (i) => (i % 10_001) - 5000);
    const bank = getProblem("reverse-linked-list")!.tests.map((t, index) => ({ index, ...t }));
    const summary = await judgeProblem("reverse-linked-list", RECURSIVE_REVERSE, [
      ...bank,
      { index: bank.length, input: { head: values }, expected: [...values].reverse() },
    ]);
    expect(summary.results.map((r) => r.error ?? r.verdict)).toEqual(summary.results.map(() => "Accepted"));
  }, 60_000);

  it("merge-two-sorted-lists: recursive merge of two 400-node lists (800 frames)", async () => {
    const summary = await judgeProblem("merge-two-sorted-lists", RECURSIVE_MERGE, [
      {
        index: 0,
        input: { list1: range(400, (i) => 2 * i), list2: range(400, (i) => 2 * i + 1) },
        expected: range(800, (i) => i),
      },
    ]);
    expect(summary.verdict).toBe("Accepted");
  }, 60_000);

  it("palindrome-linked-list: recursive check of 2·10^4 nodes", async () => {
    const half = range(10_000, (i) => i % 10);
    const summary = await judgeProblem("palindrome-linked-list", RECURSIVE_PALINDROME, [
      { index: 0, input: { head: [...half, ...[...half].reverse()] }, expected: true },
      { index: 1, input: { head: [...half, 3, ...half] }, expected: false },
    ]);
    expect(summary.results.map((r) => r.error ?? r.verdict)).toEqual(["Accepted", "Accepted"]);
  }, 60_000);

  it("middle-of-the-linked-list: recursive length, and the harness's own encoding is iterative", async () => {
    // The harness builds and reads lists with loops: a list far longer than any recursion
    // limit (2·10^5 nodes) goes in and comes back out.
    const summary = await judgeProblem("middle-of-the-linked-list", RECURSIVE_MIDDLE, [
      { index: 0, input: { head: range(100, (i) => i + 1) }, expected: range(50, (i) => i + 51) },
    ]);
    expect(summary.verdict).toBe("Accepted");
    const iterativeMiddle = `class Solution:
    def middleNode(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow
`;
    const long = range(200_000, (i) => i % 100);
    const big = await judgeProblem("middle-of-the-linked-list", iterativeMiddle, [
      { index: 0, input: { head: long }, expected: long.slice(100_000) },
    ]);
    expect(big.results[0]?.error ?? big.verdict).toBe("Accepted");
  }, 60_000);

  it("recursion far past any constraint is a Runtime Error with a message, and the next run works", async () => {
    const values = range(150_000, (i) => i % 7);
    const deep = await judgeProblem("reverse-linked-list", RECURSIVE_REVERSE, [
      { index: 0, input: { head: values }, expected: [...values].reverse() },
    ]);
    expect(deep.verdict).toBe("Runtime Error");
    expect(deep.results[0]?.error).toMatch(/recursion|stack/i);
    const after = await judgeProblem("reverse-linked-list", RECURSIVE_REVERSE, [
      { index: 0, input: { head: [1, 2, 3] }, expected: [3, 2, 1] },
    ]);
    expect(after.verdict).toBe("Accepted");
  }, 120_000);
});
