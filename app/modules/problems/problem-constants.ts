/**
 * The problem bank's names without zod: pages import these, so zod's schemas (problem-schema.ts)
 * stay on the server and in the modules that really validate on the client.
 */
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Topics in the order of the NeetCode roadmap, then two cross-cutting tags. */
export const TOPICS = {
  "arrays-hashing": "Arrays & hashing",
  "two-pointers": "Two pointers",
  "sliding-window": "Sliding window",
  stack: "Stack",
  "binary-search": "Binary search",
  "linked-list": "Linked list",
  trees: "Trees",
  tries: "Tries",
  heap: "Heap / priority queue",
  backtracking: "Backtracking",
  graphs: "Graphs",
  "advanced-graphs": "Advanced graphs",
  "dynamic-programming": "1-D dynamic programming",
  "dp-2d": "2-D dynamic programming",
  greedy: "Greedy",
  intervals: "Intervals",
  math: "Math & geometry",
  "bit-manipulation": "Bit manipulation",
  strings: "Strings",
  design: "Design",
} as const;
export type Topic = keyof typeof TOPICS;

export const LANGUAGES = ["javascript", "typescript", "python"] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_LABELS: Record<Language, string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  python: "Python",
};
