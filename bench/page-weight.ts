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
const EDITOR = '[data-testid="editor"] .monaco-editor';

interface Weight {
  jsFiles: number;
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  files: Array<{ url: string; kind: "js" | "css"; raw: number; gzip: number }>;
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
    pending.push(
      response
        .body()
        .then((body) => ({ url: url.pathname, kind, raw: body.length, gzip: zlib.gzipSync(body, { level: 6 }).length }))
        .catch((error: unknown) => {
          console.warn(`  (could not read ${url.pathname}: ${(error as Error).message.split("\n")[0]})`);
          return null;
        }),
    );
  };
  context.on("response", collect);
  await page.goto(path);
  // Lazy islands start after hydration, which can come after the network first goes quiet.
  if (readySelector) await page.locator(readySelector).first().waitFor({ timeout: 60_000 });
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
  return {
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
    const pass = budgeted.every((m) => m.weight.jsGzip <= BUDGET_JS_GZIP);
    const worst = Math.max(...budgeted.map((m) => m.weight.jsGzip));
    const floor = measured[0]!.weight.jsGzip;
    return {
      name: "page-weight",
      title: `Page weight in Chromium ${version} (first visit, signed in, gzip level 6)`,
      ratioLabel: "heavier of / and /sessions JS gzip ÷ 150 KB budget",
      ratio: ratio(worst, BUDGET_JS_GZIP),
      goal: "≤ 1 (/ and /sessions ≤ 150 KB JS gzip)",
      pass,
      table: measured.map((m) => ({
        page: m.page,
        "JS files": m.weight.jsFiles,
        "JS raw": kb(m.weight.jsRaw),
        "JS gzip": kb(m.weight.jsGzip),
        "CSS gzip": kb(m.weight.cssGzip),
        "JS × floor": (m.weight.jsGzip / floor).toFixed(2),
        budget: m.budget ? (m.weight.jsGzip <= BUDGET_JS_GZIP ? "PASS" : "FAIL") : "-",
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
