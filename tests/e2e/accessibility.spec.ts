import { createRequire } from "node:module";

import type { Page } from "@playwright/test";
import type { AxeResults } from "axe-core";

import routes from "../../app/routes";
import { expect, newPerson, signUp, test } from "./fixtures";

/**
 * Every page of app/routes.ts, light and dark, desktop and phone, signed out and in:
 * axe finds no serious or critical violation. Routes that are not pages are named here
 * with the reason they are skipped, so a new page cannot be forgotten.
 */
const NOT_PAGES: Record<string, string> = {
  logout: "an action that signs out and redirects",
  theme: "an action that stores the theme and redirects",
  "problems/:slug/tests": "JSON for the judge",
  "api/inngest": "an API endpoint",
  "api/webhooks/clerk": "a webhook endpoint",
  "api/sessions/:id/stream-token": "an API endpoint",
  "account/time-zone": "JSON for the time-zone setting",
  "progress/export/:format": "a CSV or JSON download",
  "sessions/history/:id/reflection": "an action that saves a reflection",
  "dev/outbox": "a developer's page on loopback only (404 here)",
  "api/test/scheduling-tick": "a test-only trigger",
  "scheduled/:id/calendar.ics": "a calendar file",
  "problems/:slug/submissions": "Submit's endpoint (JSON or a redirect)",
  "sessions/:id/submissions": "Submit's endpoint in a room (JSON or a redirect)",
  "api/drafts": "an API endpoint",
};

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

interface Finding {
  page: string;
  id: string;
  impact: string;
  targets: string[];
}

const WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** axe-core's 1.5 MB source: evaluated once per loaded page, not once per audit. */
const axeSource: string = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

/** `only`: just these rules; `except`: every WCAG A/AA rule but these. */
async function audit(
  page: Page,
  label: string,
  rules: { only?: string[]; except?: string[] } = {},
): Promise<Finding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const options = {
    runOnly: rules.only ? { type: "rule", values: rules.only } : { type: "tag", values: WCAG_A_AA },
    rules: Object.fromEntries((rules.except ?? []).map((id) => [id, { enabled: false }])),
    // Passes and incomplete checks are not read here; serialising them costs more than the run.
    resultTypes: ["violations"],
  };
  const violations = await page.evaluate(async (runOptions) => {
    // A scheme or viewport change starts colour transitions: audit the colours they end on
    // (transitions only, at most a second: spinners and other animations never finish).
    const transitions = document.getAnimations().filter((a) => a instanceof CSSTransition);
    await Promise.race([
      Promise.all(transitions.map((t) => t.finished.catch(() => null))),
      new Promise((resolve) => setTimeout(resolve, 1000)),
    ]);
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResults> } })
      .axe;
    return (await axe.run(document, runOptions)).violations;
  }, options);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      page: label,
      id: v.id,
      impact: v.impact ?? "",
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
}

test("axe: no serious or critical violation on any page, light and dark, desktop and phone", async ({
  page,
  browser,
  baseURL,
}) => {
  // About thirty pages, each audited three ways.
  test.setTimeout(480_000);
  // Set up every state a page can be in: a waiting room, a full one, an ended one.
  const host = await newPerson(browser, baseURL);
  await signUp(host.page);
  await host.page.goto("/sessions?problem=two-sum");
  await host.page.getByRole("button", { name: "Start session" }).click();
  await expect(host.page.getByTestId("room-problem")).toHaveText("Two Sum");
  const fullRoom = host.page.url();
  // One open session per user: each room below has its own host.
  const ender = await newPerson(browser, baseURL);
  await signUp(ender.page);
  await ender.page.goto("/sessions?problem=valid-parentheses");
  await ender.page.getByRole("button", { name: "Start session" }).click();
  await expect(ender.page.getByTestId("session-room")).toBeVisible();
  const endedRoom = ender.page.url();
  await ender.page.getByText("End for both", { exact: true }).click();
  await ender.page.getByRole("button", { name: "Yes, end for both" }).click();
  await expect(ender.page.getByTestId("session-ended")).toBeVisible({ timeout: 30_000 });
  await ender.page.goto("/sessions?problem=climbing-stairs");
  await ender.page.getByRole("button", { name: "Start session" }).click();
  await expect(ender.page.getByTestId("session-room")).toBeVisible();
  const openRoom = ender.page.url();
  const guest = await newPerson(browser, baseURL);
  await signUp(guest.page);
  await guest.page.goto(fullRoom);
  await guest.page.getByRole("button", { name: "Join session" }).click();
  await expect(guest.page.getByTestId("session-room")).toBeVisible();

  const signedOut: Array<[string, string]> = [
    ["", "/"],
    ["signup", "/signup"],
    ["login", "/login"],
    ["problems", "/problems"],
    ["u/:username", "/u/nobody-here"],
    ["forgot-password", "/forgot-password"],
    ["reset-password", "/reset-password"],
    ["verify-email", "/verify-email"],
    // Without a password first it leads back to sign-in: the audit covers where it leads.
    ["login/two-factor", "/login/two-factor"],
    ["*", "/no-such-page"],
  ];
  const signedIn: Array<[string, string]> = [
    ["", "/"],
    ["account", "/account"],
    ["problems", "/problems"],
    ["problems/:slug", "/problems/two-sum"],
    ["sessions", "/sessions"],
    ["sessions/history", "/sessions/history"],
    ["progress", "/progress"],
    ["problems/roadmap", "/problems/roadmap"],
    ["sessions/history/:id", endedRoom.replace(baseURL ?? "", "").replace("/sessions/", "/sessions/history/")],
    // An unknown submission: the not-found page as a signed-in reader sees it.
    ["submissions/:id", "/submissions/00000000-0000-4000-8000-000000000000"],
    ["match", "/match"],
    ["scheduled", "/scheduled"],
    ["scheduled/:id", "/scheduled/00000000-0000-4000-8000-000000000000"],
    ["partners", "/partners"],
    ["notifications", "/notifications"],
    ["sessions/:id", openRoom.replace(baseURL ?? "", "")],
    ["sessions/:id", fullRoom.replace(baseURL ?? "", "")],
    ["sessions/:id", endedRoom.replace(baseURL ?? "", "")],
    ["*", "/no-such-page"],
  ];

  // Every route of routes.ts is visited or named as not a page.
  const visited = new Set([...signedOut, ...signedIn].map(([pattern]) => pattern));
  for (const route of routes) {
    const pattern = route.index ? "" : (route.path ?? "");
    if (!visited.has(pattern))
      expect(NOT_PAGES[pattern], `route "${pattern}" is neither audited nor listed`).toBeTruthy();
  }

  // Each page is loaded once and audited three ways: every rule on a desktop in light; contrast
  // in dark (only colours differ between the schemes); every rule but contrast on a phone
  // (layout differs, colours do not, and contrast is the costliest rule by far).
  const findings: Finding[] = [];
  const auditEveryWay = async (target: Page, label: string, load: () => Promise<unknown>) => {
    await target.setViewportSize(VIEWPORTS.desktop);
    await target.emulateMedia({ colorScheme: "light" });
    await load();
    findings.push(...(await audit(target, `light desktop ${label}`)));
    await target.emulateMedia({ colorScheme: "dark" });
    findings.push(...(await audit(target, `dark desktop ${label}`, { only: ["color-contrast"] })));
    await target.emulateMedia({ colorScheme: "light" });
    await target.setViewportSize(VIEWPORTS.phone);
    findings.push(...(await audit(target, `light phone ${label}`, { except: ["color-contrast"] })));
  };
  for (const [, path] of signedOut) await auditEveryWay(page, `signed out ${path}`, () => page.goto(path));
  await signUp(page);
  for (const [, path] of signedIn) {
    await auditEveryWay(page, `signed in ${path}`, async () => {
      await page.goto(path);
      if (/^\/problems\/(?!roadmap$)[^/]+$/.test(path)) {
        await expect(page.getByTestId("editor").locator(".monaco-editor")).toBeAttached({ timeout: 30_000 });
      }
    });
  }
  // The room itself, as its guest sees it (the loops above saw the join, full and ended pages).
  await auditEveryWay(guest.page, "room", async () => {
    await guest.page.reload();
    await expect(guest.page.getByTestId("editor").locator(".monaco-editor")).toBeAttached({ timeout: 30_000 });
  });
  expect(findings).toEqual([]);
  await host.context.close();
  await guest.context.close();
});
