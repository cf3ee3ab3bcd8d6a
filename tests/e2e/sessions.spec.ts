import { expect, newPerson, signUp, test } from "./fixtures";

test.describe("sessions", () => {
  test("the picker takes a typed title; the password shows only for private, with or without JavaScript; a full session leads back to the lobby", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await signUp(page);
    await page.goto("/sessions");
    const password = page.getByLabel("Session password");
    await expect(password).toBeHidden();
    await page.getByLabel("Private: link and password only").check();
    await expect(password).toBeVisible();
    await page.getByLabel("Public: listed here, anyone may take the seat").check();
    await expect(password).toBeHidden();
    await page.getByLabel("Problem", { exact: true }).fill("two sum");
    await page.getByRole("button", { name: "Start session" }).click();
    await expect(page.getByTestId("room-problem")).toHaveText("Two Sum");
    const link = page.url();

    const b = await newPerson(browser, baseURL);
    await signUp(b.page);
    await b.page.goto(link);
    await expect(b.page.getByLabel("Session password")).toHaveCount(0);
    await b.page.getByRole("button", { name: "Join session" }).click();
    await expect(b.page.getByTestId("session-room")).toBeVisible();

    const c = await newPerson(browser, baseURL);
    await signUp(c.page);
    await c.page.goto(link);
    await expect(c.page.getByRole("heading", { name: "This session is full" })).toBeVisible();
    await expect(c.page.getByRole("button", { name: "Join session" })).toHaveCount(0);
    await expect(c.page.getByLabel("Session password")).toHaveCount(0);
    await c.page.getByRole("link", { name: "Back to the lobby" }).click();
    await expect(c.page).toHaveURL(/\/sessions$/);

    // Without JavaScript the same form still hides and shows the password (CSS :has()).
    const noJs = await browser.newContext({
      baseURL,
      javaScriptEnabled: false,
      storageState: await c.context.storageState(),
    });
    const plain = await noJs.newPage();
    await plain.goto("/sessions");
    await expect(plain.getByLabel("Session password")).toBeHidden();
    await plain.getByLabel("Private: link and password only").check();
    await expect(plain.getByLabel("Session password")).toBeVisible();
    await noJs.close();
    await b.context.close();
    await c.context.close();
  });

  test("private: wrong password, right password, full for a third, same problem, host ends for both", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const a = page;
    await signUp(a);
    await a.goto("/sessions");
    await a.getByLabel("Problem", { exact: true }).fill("two-sum");
    await a.getByLabel("Private: link and password only").check();
    await a.getByLabel("Session password").fill("sesame42");
    await a.getByRole("button", { name: "Start session" }).click();
    await expect(a).toHaveURL(/\/sessions\/[A-Za-z0-9_-]{22}$/);
    await expect(a.getByTestId("room-problem")).toHaveText("Two Sum");
    await expect(a.getByTestId("room-status")).toHaveText("Waiting for a partner");
    const link = a.url();

    const b = await newPerson(browser, baseURL);
    await signUp(b.page);
    await b.page.goto(link);
    await expect(b.page.getByRole("heading", { name: "Two Sum" })).toBeVisible();
    await b.page.getByLabel("Session password").fill("not-it");
    await b.page.getByRole("button", { name: "Join session" }).click();
    await expect(b.page.locator('[data-field-error="password"]')).toHaveText("Wrong password");
    await b.page.getByLabel("Session password").fill("sesame42");
    await b.page.getByRole("button", { name: "Join session" }).click();
    await expect(b.page.getByTestId("room-problem")).toHaveText("Two Sum");
    await expect(b.page.getByTestId("participant-guest")).toContainText("you");

    // The host's room notices the partner by itself.
    await expect(a.getByTestId("room-status")).toHaveText("Both here", { timeout: 15_000 });
    await expect(a.getByTestId("participant-guest")).toContainText(/present|guest/);

    const c = await newPerson(browser, baseURL);
    await signUp(c.page);
    await c.page.goto(link);
    await expect(c.page.getByText("This session is full")).toBeVisible();

    // Each has their own editor on the same problem.
    await expect(a.getByRole("heading", { name: "Two Sum" })).toBeVisible();
    await expect(b.page.getByRole("heading", { name: "Two Sum" })).toBeVisible();

    await a.getByText("End for both", { exact: true }).click();
    await a.getByRole("button", { name: "Yes, end for both" }).click();
    await expect(a.getByTestId("session-ended")).toBeVisible();
    await expect(b.page.getByTestId("session-ended")).toBeVisible({ timeout: 20_000 });

    const response = await c.page.goto(link);
    expect(response?.status()).toBe(410);
    await expect(c.page.getByText("This session has ended")).toBeVisible();

    await b.page.goto("/sessions/history");
    await expect(b.page.getByTestId("history").locator("tbody tr").first()).toContainText("Ended by the host");
    await b.context.close();
    await c.context.close();
  });

  test("public: listed in the lobby until someone takes the seat", async ({ page, browser, baseURL }) => {
    test.setTimeout(90_000);
    const host = await signUp(page);
    await page.goto("/sessions");
    await page.getByLabel("Problem", { exact: true }).fill("lru-cache");
    await page.getByRole("button", { name: "Start session" }).click();
    await expect(page.getByTestId("room-problem")).toHaveText("LRU Cache");
    const link = page.url();
    const id = link.split("/").pop()!;

    const c = await newPerson(browser, baseURL);
    await signUp(c.page);
    // The rows come as markup rendered once per distinct list (ADR 100): they must hydrate cleanly.
    const errors: string[] = [];
    c.page.on("pageerror", (error) => errors.push(error.message));
    c.page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await c.page.goto("/sessions");
    const row = c.page.getByTestId("lobby-session").filter({ hasText: host.username });
    await expect(row).toContainText("LRU Cache");
    await expect(row).toContainText("waiting since");

    const b = await newPerson(browser, baseURL);
    await signUp(b.page);
    await b.page.goto(`/sessions/${id}`);
    await b.page.getByRole("button", { name: "Join session" }).click();
    await expect(b.page.getByTestId("room-problem")).toHaveText("LRU Cache");

    // C's lobby refreshes by itself and the session is gone: hydrated, and without a mismatch.
    await expect(row).toHaveCount(0, { timeout: 15_000 });
    expect(errors).toEqual([]);

    // B leaves: the seat is free again and the session is back in the lobby.
    await b.page.getByText("Leave", { exact: true }).click();
    await b.page.getByRole("button", { name: "Yes, leave" }).click();
    await expect(b.page).toHaveURL(/\/sessions$/);
    await expect(c.page.getByTestId("lobby-session").filter({ hasText: host.username })).toHaveCount(1, {
      timeout: 15_000,
    });
    await b.context.close();
    await c.context.close();
  });
});

test.describe("sessions without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("create, join from the lobby and leave with plain forms", async ({ page, browser, baseURL }) => {
    test.setTimeout(90_000);
    const host = await signUp(page);
    await page.goto("/sessions");
    await page.getByLabel("Problem", { exact: true }).fill("binary-search");
    await page.getByRole("button", { name: "Start session" }).click();
    await expect(page.getByTestId("room-problem")).toHaveText("Binary Search");

    const guest = await browser.newContext({
      baseURL,
      javaScriptEnabled: false,
      extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.9" },
    });
    const g = await guest.newPage();
    await signUp(g);
    await g.goto("/sessions");
    const row = g.getByTestId("lobby-session").filter({ hasText: host.username });
    await row.getByRole("button", { name: "Join" }).click();
    await expect(g.getByTestId("room-problem")).toHaveText("Binary Search");
    await expect(g.getByTestId("participant-guest")).toContainText("you");

    // <details> confirmations open without scripts.
    await g.getByText("Leave", { exact: true }).click();
    await g.getByRole("button", { name: "Yes, leave" }).click();
    await expect(g).toHaveURL(/\/sessions$/);
    await page.reload();
    await expect(page.getByTestId("room-status")).toHaveText("Waiting for a partner");
    await guest.close();
  });
});
