import type { Page } from "@playwright/test";

import { pasteCode } from "./editor";
import { expect, newPerson, signUp, test } from "./fixtures";

/** A network blip long enough for background reloads, autosaves and the socket to notice. */
const BLIP_MS = 10_000;

async function expectNoErrorPage(page: Page) {
  await expect(page.getByText("Something went wrong")).toHaveCount(0);
  await expect(page.getByText(/^500$/)).toHaveCount(0);
  await expect(page.getByTestId("offline-page")).toHaveCount(0);
}

const editorText = (page: Page) => page.getByTestId("editor").locator(".view-lines");

async function typeInEditor(page: Page, text: string) {
  const editor = page.getByTestId("editor").locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  // One input event, as a paste or an IME does: key-by-key typing drops characters under load.
  await page.keyboard.insertText(text);
  await expect(editorText(page)).toContainText(text.trim());
}

async function startRoom(a: Page, b: Page) {
  await signUp(a);
  await a.goto("/sessions?problem=two-sum");
  await expect(a.getByLabel("Problem", { exact: true })).toHaveValue("two-sum");
  await a.getByRole("button", { name: "Start session" }).click();
  await expect(a.getByTestId("room-problem")).toHaveText("Two Sum", { timeout: 30_000 });
  const link = a.url();
  await signUp(b);
  await b.goto(link);
  await b.getByRole("button", { name: "Join session" }).click();
  await expect(b.getByTestId("room-problem")).toHaveText("Two Sum", { timeout: 30_000 });
  return link;
}

async function remoteVideoTime(page: Page): Promise<number> {
  return page.getByTestId("remote-video").evaluate((v: HTMLVideoElement) => (v.videoWidth > 0 ? v.currentTime : 0));
}

test.describe("a network blip", () => {
  test("the lobby keeps its page and header, shows the banner and clears it", async ({ page, context }) => {
    test.setTimeout(120_000);
    const me = await signUp(page);
    await page.goto("/sessions");
    await expect(page.getByRole("heading", { name: "Open sessions" })).toBeVisible();
    await context.setOffline(true);
    await expect(page.getByTestId("offline-banner")).toBeVisible();
    // The lobby refreshes every 5 s: two refreshes fall inside the blip.
    await page.waitForTimeout(BLIP_MS);
    await expectNoErrorPage(page);
    await expect(page.getByTestId("user-menu")).toContainText(me.username);
    await context.setOffline(false);
    await expect(page.getByTestId("offline-banner")).toHaveCount(0, { timeout: 20_000 });
    await expect(page.getByRole("heading", { name: "Open sessions" })).toBeVisible();
    await expect(page.getByTestId("user-menu")).toContainText(me.username);
    await expectNoErrorPage(page);
  });

  test("the problem page keeps what was typed offline and saves it when back", async ({ page, context }) => {
    test.setTimeout(90_000);
    await signUp(page);
    await page.goto("/problems/two-sum");
    await pasteCode(page, "function twoSum(nums, target) {\n  return [];\n}");
    await expect(page.getByTestId("draft-state")).toHaveText("Saved");

    await context.setOffline(true);
    await typeInEditor(page, "// offline edit");
    await expect(page.getByTestId("draft-state")).toHaveText(/Kept on this device/, { timeout: 10_000 });
    await expect(page.getByTestId("offline-banner")).toBeVisible();
    await page.waitForTimeout(BLIP_MS);
    await expectNoErrorPage(page);
    await context.setOffline(false);
    await expect(page.getByTestId("draft-state")).toHaveText("Saved", { timeout: 20_000 });
    await expect(page.getByTestId("offline-banner")).toHaveCount(0, { timeout: 20_000 });

    await page.reload();
    await expect(editorText(page)).toContainText("// offline edit", { timeout: 30_000 });

    // An edit made just before a reload is kept (saved when the page is hidden).
    await typeInEditor(page, " and more");
    await page.reload();
    await expect(editorText(page)).toContainText("// offline edit and more", { timeout: 30_000 });

    // The server has it too: another browser of the same user sees it after a moment.
    await page.waitForTimeout(1500);
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(editorText(page)).toContainText("// offline edit and more", { timeout: 30_000 });
  });

  test.describe("in the room", () => {
    test.use({ withMedia: true });
    test("the room stays, chat and call come back, the code survives a reload", async ({
      page,
      context,
      browser,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const b = await newPerson(browser, baseURL, { withMedia: true });
      await startRoom(page, b.page);
      const chatA = page.getByTestId("chat");
      const chatB = b.page.getByTestId("chat");
      await expect(chatA.getByLabel("Message", { exact: true })).toBeEnabled({ timeout: 20_000 });
      await expect(chatB.getByLabel("Message", { exact: true })).toBeEnabled({ timeout: 20_000 });
      await expect.poll(() => remoteVideoTime(page), { timeout: 30_000 }).toBeGreaterThan(0);

      await pasteCode(page, "function twoSum(nums, target) {\n  return [];\n}");
      await expect(page.getByTestId("draft-state")).toHaveText("Saved");

      await context.setOffline(true);
      await typeInEditor(page, "// typed in the room offline");
      await expect(page.getByTestId("offline-banner")).toBeVisible();
      // The partner keeps talking meanwhile.
      await chatB.getByLabel("Message", { exact: true }).fill("are you still there?");
      await chatB.getByLabel("Message", { exact: true }).press("Enter");
      await page.waitForTimeout(BLIP_MS);
      await expectNoErrorPage(page);
      await expect(page.getByTestId("session-room")).toBeVisible();
      await context.setOffline(false);

      await expect(page.getByTestId("offline-banner")).toHaveCount(0, { timeout: 30_000 });
      await expect(page.getByTestId("connection")).toHaveCount(0, { timeout: 30_000 });
      await expect(chatA.getByTestId("chat-message").last()).toContainText("are you still there?", {
        timeout: 20_000,
      });
      await expect(chatA.getByLabel("Message", { exact: true })).toBeEnabled();
      await chatA.getByLabel("Message", { exact: true }).fill("back again");
      await chatA.getByLabel("Message", { exact: true }).press("Enter");
      await expect(chatB.getByTestId("chat-message").last()).toContainText("back again");
      await expect(chatB.getByTestId("chat-message").filter({ hasText: "back again" })).toHaveCount(1);

      // The call carries video both ways again.
      for (const p of [page, b.page]) {
        const before = await remoteVideoTime(p);
        await expect.poll(() => remoteVideoTime(p), { timeout: 30_000 }).toBeGreaterThan(before);
      }

      await expect(page.getByTestId("draft-state")).toHaveText("Saved", { timeout: 20_000 });
      await page.reload();
      await expect(editorText(page)).toContainText("// typed in the room offline", { timeout: 30_000 });
      await b.context.close();
    });
  });
});
