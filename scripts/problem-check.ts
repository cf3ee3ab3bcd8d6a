import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

import { SLUG_PATTERN } from "../app/modules/problems/problem-schema";

/**
 * npm run problem:check <slug>: one problem's reference solutions (JavaScript, TypeScript,
 * Python) and its wrong solutions through the judge, with the slowest test against the
 * time limit. The same tests `npm test` runs for every problem, limited to this one.
 */
const slug = process.argv[2];
if (!slug || !SLUG_PATTERN.test(slug) || !existsSync(`content/problems/${slug}/problem.json`)) {
  console.error(`usage: npm run problem:check <slug>   (a folder of content/problems with a problem.json)`);
  process.exit(2);
}
const result = spawnSync(
  "npx",
  [
    "vitest",
    "run",
    "content/problems/problem-bank.test.ts",
    "content/problems/wrong-solutions-1.test.ts",
    "content/problems/wrong-solutions-2.test.ts",
  ],
  { stdio: "inherit", env: { ...process.env, PROBLEM: slug } },
);
process.exit(result.status ?? 1);
