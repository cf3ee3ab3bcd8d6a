import zlib from "node:zlib";

import type { Browser, BrowserContext, Page } from "playwright-core";

import { newAppData, startApp } from "./lib/app-server";
import { chromiumVersion, launchChromium, signedInContext } from "./lib/browser";
import { type BenchResult, kb } from "./lib/report";
import { openStore, type Person, seedPeople, seedSession } from "./lib/seed";
import { ratio } from "./lib/stats";

/**
 * Page weight: JavaScript and CSS a first visit loads (fresh context, empty cache), waiting
 * for the network to go quiet so lazy chunks (Monaco, workers) count too. Each response body
 * is gzip-compressed here (level 6, as the server's compression middleware does) and summed.
 * The not-found page is the floor every page pays (React Router runtime, root, styles).
 * Every page is requested once, unmeasured, before it is measured: a server's first render
 * of a route is not what navigation on loopback costs. The browser's cache stays cold.
 */
const BUDGET_JS_GZIP = 150 * 1024;
/** Pages with an editor: takes keystrokes within 1.5 s, with at most 700 KB of JavaScript before it. */
const EDITOR_READY_MS = 1_500;
const BUDGET_BEFORE_EDITOR_GZIP = 700 * 1024;
/** The plain code textarea the server renders, until Monaco takes over (ADR 070). */
const PLAIN = '[data-testid="editor"] textarea[data-testid="code-textarea"]';
const MONACO = '[data-testid="editor"] .monaco-editor';
/** Typed into the editor and read back to prove it takes keystrokes. */
const MARK = "~";

interface Weight {
  jsFiles: number;
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  files: Array<{ url: string; kind: "js" | "css"; raw: number; gzip: number; atMs: number }>;
  /** Navigation to an editor that took a typed character (plain textarea or Monaco); null without one. */
  editorReadyMs: number | null;
  /** Which one took it. */
  editorReadyBy: "textarea" | "monaco" | null;
  /** JavaScript (gzip) that had arrived by then. */
  jsGzipBeforeEditor: number | null;
  /** Navigation to the document's first bytes (the server's render time plus loopback). */
  documentMs: number;
  /** Navigation to Monaco mounted, visible and focusable. */
  monacoReadyMs: number | null;
  jsGzipBeforeMonaco: number | null;
}

/**
 * Polls until the plain textarea or Monaco (whichever is there first) takes a keystroke: the
 * character typed must be read back from the textarea's value or Monaco's rendered lines.
 */
async function typeIntoEditor(page: Page): Promise<"textarea" | "monaco"> {
  const count = (text: string | null) => (text ?? "").split(MARK).length - 1;
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    const monaco = page.locator(MONACO).first();
    if (await monaco.isVisible()) {
      // A click, as a person would: Monaco's own input element takes the focus.
      const lines = monaco.locator(".view-lines").first();
      const before = count(await lines.textContent());
      await lines.click();
      await page.keyboard.type(MARK);
      await expectSoon(async () => count(await lines.textContent()) > before);
      return "monaco";
    }
    const plain = page.locator(PLAIN).first();
    if (await plain.isVisible()) {
      const before = count(await plain.inputValue());
      await plain.focus();
      await page.keyboard.type(MARK);
      // Monaco may have taken over (with the character) between the two steps: both count.
      if (!(await plain.isVisible())) continue;
      if (count(await plain.inputValue()) > before) return "textarea";
    }
    await page.waitForTimeout(10);
  }
  throw new Error("the editor never took a keystroke");
}

async function expectSoon(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the typed character never showed in the editor");
}

async function weigh(context: BrowserContext, path: string, editor: boolean): Promise<Weight> {
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
  // "commit": the document starts arriving; the editor may take keystrokes before `load`.
  await page.goto(path, { waitUntil: "commit" });
  const documentMs = performance.now() - started;
  if (!editor) await page.waitForLoadState("load");
  let editorReadyMs: number | null = null;
  let editorReadyBy: Weight["editorReadyBy"] = null;
  let monacoReadyMs: number | null = null;
  if (editor) {
    editorReadyBy = await typeIntoEditor(page);
    editorReadyMs = performance.now() - started;
    // Monaco is ready when it is shown and its input area takes focus.
    await page.locator(MONACO).first().waitFor({ state: "visible", timeout: 60_000 });
    await page.locator(`${MONACO} textarea`).first().focus();
    monacoReadyMs = performance.now() - started;
  }
  await page.waitForLoadState("load");
  // Lazy islands start after hydration, which can come after the network first goes quiet.
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
  const jsBefore = (ms: number | null) =>
    ms === null ? null : files.filter((f) => f.kind === "js" && f.atMs <= ms).reduce((n, f) => n + f.gzip, 0);
  return {
    documentMs,
    editorReadyMs,
    editorReadyBy,
    jsGzipBeforeEditor: jsBefore(editorReadyMs),
    monacoReadyMs,
    jsGzipBeforeMonaco: jsBefore(monacoReadyMs),
    jsFiles: files.filter((f) => f.kind === "js").length,
    jsRaw: sum("js", "raw"),
    jsGzip: sum("js", "gzip"),
    cssRaw: sum("css", "raw"),
    cssGzip: sum("css", "gzip"),
    files: files.sort((a, b) => b.gzip - a.gzip),
  };
}

/** One unmeasured request for the page in a throwaway context, so the server has rendered it once. */
async function warm(browser: Browser, baseUrl: string, person: Person, path: string): Promise<void> {
  const context = await signedInContext(browser, baseUrl, person);
  try {
    const response = await context.request.get(path);
    await response.body();
  } finally {
    await context.close();
  }
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
    const pages: Array<{ page: string; path: string; budget: boolean; editor?: boolean }> = [
      { page: "/no-such-page (floor) [baseline]", path: "/no-such-page", budget: false },
      { page: "/", path: "/", budget: true },
      { page: "/sessions", path: "/sessions", budget: true },
      { page: "/problems/two-sum", path: "/problems/two-sum", budget: false, editor: true },
      { page: "/sessions/:id (room, seated)", path: `/sessions/${sessionId}`, budget: false, editor: true },
    ];
    const measured = [];
    for (const p of pages) {
      await warm(browser, app.url, person!, p.path);
      const context = await signedInContext(browser, app.url, person!);
      measured.push({ ...p, weight: await weigh(context, p.path, p.editor ?? false) });
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
      goal: "≤ 1 (/ and /sessions ≤ 150 KB JS gzip); editor pages take keystrokes ≤ 1.5 s with ≤ 700 KB JS gzip before",
      pass,
      table: measured.map((m) => ({
        page: m.page,
        "JS files": m.weight.jsFiles,
        "JS raw": kb(m.weight.jsRaw),
        "JS gzip": kb(m.weight.jsGzip),
        "CSS gzip": kb(m.weight.cssGzip),
        "JS × floor": (m.weight.jsGzip / floor).toFixed(2),
        document: `${Math.round(m.weight.documentMs)} ms`,
        "takes keystrokes":
          m.weight.editorReadyMs === null
            ? "-"
            : `${Math.round(m.weight.editorReadyMs)} ms (${m.weight.editorReadyBy})`,
        "JS gzip before": m.weight.jsGzipBeforeEditor === null ? "-" : kb(m.weight.jsGzipBeforeEditor),
        "Monaco ready": m.weight.monacoReadyMs === null ? "-" : `${Math.round(m.weight.monacoReadyMs)} ms`,
        "JS gzip before Monaco": m.weight.jsGzipBeforeMonaco === null ? "-" : kb(m.weight.jsGzipBeforeMonaco),
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
