import { generateTOTP } from "@epic-web/totp";
import type { Browser, Page } from "@playwright/test";

import { expect, newPerson, newUserDetails, signIn, signOut, signUp, test } from "./fixtures";

/** The local outbox answers loopback only; the e2e server trusts X-Forwarded-For. */
async function latestMailLink(browser: Browser, baseURL: string, to: string, path: string): Promise<string> {
  const outbox = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "127.0.0.1" } });
  try {
    const page = await outbox.newPage();
    let link = "";
    await expect(async () => {
      await page.goto("/dev/outbox");
      const message = page.getByTestId("outbox-message").filter({ hasText: to }).first();
      const text = await message.getByTestId("outbox-text").innerText();
      link = new RegExp(`https?://\\S+${path}\\S*`).exec(text)?.[0] ?? "";
      expect(link).not.toBe("");
    }).toPass({ timeout: 20_000 });
    return new URL(link).pathname + new URL(link).search;
  } finally {
    await outbox.close();
  }
}

const PERIOD = 30;
/**
 * A code for the authenticator's next time step: the server accepts one step either side of
 * its clock and each step once, so this differs from the code that turned two-factor on.
 */
async function nextStepCode(secret: string): Promise<string> {
  // The library reads the clock through `new Date()`: shift it one step for this call only.
  const RealDate = Date;
  const at = RealDate.now() + PERIOD * 1000;
  globalThis.Date = class extends RealDate {
    constructor(...args: [] | [number]) {
      super(args.length ? args[0]! : at);
    }
    static override now() {
      return at;
    }
  } as DateConstructor;
  try {
    return (await generateTOTP({ secret, period: PERIOD, digits: 6, algorithm: "SHA-1" })).otp;
  } finally {
    globalThis.Date = RealDate;
  }
}

async function passwordStep(page: Page, login: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Username or email").fill(login);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("accounts people can keep", () => {
  test("forgot password: the link arrives, the reset signs out the other browser, the old password is refused", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const user = await signUp(page, newUserDetails("rst"));
    const { page: other } = await newPerson(browser, baseURL);
    await signIn(other, user);

    const { page: forgot } = await newPerson(browser, baseURL);
    await forgot.goto("/login");
    await forgot.getByRole("link", { name: /forgot/i }).click();
    // On the new page first: "Email" also matches the sign-in page's "Username or email".
    await expect(forgot.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await forgot.getByLabel("Email", { exact: true }).fill(user.email);
    await forgot.getByRole("button", { name: "Send reset link" }).click();
    await expect(forgot.getByTestId("reset-sent")).toBeVisible();

    const link = await latestMailLink(browser, baseURL!, user.email, "/reset-password");
    await forgot.goto(link);
    const fresh = "a brand new passphrase";
    await forgot.getByLabel("New password", { exact: true }).fill(fresh);
    await forgot.getByLabel("Repeat new password").fill(fresh);
    await forgot.getByRole("button", { name: "Set new password" }).click();
    await expect(forgot).toHaveURL(/\/login/);

    // The link works once.
    await forgot.goto(link);
    await expect(forgot.getByText(/expired or was already used/i).first()).toBeVisible();

    // Every other login ended: the other browser is signed out on its next request.
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await other.reload();
    await expect(other.getByRole("link", { name: "Sign in" })).toBeVisible();

    await passwordStep(forgot, user.username, user.password);
    await expect(forgot.getByText("Wrong username, email or password")).toBeVisible();
    await signIn(forgot, { ...user, password: fresh });
  });

  test("two-factor: enrolment, the code at sign-in, a recovery code that works once", async ({ page }) => {
    test.setTimeout(180_000);
    const user = await signUp(page, newUserDetails("tfa"));
    await page.goto("/account");
    await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    const secret = (await page.getByTestId("totp-secret").innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    await expect(page.locator('img[alt*="QR" i], svg[aria-label*="QR" i]').first()).toBeVisible();
    const enrolmentCode = (await generateTOTP({ secret, period: PERIOD })).otp;
    await page.getByLabel("Code from the app").fill(enrolmentCode);
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.getByTestId("two-factor-on")).toBeVisible();
    const codes = (await page.getByTestId("recovery-codes").locator("li").allInnerTexts()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    // Shown once: the secret is not on the page any more.
    await page.reload();
    await expect(page.getByTestId("recovery-codes")).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);

    await signOut(page);
    await passwordStep(page, user.username, user.password);
    await expect(page).toHaveURL(/\/login\/two-factor/);
    // No login yet: the rest of the site still sees a visitor.
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login/);
    await passwordStep(page, user.username, user.password);
    // The code that turned it on is spent; the next step's code is not.
    await page.getByLabel("Code").fill(enrolmentCode);
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByText("That code is not right, or was already used")).toBeVisible();
    await page.getByLabel("Code").fill(await nextStepCode(secret));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByTestId("user-menu")).toContainText(user.username);

    // A recovery code signs in once, and never again.
    await signOut(page);
    await passwordStep(page, user.username, user.password);
    await page.getByLabel("Code").fill(codes[0]!);
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByTestId("user-menu")).toContainText(user.username);
    await signOut(page);
    await passwordStep(page, user.username, user.password);
    await page.getByLabel("Code").fill(codes[0]!);
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByTestId("user-menu")).toHaveCount(0);
    await expect(page.getByText("That code is not right, or was already used")).toBeVisible();
  });

  test("signed-in devices: a second browser is listed and ended from the first", async ({ page, browser, baseURL }) => {
    const user = await signUp(page, newUserDetails("dev"));
    const { page: laptop } = await newPerson(browser, baseURL);
    await signIn(laptop, user);

    await page.goto("/account");
    const devices = page.getByTestId("device");
    await expect(devices).toHaveCount(2);
    await expect(devices.filter({ hasText: "This device" })).toHaveCount(1);
    await devices.filter({ hasNotText: "This device" }).getByRole("button", { name: "Sign out" }).click();
    await expect(devices).toHaveCount(1);

    await laptop.reload();
    await expect(laptop.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("user-menu")).toContainText(user.username);
  });
});
