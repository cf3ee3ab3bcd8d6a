import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

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
const SCHEMES = ["light", "dark"] as const;

interface Finding {
  page: string;
  id: string;
  impact: string;
  targets: string[];
}

async function audit(page: Page, label: string): Promise<Finding[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
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
  // About thirty pages, each audited four times (light and dark, desktop and phone).
  test.setTimeout(600_000);
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

  const findings: Finding[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      for (const [, path] of signedOut) {
        await page.goto(path);
        findings.push(...(await audit(page, `${scheme} ${size} signed out ${path}`)));
      }
    }
  }
  await signUp(page);
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      for (const [, path] of signedIn) {
        await page.goto(path);
        if (/^\/problems\/(?!roadmap$)[^/]+$/.test(path)) {
          await expect(page.getByTestId("editor").locator(".monaco-editor")).toBeAttached({ timeout: 30_000 });
        }
        findings.push(...(await audit(page, `${scheme} ${size} signed in ${path}`)));
      }
    }
  }
  // The room itself, as its host sees it (the loops above saw the join, full and ended pages).
  for (const scheme of SCHEMES) {
    await guest.page.emulateMedia({ colorScheme: scheme });
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      await guest.page.setViewportSize(viewport);
      await guest.page.reload();
      await expect(guest.page.getByTestId("editor").locator(".monaco-editor")).toBeAttached({ timeout: 30_000 });
      findings.push(...(await audit(guest.page, `${scheme} ${size} room`)));
    }
  }
  expect(findings).toEqual([]);
  await host.context.close();
  await guest.context.close();
});
