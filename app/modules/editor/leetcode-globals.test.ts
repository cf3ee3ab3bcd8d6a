import ts from "typescript";
import { describe, expect, it } from "vitest";

import { PROVIDED_GLOBALS } from "~/modules/judge/js-harness";

import { LEETCODE_GLOBALS, leetCodeGlobalsFor } from "./leetcode-globals";

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  strict: false,
  noEmit: true,
  lib: ["lib.es2022.d.ts"],
  types: [],
};
const libs = new Map<string, ts.SourceFile | undefined>();

/** Type-checks `code` as the editor's TypeScript service would, with the declarations as a lib. */
function typeErrors(code: string, names = LEETCODE_GLOBALS.map((g) => g.name)) {
  const files: Record<string, string> = { "globals.d.ts": leetCodeGlobalsFor(names), "main.ts": code };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => {
    if (name in files) return ts.createSourceFile(name, files[name]!, version);
    // The standard library is parsed once for the whole file.
    if (!libs.has(name)) libs.set(name, read(name, version));
    return libs.get(name);
  };
  const program = ts.createProgram(Object.keys(files), options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the editor's LeetCode globals", { timeout: 60_000 }, () => {
  it("declares exactly what the judge provides", () => {
    expect(LEETCODE_GLOBALS.map((g) => g.name).sort()).toEqual([...PROVIDED_GLOBALS].sort());
  });

  it("type-checks code that uses them as LeetCode does", () => {
    const code = `
      function reverseList(head: ListNode | null): ListNode | null {
        let prev: ListNode | null = null;
        while (head) { const next = head.next; head.next = prev; prev = head; head = next; }
        return prev;
      }
      const tree = new TreeNode(1, new TreeNode(2), null);
      const heap = new MinPriorityQueue<number[]>((pair) => pair[0]);
      heap.enqueue([tree.val, 0]);
      const top: number[] | null = heap.dequeue();
      const pq = new PriorityQueue<number>((a, b) => b - a);
      pq.push(3);
      const q = new Queue<number>([1]);
      const d = new Deque<string>();
      d.pushFront("x");
      export const used = [reverseList, top, q.size(), d.popBack(), new MaxPriorityQueue().size()];`;
    expect(typeErrors(code)).toEqual([]);
  });

  it("catches a real type error against them", () => {
    expect(typeErrors("const n: string = new ListNode(1).val; export {};").join()).toMatch(/not assignable/);
  });

  it("sees a user's own class ListNode, which would otherwise be a duplicate", () => {
    const own = "class ListNode { val = 0; next: ListNode | null = null }\nfunction f() {}";
    const listNode = LEETCODE_GLOBALS.find((g) => g.name === "ListNode")!;
    expect(listNode.declaredIn(own)).toBe(true);
    expect(listNode.declaredIn("// class ListNode {\nfunction f(head: ListNode) {}")).toBe(false);
    expect(typeErrors(own).join()).toMatch(/Duplicate identifier/);
    const others = LEETCODE_GLOBALS.filter((g) => !g.declaredIn(own)).map((g) => g.name);
    expect(typeErrors(own, others)).toEqual([]);
  });
});
