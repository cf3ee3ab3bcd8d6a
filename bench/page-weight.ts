import zlib from "node:zlib";

import type { BrowserContext } from "playwright-core";

import { newAppData, startApp } from "./lib/app-server";
import { chromiumVersion, launchChromium, signedInContext } from "./lib/browser";
import { type BenchResult, kb } from "./lib/report";
import { openStore, seedPeople, seedSession } from "./lib/seed";
import { ratio } from "./lib/stats";

/**
 * Page weight: JavaScript and CSS a first visit loads (fresh context, empty cache), waiting
 * for the network to go quiet so lazy chunks (Monaco, workers) count too. Each response body
 * is gzip-compressed here (level 6, as the server's compression middleware does) and summed.
 * The not-found page is the floor every page pays (React Router runtime, root, styles).
 */
const BUDGET_JS_GZIP = 150 * 1024;
/** Pages with an editor: usable within 1.5 s, with at most 700 KB of JavaScript before it. */
const EDITOR_READY_MS = 1_500;
const BUDGET_BEFORE_EDITOR_GZIP = 700 * 1024;
const EDITOR = '[data-testid="editor"] .monaco-editor';

interface Weight {
  jsFiles: number;
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  files: Array<{ url: string; kind: "js" | "css"; raw: number; gzip: number; atMs: number }>;
  /** Navigation to an editor that takes keystrokes; null on pages without one. */
  editorReadyMs: number | null;
  /** JavaScript (gzip) that had arrived by then. */
  jsGzipBeforeEditor: number | null;
}

async function weigh(context: BrowserContext, path: string, readySelector?: string): Promise<Weight> {
  const page = await context.newPage();
  const pending: Array<Promise<Weight["files"][number] | null>> = [];
  const collect = (response: import("playwright-core").Response) => {
    const type = response.headers()["content-type"] ?? "";
    const url = new URL(response.url());
    const kind: "js" | "css" | null =
      /javascript/.test(type) || /\.m?js$/.test(url.pathname) ? "js" : /text\/css/.test(type) ? "css" : null;
    if (!kind || response.status() !== 200) return;
    const atMs = performance.now() - started;
    pending.push(
      response
        .body()
        .then((body) => ({
          url: url.pathname,
          kind,
          raw: body.length,
          gzip: zlib.gzipSync(body, { level: 6 }).length,
          atMs,
        }))
        .catch((error: unknown) => {
          console.warn(`  (could not read ${url.pathname}: ${(error as Error).message.split("\n")[0]})`);
          return null;
        }),
    );
  };
  context.on("response", collect);
  const started = performance.now();
  await page.goto(path);
  // Lazy islands start after hydration, which can come after the network first goes quiet.
  let editorReadyMs: number | null = null;
  if (readySelector) {
    // Usable means it takes a keystroke: Monaco's input area exists and has focus after a click.
    await page.locator(readySelector).first().waitFor({ timeout: 60_000 });
    await page.locator(`${readySelector} textarea`).first().focus();
    editorReadyMs = performance.now() - started;
  }
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1_000);
  await page.waitForLoadState("networkidle");
  context.off("response", collect);
  const seen = new Map<string, Weight["files"][number]>();
  for (const file of await Promise.all(pending)) if (file) seen.set(file.url, file);
  const files = [...seen.values()];
  const sum = (kind: "js" | "css", key: "raw" | "gzip") =>
    files.filter((f) => f.kind === kind).reduce((n, f) => n + f[key], 0);
  await page.close();
  const before = editorReadyMs === null ? null : files.filter((f) => f.kind === "js" && f.atMs <= editorReadyMs!);
  return {
    editorReadyMs,
    jsGzipBeforeEditor: before ? before.reduce((n, f) => n + f.gzip, 0) : null,
    jsFiles: files.filter((f) => f.kind === "js").length,
    jsRaw: sum("js", "raw"),
    jsGzip: sum("js", "gzip"),
    cssRaw: sum("css", "raw"),
    cssGzip: sum("css", "gzip"),
    files: files.sort((a, b) => b.gzip - a.gzip),
  };
}

export async function run(): Promise<BenchResult> {
  const data = newAppData("page-weight");
  const store = openStore(data);
  const [person, guest] = await seedPeople(store, data, 2, "weight");
  const sessionId = await seedSession(store, person!.user, guest!.user);
  await store.close();

  const app = await startApp(data);
  const browser = await launchChromium();
  try {
    const version = await chromiumVersion(browser);
    const pages: Array<{ page: string; path: string; budget: boolean; ready?: string }> = [
      { page: "/no-such-page (floor) [baseline]", path: "/no-such-page", budget: false },
      { page: "/", path: "/", budget: true },
      { page: "/sessions", path: "/sessions", budget: true },
      { page: "/problems/two-sum", path: "/problems/two-sum", budget: false, ready: EDITOR },
      { page: "/sessions/:id (room, seated)", path: `/sessions/${sessionId}`, budget: false, ready: EDITOR },
    ];
    const measured = [];
    for (const p of pages) {
      const context = await signedInContext(browser, app.url, person!);
      measured.push({ ...p, weight: await weigh(context, p.path, p.ready) });
      await context.close();
    }
    const budgeted = measured.filter((m) => m.budget);
    const editorOk = (w: Weight) =>
      w.editorReadyMs === null ||
      (w.editorReadyMs <= EDITOR_READY_MS && (w.jsGzipBeforeEditor ?? 0) <= BUDGET_BEFORE_EDITOR_GZIP);
    const pass = budgeted.every((m) => m.weight.jsGzip <= BUDGET_JS_GZIP) && measured.every((m) => editorOk(m.weight));
    const worst = Math.max(...budgeted.map((m) => m.weight.jsGzip));
    const floor = measured[0]!.weight.jsGzip;
    return {
      name: "page-weight",
      title: `Page weight in Chromium ${version} (first visit, signed in, gzip level 6)`,
      ratioLabel: "heavier of / and /sessions JS gzip ÷ 150 KB budget",
      ratio: ratio(worst, BUDGET_JS_GZIP),
      goal: "≤ 1 (/ and /sessions ≤ 150 KB JS gzip); editor pages usable ≤ 1.5 s with ≤ 700 KB JS gzip before it",
      pass,
      table: measured.map((m) => ({
        page: m.page,
        "JS files": m.weight.jsFiles,
        "JS raw": kb(m.weight.jsRaw),
        "JS gzip": kb(m.weight.jsGzip),
        "CSS gzip": kb(m.weight.cssGzip),
        "JS × floor": (m.weight.jsGzip / floor).toFixed(2),
        "editor ready": m.weight.editorReadyMs === null ? "-" : `${Math.round(m.weight.editorReadyMs)} ms`,
        "JS gzip before editor": m.weight.jsGzipBeforeEditor === null ? "-" : kb(m.weight.jsGzipBeforeEditor),
        budget: m.budget
          ? m.weight.jsGzip <= BUDGET_JS_GZIP
            ? "PASS"
            : "FAIL"
          : m.weight.editorReadyMs === null
            ? "-"
            : editorOk(m.weight)
              ? "PASS"
              : "FAIL",
      })),
      details: {
        chromium: version,
        budgetJsGzipBytes: BUDGET_JS_GZIP,
        pages: Object.fromEntries(
          measured.map((m) => [m.path.startsWith("/sessions/") ? "/sessions/:id" : m.path, m.weight]),
        ),
      },
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}
