import { createRequire } from "node:module";
import path from "node:path";

import { buildBrowserSnapshot } from "~/modules/judge/server/browser-snapshot.server";

/**
 * Part of `npm run build`: Python's memory snapshot for browsers, made in headless Chromium
 * (once per Pyodide version and prelude; later builds copy it from node_modules/.cache).
 * Without Chromium the build says why and goes on: first visits then boot Python cold.
 */
const pyodideDir = path.dirname(createRequire(import.meta.url).resolve("pyodide/package.json"));
console.log(
  await buildBrowserSnapshot({
    clientDir: path.resolve("build", "client"),
    pyodideDir,
    chromiumPath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  }),
);
