import { expect, type Page } from "@playwright/test";

/** Replaces the editor's content the way a person pastes code (typing would fight auto-indent). */
export async function pasteCode(page: Page, code: string): Promise<void> {
  const editor = page.getByTestId("editor").locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  // Granting replaces the context's permissions: keep camera and microphone for rooms with a call.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write", "camera", "microphone"]);
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("ControlOrMeta+v");
  await expect(page.getByTestId("editor").locator(".view-lines")).toContainText(
    code.split("\n")[0]!.trim().slice(0, 20),
  );
}

export async function chooseLanguage(page: Page, label: "JavaScript" | "TypeScript" | "Python"): Promise<void> {
  await page.getByLabel("Language").selectOption({ label });
}
