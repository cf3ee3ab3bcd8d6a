import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The judge worker's code as two self-contained files, so a locked-down process needs to
 * read nothing but them (and Pyodide's own files): `sandbox-child.mjs` (the process) and
 * `js-realm.js` (the JavaScript harness, evaluated inside a fresh vm context).
 *
 * `npm run build` writes them to build/judge/; elsewhere (dev, tests, bench) they are
 * bundled on start with esbuild, so they always match the harness's current source.
 */

export const PREBUILT_DIR = path.resolve("build", "judge");
const FILES = ["sandbox-child.mjs", "js-realm.js"] as const;

const here = path.dirname(fileURLToPath(import.meta.url));

function findAppDir(): string {
  // Walk up from this module to the folder that holds judge/ (the app's root) — from source only.
  let dir = here;
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, "modules", "judge", "js-harness.ts"))) return dir;
    dir = path.dirname(dir);
  }
  return path.resolve("app");
}

/** Bundles the worker into `outDir` (used by the build and by dev/test start-up). */
export async function bundleSandbox(outDir: string): Promise<string> {
  const esbuild = await import("esbuild");
  const appDir = findAppDir();
  const sandboxDir = path.join(appDir, "modules", "judge", "server", "sandbox");
  const common = {
    bundle: true,
    alias: { "~": appDir },
    logLevel: "silent" as const,
    legalComments: "none" as const,
    target: "node20",
  };
  fs.mkdirSync(outDir, { recursive: true });
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [path.join(sandboxDir, "sandbox-child.ts")],
      outfile: path.join(outDir, "sandbox-child.mjs"),
      platform: "node",
      format: "esm",
    }),
    esbuild.build({
      ...common,
      entryPoints: [path.join(sandboxDir, "js-realm.ts")],
      outfile: path.join(outDir, "js-realm.js"),
      // No Node APIs inside the realm: it has none.
      platform: "neutral",
      mainFields: ["module", "main"],
      format: "iife",
    }),
  ]);
  return outDir;
}

/** Where the worker's files are: the production build's, or a fresh bundle. */
export async function sandboxBundleDir(production: boolean): Promise<{ dir: string; temporary: boolean }> {
  if (production && FILES.every((f) => fs.existsSync(path.join(PREBUILT_DIR, f)))) {
    return { dir: PREBUILT_DIR, temporary: false };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peerprep-judge-"));
  await bundleSandbox(dir);
  return { dir, temporary: true };
}
