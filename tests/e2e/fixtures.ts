import { readFileSync } from "node:fs";
import path from "node:path";

import { type Browser, type BrowserContext, expect, type Page, test as base } from "@playwright/test";

import { SecretsRecorder } from "./secrets-recorder";

let addressCounter = 0;
/** A distinct client address per browser context (the server trusts X-Forwarded-For in tests). */
export const nextAddress = () => `198.51.100.${(++addressCounter + process.pid) % 250}`;

let nameCounter = 0;
export function uniqueName(prefix = "u"): string {
  return `${prefix}${Date.now().toString(36).slice(-5)}${(++nameCounter).toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.slice(
    0,
    24,
  );
}

export interface TestUser {
  username: string;
  email: string;
  password: string;
}

export function newUserDetails(prefix = "u"): TestUser {
  const username = uniqueName(prefix);
  return { username, email: `${username}@example.test`, password: "correct horse battery" };
}

/**
 * Fake cameras cost real CPU (every open room encodes video). Tests that are not about the
 * call run with no camera or microphone; the call's own tests opt in with `withMedia`.
 */
async function disableMedia(context: BrowserContext) {
  await context.addInitScript(() => {
    if (!navigator.mediaDevices) return;
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException("No devices in this test", "NotFoundError"));
  });
}

export const test = base.extend<{ withMedia: boolean }>({
  withMedia: [false, { option: true }],
  extraHTTPHeaders: async ({}, use) => {
    await use({ "X-Forwarded-For": nextAddress() });
  },
  context: async ({ context, withMedia }, use) => {
    if (!withMedia) await disableMedia(context);
    // Every response body and socket frame of the test is checked for secrets at its end.
    const recorder = SecretsRecorder.start();
    recorder.watch(context);
    await use(context);
    const leaks = await recorder.finish();
    expect(leaks, "secrets seen by the browser").toEqual([]);
  },
});

export { expect };

/** A second (or third) person: their own context, cookies and address. */
export async function newPerson(
  browser: Browser,
  baseURL: string | undefined,
  { withMedia = false }: { withMedia?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { "X-Forwarded-For": nextAddress() },
  });
  SecretsRecorder.current()?.watch(context);
  if (!withMedia) await disableMedia(context);
  return { context, page: await context.newPage() };
}

/**
 * Signs up through the form, as a person does. Tests about sign-up itself use this; the rest
 * use `signUp`, which posts the same form without rendering it.
 */
export async function signUpWithForm(page: Page, user: TestUser = newUserDetails()): Promise<TestUser> {
  await page.goto("/signup");
  await page.getByLabel("Username").fill(user.username);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByTestId("user-menu")).toContainText(user.username);
  return user;
}

/**
 * Signs up by posting the sign-up form from the page's context (its cookie jar and address):
 * the account and login session are the same as through the form, without rendering and
 * hydrating two pages. The page is left where it was; callers navigate next.
 */
export async function signUp(page: Page, user: TestUser = newUserDetails()): Promise<TestUser> {
  const response = await page.request.post("/signup", {
    form: { username: user.username, email: user.email, password: user.password },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-up of ${user.username}: ${await response.text()}`).toBe(302);
  return user;
}

export async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Username or email").fill(user.username);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("user-menu")).toContainText(user.username);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId("user-menu").click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** How many tests a problem's judge runs, read from its content file so the bank can grow. */
export function problemTestCount(slug: string): number {
  const file = path.join(process.cwd(), "content", "problems", slug, "tests.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { tests: unknown[] }).tests.length;
}

/** The judge's line when every test of a problem passed, e.g. "14 / 14 tests passed". */
export const allTestsPassed = (slug: string) => `${problemTestCount(slug)} / ${problemTestCount(slug)} tests passed`;
