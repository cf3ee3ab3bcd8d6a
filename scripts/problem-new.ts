import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

import { ProblemMetaSchema, SLUG_PATTERN } from "../app/modules/problems/problem-schema";
import { startersFor } from "./problems/starters";

/**
 * npm run problem:new <slug>: a new problem folder to fill in, with starters in LeetCode's
 * form written from problem.json. After editing the signature in problem.json,
 * `npm run problem:new <slug> -- --starters` writes the three starters again.
 */
const [slug, flag] = process.argv.slice(2);
if (!slug || !SLUG_PATTERN.test(slug)) {
  console.error("usage: npm run problem:new <slug> [-- --starters]   (slug: lower-case words joined by -)");
  process.exit(2);
}
const dir = `content/problems/${slug}`;
const write = (name: string, text: string) => writeFileSync(`${dir}/${name}`, text);

function writeStarters() {
  const meta = ProblemMetaSchema.parse(JSON.parse(readFileSync(`${dir}/problem.json`, "utf8")));
  const starters = startersFor(meta);
  write("starter.js", starters.javascript);
  write("starter.ts", starters.typescript);
  write("starter.py", starters.python);
}

if (flag === "--starters") {
  writeStarters();
  console.log(`${dir}: starters written from problem.json`);
  process.exit(0);
}
if (existsSync(dir)) {
  console.error(`${dir} already exists (use -- --starters to rewrite its starters)`);
  process.exit(1);
}

const title = slug.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => `${dash ? " " : ""}${c.toUpperCase()}`);
const functionName = slug.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
mkdirSync(`${dir}/wrong`, { recursive: true });
write(
  "problem.json",
  JSON.stringify(
    {
      title,
      difficulty: "easy",
      topics: ["arrays-hashing"],
      hints: ["A first hint: what would a brute force do?"],
      kind: "function",
      signature: { functionName, params: [{ name: "nums", type: "int[]" }], returns: "int" },
      comparator: { kind: "exact" },
      timeLimitMs: 2000,
    },
    null,
    2,
  ) + "\n",
);
write(
  "statement.md",
  `Given an integer array \`nums\`, return … (the task, in our own words).\n\n### Example 1\n\n\`\`\`\nInput: nums = [1, 2, 3]\nOutput: 6\n\`\`\`\n\n### Constraints\n\n- \`1 <= nums.length <= 10^5\`\n`,
);
write(
  "tests.json",
  JSON.stringify({ tests: [{ input: { nums: [1, 2, 3] }, expected: 6, visible: true, note: "example 1" }] }) + "\n",
);
write("solution.js", `var ${functionName} = function (nums) {\n  return nums.reduce((a, b) => a + b, 0);\n};\n`);
write(
  "solution.py",
  `class Solution:\n    def ${functionName}(self, nums: List[int]) -> int:\n        return sum(nums)\n`,
);
write(
  "wrong/off-by-one.js",
  `// Skips the last element.\nvar ${functionName} = function (nums) {\n  return nums.slice(0, -1).reduce((a, b) => a + b, 0);\n};\n`,
);
write(
  "wrong/first-only.py",
  `# Only the first element.\nclass Solution:\n    def ${functionName}(self, nums):\n        return nums[0]\n`,
);
writeStarters();
console.log(`${dir} created: edit problem.json, statement.md, tests.json (at least 12), the solutions and wrong/,`);
console.log(`then npm run problem:new ${slug} -- --starters and npm run problem:check ${slug}`);
