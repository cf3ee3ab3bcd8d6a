import os from "node:os";

import type { Page } from "playwright-core";

import { newAppData, startApp } from "./lib/app-server";
import { chromiumVersion, launchChromium, signedInContext } from "./lib/browser";
import { type BenchResult, fmt, QUICK } from "./lib/report";
import { openStore, seedPeople } from "./lib/seed";
import { median, ratio } from "./lib/stats";

/**
 * Judge in the browser: Run (visible examples) and Submit (every test) on /problems/two-sum,
 * warm, for JavaScript and Python, and Python's first run in a fresh context (Pyodide
 * downloaded and started). Timed inside the page from the click until the Run button is
 * enabled again with "N / N tests passed". Baseline: navigating to a tiny document
 * (/healthz) in the same browser.
 */
const SLUG = "two-sum";
const REPEATS = QUICK ? 2 : 5;

const RIGHT_JS = `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
    seen.set(nums[i], i);
  }
}`;
const RIGHT_PY = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i`;

/** The goals for the judge in the browser (ms). */
const GOALS = { pythonCold: 4000, pythonReturn: 1500, jsWarm: 50 };

interface Timed {
  ms: number;
  passed: string;
}

/**
 * Clicks Run or Submit and resolves when the run finished with every test passed. Kept as
 * plain JavaScript text: functions compiled by tsx carry helpers the page does not have.
 */
const TIMED_CLICK = `(label) => new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === label);
  if (!button) return reject(new Error("no " + label + " button"));
  let sawRunning = false;
  const t0 = performance.now();
  const timeout = setTimeout(() => reject(new Error(label + " did not finish in 180 s")), 180000);
  const observer = new MutationObserver(() => {
    if (button.disabled) sawRunning = true;
    if (!sawRunning || button.disabled) return;
    const ms = performance.now() - t0;
    observer.disconnect();
    clearTimeout(timeout);
    const passed = (document.querySelector('[data-testid="run-passed"]') || {}).textContent || "";
    const match = /(\\d+) \\/ (\\d+) tests passed/.exec(passed);
    if (!match || match[1] !== match[2]) {
      reject(new Error(label + " ended with: " + (document.querySelector('[data-testid="run-result"]') || {}).textContent));
    } else resolve({ ms, passed: passed.trim() });
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  button.click();
})`;

function timedClick(page: Page, label: "Run" | "Submit"): Promise<Timed> {
  return page.evaluate(`(${TIMED_CLICK})(${JSON.stringify(label)})`) as Promise<Timed>;
}

async function openProblem(page: Page): Promise<void> {
  await page.goto(`/problems/${SLUG}`);
  await page.getByTestId("editor").locator(".monaco-editor").first().waitFor({ timeout: 60_000 });
}

/**
 * Server Submit uses a fresh worker process per submission, refilled in the background:
 * back to back, each Submit waits for the one before's replacement to start. Submits this
 * far apart find a warm worker, as a person's would.
 */
const SUBMIT_SPACING_MS = 8000;

async function repeat(
  page: Page,
  label: "Run" | "Submit",
  pauseMs = 0,
): Promise<{ ms: number; passed: string; samples: number[] }> {
  await timedClick(page, label); // warm-up: worker started, tests fetched once
  const runs: Timed[] = [];
  for (let i = 0; i < REPEATS; i++) {
    if (pauseMs) await page.waitForTimeout(pauseMs);
    runs.push(await timedClick(page, label));
  }
  return { ms: median(runs.map((r) => r.ms)), passed: runs[0]!.passed, samples: runs.map((r) => r.ms) };
}

/** Opens the problem in a new page of `context`, switches to Python and runs the examples. */
async function firstPythonRun(context: import("playwright-core").BrowserContext) {
  const page = await context.newPage();
  const opened = performance.now();
  await openProblem(page);
  await page.getByLabel("Language").selectOption({ label: "Python" });
  const first = await timedClick(page, "Run");
  const fromOpenMs = performance.now() - opened;
  return {
    page,
    passed: first.passed,
    fromClickMs: first.ms,
    fromOpenMs,
    details: { fromClickMs: first.ms, fromOpenMs },
  };
}

export async function run(): Promise<BenchResult> {
  const data = newAppData("judge");
  const store = openStore(data);
  const [person] = await seedPeople(store, data, 1, "judge");
  await store.drafts.save(person!.user.id, SLUG, "javascript", RIGHT_JS);
  await store.drafts.save(person!.user.id, SLUG, "python", RIGHT_PY);
  await store.close();

  const loadBefore = os.loadavg()[0]!;
  const app = await startApp(data);
  const browser = await launchChromium();
  try {
    const version = await chromiumVersion(browser);
    const context = await signedInContext(browser, app.url, person!);
    const page = await context.newPage();

    await page.goto("/healthz");
    const trips: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await page.goto("/healthz");
      trips.push(performance.now() - t0);
    }
    const baseline = median(trips);

    await openProblem(page);
    const jsRun = await repeat(page, "Run");
    const jsSubmit = await repeat(page, "Submit");

    // Python's first load: a fresh context, so Pyodide comes over the network and starts cold.
    // Python starts loading in the background when the page opens; timed from the click
    // (what the user waits for) and from the navigation.
    const fresh = await signedInContext(browser, app.url, person!);
    const pyFirst = await firstPythonRun(fresh);
    const pyRun = await repeat(pyFirst.page, "Run");
    const pySubmit = await repeat(pyFirst.page, "Submit");
    const pySubmitSpaced = await repeat(pyFirst.page, "Submit", SUBMIT_SPACING_MS);
    await pyFirst.page.close();
    // A return visit: same browser profile, new page; Pyodide comes from Cache Storage.
    const pyReturn = await firstPythonRun(fresh);
    await fresh.close();
    await context.close();

    const rows = [
      { step: "navigate to /healthz (tiny document) [baseline]", tests: "-", ms: baseline },
      { step: "JavaScript Run, warm", tests: jsRun.passed, ms: jsRun.ms },
      { step: "JavaScript Submit, warm", tests: jsSubmit.passed, ms: jsSubmit.ms },
      { step: "Python first Run, first visit (from the click)", tests: pyFirst.passed, ms: pyFirst.fromClickMs },
      { step: "Python first Run, first visit (from opening the page)", tests: pyFirst.passed, ms: pyFirst.fromOpenMs },
      { step: "Python first Run, return visit (from the click)", tests: pyReturn.passed, ms: pyReturn.fromClickMs },
      {
        step: "Python first Run, return visit (from opening the page)",
        tests: pyReturn.passed,
        ms: pyReturn.fromOpenMs,
      },
      { step: "Python Run, warm", tests: pyRun.passed, ms: pyRun.ms },
      { step: "Python Submit, back to back", tests: pySubmit.passed, ms: pySubmit.ms },
      {
        step: `Python Submit, ${SUBMIT_SPACING_MS / 1000} s apart (a warm worker waiting)`,
        tests: pySubmitSpaced.passed,
        ms: pySubmitSpaced.ms,
      },
    ];
    return {
      name: "judge",
      title: `Judge in Chromium ${version}: /problems/${SLUG}, median of ${REPEATS} warm runs, load average ${fmt(loadBefore, 1)} → ${fmt(os.loadavg()[0]!, 1)}`,
      ratioLabel: "Python Submit warm ÷ empty page round-trip",
      ratio: ratio(pySubmit.ms, baseline),
      goal: `Python first Run ≤ ${GOALS.pythonCold} ms cold, ≤ ${GOALS.pythonReturn} ms on return; JavaScript Run warm ≤ ${GOALS.jsWarm} ms (from the click)`,
      pass:
        pyFirst.fromClickMs <= GOALS.pythonCold &&
        pyReturn.fromClickMs <= GOALS.pythonReturn &&
        jsRun.ms <= GOALS.jsWarm,
      table: rows.map((r) => ({
        step: r.step,
        tests: r.tests,
        "median ms": fmt(r.ms, 1),
        "× baseline": fmt(ratio(r.ms, baseline), 1),
      })),
      details: {
        chromium: version,
        baselineSamplesMs: trips,
        javascript: { run: jsRun, submit: jsSubmit },
        python: {
          firstVisit: pyFirst.details,
          returnVisit: pyReturn.details,
          run: pyRun,
          submit: pySubmit,
          submitSpaced: pySubmitSpaced,
        },
        goalsMs: GOALS,
      },
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}
