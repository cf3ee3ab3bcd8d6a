/**
 * Type declarations for what the judge puts in scope before the user's first line (see
 * `PROVIDED` in the judge's js-harness), so the editor completes and checks them.
 */

const queueMethods = (t: string) => `
  size(): number;
  isEmpty(): boolean;
  front(): ${t} | null;
  back(): ${t} | null;
  enqueue(value: ${t}): this;
  push(value: ${t}): this;
  dequeue(): ${t} | null;
  pop(): ${t} | null;
  toArray(): ${t}[];
  clear(): void;`;

const DECLARATIONS: Record<string, string> = {
  ListNode: `declare class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null);
}`,
  TreeNode: `declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}`,
  PriorityQueue: `declare class PriorityQueue<T> {
  constructor(compare: (a: T, b: T) => number, values?: T[]);
  static fromArray<T>(values: T[], compare: (a: T, b: T) => number): PriorityQueue<T>;${queueMethods("T")}
}`,
  MinPriorityQueue: `declare class MinPriorityQueue<T = number> {
  constructor(getCompareValue?: (value: T) => number | string, values?: T[]);${queueMethods("T")}
}`,
  MaxPriorityQueue: `declare class MaxPriorityQueue<T = number> {
  constructor(getCompareValue?: (value: T) => number | string, values?: T[]);${queueMethods("T")}
}`,
  Queue: `declare class Queue<T = unknown> {
  constructor(elements?: T[]);${queueMethods("T")}
}`,
  Deque: `declare class Deque<T = unknown> {
  constructor(elements?: T[]);
  pushFront(value: T): this;
  pushBack(value: T): this;
  popFront(): T | null;
  popBack(): T | null;
  front(): T | null;
  back(): T | null;
  size(): number;
  isEmpty(): boolean;
  toArray(): T[];
  clear(): void;
}`,
};

export const LEETCODE_GLOBALS = Object.keys(DECLARATIONS).map((name) => ({
  name,
  /** The code declares this name at its top level itself. */
  declaredIn: (code: string) =>
    new RegExp(
      `^\\s*(?:export\\s+)?(?:declare\\s+)?(?:class|function|interface|type|const|let|var)\\s+${name}\\b`,
      "m",
    ).test(code),
}));

export function leetCodeGlobalsFor(names: readonly string[]): string {
  return names.map((name) => DECLARATIONS[name]).join("\n\n");
}
