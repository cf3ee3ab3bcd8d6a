import type { Page } from "@playwright/test";

import { expect, newPerson, signUp, test } from "./fixtures";

/** From the lobby's "Find me a partner" to the queue, with the given choices. */
async function queueFromLobby(page: Page, choice: { difficulty: string; language: string }) {
  await page.goto("/sessions");
  await page.getByTestId("find-partner").click();
  await expect(page).toHaveURL(/\/match$/);
  // Scoped to the form: the lobby's own pickers can still be on screen while /match renders.
  const form = page.getByTestId("match-form");
  await form.getByLabel("Difficulty").selectOption(choice.difficulty);
  await form.getByLabel("Language").selectOption(choice.language);
  await expect(page.getByTestId("join-queue")).toBeEnabled();
  await page.getByTestId("join-queue").click();
}

test.describe("quick match", () => {
  // Two people sign up and meet: more steps than most tests.
  test.describe.configure({ timeout: 120_000 });
  test("both accept and land in the same room on the same problem", async ({ page, browser, baseURL }) => {
    const other = await newPerson(browser, baseURL);
    await signUp(page);
    await signUp(other.page);
    const choice = { difficulty: "medium", language: "python" };
    await queueFromLobby(page, choice);
    await expect(page.getByTestId("match-queued")).toBeVisible();
    await queueFromLobby(other.page, choice);

    for (const p of [page, other.page]) {
      await expect(p.getByTestId("match-proposed")).toBeVisible();
      await expect(p.getByLabel(/seconds left to accept/)).toBeVisible();
    }
    await page.getByTestId("accept-match").click();
    await expect(page.getByTestId("match-waiting-partner")).toBeVisible();
    await other.page.getByTestId("accept-match").click();

    await expect(page).toHaveURL(/\/sessions\/[A-Za-z0-9_-]+$/);
    await expect(other.page).toHaveURL(page.url());
    const problem = await page.getByTestId("room-problem").textContent();
    expect(problem).toBeTruthy();
    await expect(other.page.getByTestId("room-problem")).toHaveText(problem!);

    // Holding that seat, the match page says so and links back to the room.
    await page.goto("/match");
    await expect(page.getByTestId("match-seated")).toBeVisible();
    await expect(page.getByTestId("join-queue")).toBeDisabled();
    await other.context.close();
  });

  test("one declines: the one who accepted goes back to the front of the queue", async ({ page, browser, baseURL }) => {
    const other = await newPerson(browser, baseURL);
    await signUp(page);
    await signUp(other.page);
    const choice = { difficulty: "hard", language: "typescript" };
    await queueFromLobby(page, choice);
    await queueFromLobby(other.page, choice);
    await expect(page.getByTestId("match-proposed")).toBeVisible();
    await expect(other.page.getByTestId("match-proposed")).toBeVisible();

    await page.getByTestId("accept-match").click();
    await expect(page.getByTestId("match-waiting-partner")).toBeVisible();
    await other.page.getByTestId("decline-match").click();

    await expect(other.page.getByTestId("match-panel")).toHaveAttribute("data-state", "idle");
    await expect(other.page.getByTestId("match-notice")).toContainText("You declined");
    await expect(page.getByTestId("match-panel")).toHaveAttribute("data-state", "queued");
    await expect(page.getByTestId("match-notice")).toContainText("back at the front of the queue");

    // Cancel leaves the queue.
    await page.getByTestId("cancel-queue").click();
    await expect(page.getByTestId("match-panel")).toHaveAttribute("data-state", "idle");
    await other.context.close();
  });
});
