import fs from "node:fs";
import path from "node:path";

import type { ProblemSources } from "~/modules/problems/problem-bank.server";

/**
 * Where the bank's files live. The tests (27 MB of JSON, most of it a few large inputs) are
 * read from here even by the built app: bundled, they made the server chunk 50 MB that every
 * start and every test process parsed as JavaScript. The project root is the working
 * directory (`npm start`, the Docker image) or, failing that, where the started script is.
 */
export function problemsDir(): string {
  const fromCwd = path.resolve("content/problems");
  if (fs.existsSync(fromCwd) || !process.argv[1]) return fromCwd;
  return path.resolve(path.dirname(process.argv[1]), "content/problems");
}

const keyOf = (slug: string, name: string) => `/content/problems/${slug}/${name}`;

/** Each problem's tests.json, keyed as Vite's globs key the other files. */
export function readProblemTestsFromDisk(slugs: string[], root = problemsDir()): Record<string, unknown> {
  const tests: Record<string, unknown> = {};
  for (const slug of slugs) {
    const file = path.join(root, slug, "tests.json");
    if (fs.existsSync(file)) tests[keyOf(slug, "tests.json")] = JSON.parse(fs.readFileSync(file, "utf8"));
  }
  return tests;
}

/**
 * All of the bank's files read from disk. Only for processes Vite did not build (test
 * children and tools run with tsx); the app bundles everything but the tests.
 */
export function readProblemSourcesFromDisk(root = problemsDir()): ProblemSources {
  const sources: Required<ProblemSources> = { meta: {}, statements: {}, editorials: {}, tests: {}, starters: {} };
  const slugs: string[] = [];
  for (const slug of fs.readdirSync(root)) {
    const dir = path.join(root, slug);
    if (!fs.statSync(dir).isDirectory()) continue;
    const read = (name: string) => {
      const file = path.join(dir, name);
      return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    };
    const meta = read("problem.json");
    if (meta === undefined) continue;
    slugs.push(slug);
    sources.meta[keyOf(slug, "problem.json")] = JSON.parse(meta);
    const statement = read("statement.md");
    if (statement !== undefined) sources.statements[keyOf(slug, "statement.md")] = statement;
    const editorial = read("editorial.md");
    if (editorial !== undefined) sources.editorials[keyOf(slug, "editorial.md")] = editorial;
    for (const starter of ["starter.js", "starter.ts", "starter.py"]) {
      const code = read(starter);
      if (code !== undefined) sources.starters[keyOf(slug, starter)] = code;
    }
  }
  sources.tests = readProblemTestsFromDisk(slugs, root);
  return sources;
}
