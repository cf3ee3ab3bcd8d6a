import type { Page } from "@playwright/test";

import { pasteCode } from "./editor";
import { expect, newPerson, signUp, signUpWithForm, test } from "./fixtures";

const PHONE = { width: 390, height: 844 };

const RIGHT_JS = `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
    seen.set(nums[i], i);
  }
}`;

/** Opens the phone menu and follows one of its links. */
async function viaMenu(page: Page, name: string) {
  const menu = page.getByTestId("mobile-menu");
  await menu.getByRole("button", { name: "Menu" }).or(menu.locator("summary")).first().click();
  await menu.getByRole("link", { name, exact: true }).click();
  // The menu closes after a choice, so it does not cover the page it led to.
  await expect(menu).not.toHaveAttribute("open");
}

const remoteWidth = (page: Page) => page.getByTestId("remote-video").evaluate((v: HTMLVideoElement) => v.videoWidth);

test.use({ viewport: PHONE });

test("on a phone the menu reaches every page, signed out and signed in", async ({ page }) => {
  // Many pages and an editor in one test: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  await page.goto("/");
  // The desktop links are hidden; the menu is the way around.
  await expect(page.getByRole("navigation", { name: "Main", exact: true })).toBeHidden();
  await viaMenu(page, "Sign in");
  await expect(page).toHaveURL(/\/login$/);
  await viaMenu(page, "Sign up");
  await expect(page).toHaveURL(/\/signup$/);

  await signUpWithForm(page);
  for (const [name, path, heading] of [
    ["Problems", "/problems", /Problems/],
    ["Sessions", "/sessions", "Open sessions"],
    ["Progress", "/progress", "Your progress"],
    ["Past sessions", "/sessions/history", /sessions/i],
    ["Account", "/account", /Account/],
  ] as const) {
    await viaMenu(page, name);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
  // The menu works by keyboard: Tab to it, Enter opens it, and its links are reachable.
  await page.goto("/");
  const summary = page.getByTestId("mobile-menu").locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("mobile-menu").getByRole("link", { name: "Problems" })).toBeVisible();
  await page.getByTestId("mobile-menu").getByRole("link", { name: "Problems" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/problems$/);
  await page.getByRole("link", { name: "Two Sum" }).first().click();
  await expect(page).toHaveURL(/\/problems\/two-sum$/);
  await expect(page.getByRole("heading", { name: "Two Sum" })).toBeVisible();

  // Problem and code are tabs with the full width each, not two squeezed columns.
  const statementBox = await page.getByTestId("pane-problem").boundingBox();
  expect(statementBox!.width).toBeGreaterThan(370);
  await page.getByRole("tab", { name: "Code", exact: true }).click();
  await expect(page.getByTestId("pane-problem")).toBeHidden();
  await pasteCode(page, RIGHT_JS);
  const editorBox = await page.getByTestId("editor").boundingBox();
  expect(editorBox!.width).toBeGreaterThan(370);
  expect(editorBox!.height).toBeGreaterThan(250);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("run-result")).toContainText("2 / 2 tests passed", { timeout: 60_000 });
  // Back to the statement: the code is still there.
  await page.getByRole("tab", { name: "Problem", exact: true }).click();
  await page.getByRole("tab", { name: "Code", exact: true }).click();
  await expect(page.getByTestId("editor").locator(".view-lines")).toContainText("const seen = new Map()");
});

test.describe("a room on two phones", () => {
  test.use({ withMedia: true });

  test("each reads the problem, types and runs code, chats and sees the partner's video; the call survives tab changes", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const b = await newPerson(browser, baseURL, { withMedia: true });
    await b.page.setViewportSize(PHONE);
    await signUp(page);
    await page.goto("/sessions?problem=two-sum");
    await page.getByRole("button", { name: "Start session" }).click();
    await expect(page.getByTestId("room-problem")).toHaveText("Two Sum");
    await signUp(b.page);
    await b.page.goto(page.url());
    await b.page.getByRole("button", { name: "Join session" }).click();
    await expect(b.page.getByTestId("room-problem")).toHaveText("Two Sum");

    const people = [page, b.page];
    for (const [i, p] of people.entries()) {
      // Read the problem.
      await p.getByRole("tab", { name: "Problem", exact: true }).click();
      await expect(p.getByRole("heading", { name: "Two Sum" })).toBeVisible();
      expect((await p.getByTestId("pane-problem").boundingBox())!.width).toBeGreaterThan(370);
      // Type and run code.
      await p.getByRole("tab", { name: "Code", exact: true }).click();
      await pasteCode(p, RIGHT_JS);
      await p.getByRole("button", { name: "Run", exact: true }).click();
      await expect(p.getByTestId("run-result")).toContainText("2 / 2 tests passed", { timeout: 60_000 });
      // Chat.
      await p.getByRole("tab", { name: /Call & chat/ }).click();
      const box = p.getByTestId("chat").getByLabel("Message", { exact: true });
      await expect(box).toBeEnabled({ timeout: 20_000 });
      await box.fill(`hello from phone ${i}`);
      await p.getByTestId("chat").getByRole("button", { name: "Send" }).click();
    }
    for (const [i, p] of people.entries()) {
      await p.getByRole("tab", { name: /Call & chat/ }).click();
      await expect(p.getByTestId("chat")).toContainText(`hello from phone ${1 - i}`);
      // The partner's video plays, full width of the phone.
      await expect.poll(() => remoteWidth(p), { timeout: 30_000 }).toBeGreaterThan(0);
      expect((await p.getByTestId("remote-tile").boundingBox())!.width).toBeGreaterThan(340);
    }

    // Switching to the code and back does not tear the call down: the same video keeps playing.
    await page.evaluate(() => {
      (window as unknown as { __video: Element | null }).__video =
        document.querySelector('[data-testid="remote-video"]');
    });
    await page.getByRole("tab", { name: "Code", exact: true }).click();
    await expect(page.getByTestId("remote-video")).toBeHidden();
    await page.waitForTimeout(1000);
    await page.getByRole("tab", { name: /Call & chat/ }).click();
    const sameElementPlaying = await page.getByTestId("remote-video").evaluate(async (v: HTMLVideoElement) => {
      const before = v.currentTime;
      await new Promise((r) => setTimeout(r, 1500));
      return (window as unknown as { __video: Element }).__video === v && v.currentTime > before && v.videoWidth > 0;
    });
    expect(sameElementPlaying).toBe(true);

    // A message that arrives while on another tab is counted on the Call & chat tab.
    await page.getByRole("tab", { name: "Code", exact: true }).click();
    await b.page.getByTestId("chat").getByLabel("Message", { exact: true }).fill("are you there?");
    await b.page.getByTestId("chat").getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("tab", { name: /Call & chat/ })).toContainText("1");
    await b.context.close();
  });
});
