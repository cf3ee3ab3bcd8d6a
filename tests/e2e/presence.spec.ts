import type { Page } from "@playwright/test";

import { expect, newPerson, signUp, test } from "./fixtures";

async function startSession(page: Page): Promise<string> {
  await page.goto("/sessions?problem=two-sum");
  await expect(page.getByLabel("Problem", { exact: true })).toHaveValue("two-sum");
  await page.getByRole("button", { name: "Start session" }).click();
  await expect(page.getByTestId("room-problem")).toHaveText("Two Sum", { timeout: 30_000 });
  return new URL(page.url()).pathname;
}

const lobbyRow = (page: Page, path: string) =>
  page.getByTestId("lobby-session").filter({ has: page.locator(`button[formaction="${path}"]`) });

test("the lobby and the room badge follow presence, not seats", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const host = await signUp(page);
  const ghost = await startSession(page);
  // The host closes the room (a user holds one open session, so they do not start another);
  // another host is in theirs.
  await page.goto("/problems");
  const other = await newPerson(browser, baseURL);
  await signUp(other.page);
  const fresh = await startSession(other.page);

  const viewer = await newPerson(browser, baseURL);
  await signUp(viewer.page);
  await viewer.page.goto("/sessions");
  await expect(lobbyRow(viewer.page, ghost).getByTestId("host-away")).toBeVisible({ timeout: 15_000 });
  await expect(lobbyRow(viewer.page, fresh)).toHaveAttribute("data-host", "here");
  await expect(lobbyRow(viewer.page, fresh).getByTestId("host-away")).toHaveCount(0);
  // Away hosts are listed after the ones who are here.
  const order = await viewer.page
    .getByTestId("lobby-session")
    .evaluateAll((rows) => rows.map((r) => r.querySelector("button")?.getAttribute("formaction")));
  expect(order.indexOf(fresh)).toBeLessThan(order.indexOf(ghost));

  // Taking the seat in the ghost session: the badge does not claim "Both here".
  await viewer.page.goto(ghost);
  await viewer.page.getByRole("button", { name: "Join session" }).click();
  await expect(viewer.page.getByTestId("room-problem")).toHaveText("Two Sum", { timeout: 30_000 });
  // Within 30 s of leaving the host shows as reconnecting (RECONNECT_GRACE_MS), then away; the
  // end of this test waits out that grace, so here either will do.
  await expect(viewer.page.getByTestId("room-status")).toHaveText(/^Partner (reconnecting|away)$/, {
    timeout: 15_000,
  });
  await expect(viewer.page.getByTestId("participant-host")).toHaveAttribute("data-state", /^(reconnecting|away)$/);
  await expect(viewer.page.getByTestId("participant-host")).toContainText(host.username);

  // The host comes back: now both are here, on both sides.
  await page.goto(ghost);
  await expect(viewer.page.getByTestId("room-status")).toHaveText("Both here", { timeout: 15_000 });
  await expect(page.getByTestId("room-status")).toHaveText("Both here", { timeout: 15_000 });

  // The guest closes the tab: the host's badge stops saying "Both here".
  await viewer.context.close();
  await expect(page.getByTestId("room-status")).not.toHaveText("Both here", { timeout: 15_000 });
  await expect(page.getByTestId("room-status")).toHaveText("Partner away", { timeout: 45_000 });
});
