import fs from "node:fs";
import path from "node:path";

import type { ProblemSources } from "~/modules/problems/problem-bank.server";

/**
 * The bank's files read from `content/problems/` on disk, keyed as Vite's globs key them.
 * Only for processes Vite did not build (test children and tools run with tsx); the app
 * itself bundles the content.
 */
export function readProblemSourcesFromDisk(root = path.resolve("content/problems")): ProblemSources {
  const sources: Required<ProblemSources> = { meta: {}, statements: {}, editorials: {}, tests: {}, starters: {} };
  for (const slug of fs.readdirSync(root)) {
    const dir = path.join(root, slug);
    if (!fs.statSync(dir).isDirectory()) continue;
    const key = (name: string) => `/content/problems/${slug}/${name}`;
    const read = (name: string) => {
      const file = path.join(dir, name);
      return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    };
    const meta = read("problem.json");
    if (meta === undefined) continue;
    sources.meta[key("problem.json")] = JSON.parse(meta);
    const tests = read("tests.json");
    if (tests !== undefined) sources.tests[key("tests.json")] = JSON.parse(tests);
    const statement = read("statement.md");
    if (statement !== undefined) sources.statements[key("statement.md")] = statement;
    const editorial = read("editorial.md");
    if (editorial !== undefined) sources.editorials[key("editorial.md")] = editorial;
    for (const starter of ["starter.js", "starter.ts", "starter.py"]) {
      const code = read(starter);
      if (code !== undefined) sources.starters[key(starter)] = code;
    }
  }
  return sources;
}
