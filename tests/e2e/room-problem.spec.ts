import type { Page } from "@playwright/test";

import { pasteCode } from "./editor";
import { expect, newPerson, signUp, test } from "./fixtures";

/**
 * "Change problem" in a room with two people (ADR 080): one proposes a suggested problem,
 * the other accepts, both rooms follow without a reload, and each person's draft is kept
 * per problem. No camera or microphone: this is about the problem, not the call.
 */
test.use({ withMedia: false });

async function openRoom(a: Page, b: Page) {
  await signUp(a);
  await a.goto("/sessions?problem=two-sum");
  await expect(a.getByLabel("Problem", { exact: true })).toHaveValue("two-sum");
  await a.getByRole("button", { name: "Start session" }).click();
  await expect(a.getByTestId("room-problem")).toHaveText("Two Sum");
  const link = a.url();
  await signUp(b);
  await b.goto(link);
  await b.getByRole("button", { name: "Join session" }).click();
  await expect(b.getByTestId("room-problem")).toHaveText("Two Sum");
  // Both sockets are in (the host sees the partner online) before anything is proposed.
  await expect(a.getByTestId("participant-guest")).toHaveAttribute("data-state", "online", { timeout: 15_000 });
  await expect(a.getByTestId("connection")).toHaveCount(0);
}

async function proposeAndAccept(
  proposer: Page,
  partner: Page,
  choose: (menu: ReturnType<Page["getByTestId"]>) => Promise<string>,
) {
  await proposer.getByTestId("change-problem").locator("summary").click();
  const title = await choose(proposer.getByTestId("change-problem"));
  const banner = partner.getByTestId("problem-proposal");
  await expect(banner).toContainText(title);
  await expect(proposer.getByTestId("problem-proposal")).toContainText("You proposed");
  await banner.getByTestId("accept-proposal").click();
  await expect(proposer.getByTestId("room-problem")).toHaveText(title);
  await expect(partner.getByTestId("room-problem")).toHaveText(title);
  return title;
}

test("one proposes a suggested problem, the other accepts; a draft comes back with its problem", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const b = await newPerson(browser, baseURL);
  await openRoom(page, b.page);

  await pasteCode(page, "// my two sum idea");
  await expect(page.getByTestId("draft-state")).toHaveText("Saved");

  const suggested = await proposeAndAccept(page, b.page, async (menu) => {
    const first = menu.getByTestId("problem-suggestion").first();
    await expect(first).toContainText(/neither of you has solved it|new to both of you/);
    const title = ((await first.getAttribute("aria-label")) ?? "").replace(/^Propose /, "").split(": ")[0]!;
    await first.click();
    return title;
  });
  // The statement, the editor and the chat follow; the call and chat were never reloaded.
  for (const p of [page, b.page]) {
    await expect(p.getByTestId("pane-problem")).toContainText(suggested);
    await expect(p.getByTestId("chat-system").last()).toContainText(`the problem is now ${suggested}`);
  }
  await expect(page.getByTestId("editor").locator(".view-lines")).not.toContainText("my two sum idea");

  // Back to Two Sum (proposed by the other one this time, found by searching): the draft is back.
  await proposeAndAccept(b.page, page, async (menu) => {
    await menu.getByTestId("change-problem-search").fill("two sum");
    await menu
      .getByRole("button", { name: /Two Sum$/ })
      .first()
      .click();
    return "Two Sum";
  });
  await expect(page.getByTestId("editor").locator(".view-lines")).toContainText("my two sum idea");
  await b.context.close();
});
