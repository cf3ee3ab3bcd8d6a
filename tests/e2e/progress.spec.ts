import { expect, newPerson, newUserDetails, signUp, test } from "./fixtures";
import { DAY_MS, seedAccepted, seedFinishedSessions } from "./seed-history";

// The browser's zone is sent once and streak days are counted in it.
test.use({ timezoneId: "Asia/Tokyo" });
// Two sign-ups and several page loads per test: more than the default minute on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

test("three days of Accepted submissions show as a streak and in the heatmap", async ({ page }) => {
  const user = await signUp(page, newUserDetails("st"));
  const now = Date.now();
  await seedAccepted(user.username, [
    { problemSlug: "two-sum", at: new Date(now - 2 * DAY_MS) },
    { problemSlug: "valid-anagram", at: new Date(now - DAY_MS) },
    { problemSlug: "contains-duplicate", at: new Date(now - 60_000) },
  ]);
  // The panels come as markup rendered once per view (ADR 100): the browser must hydrate them cleanly.
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto("/progress");
  await expect(page.getByTestId("streak-current")).toBeVisible();
  // A pointer over the newest day names it: the heatmap's handlers came with hydration.
  await expect(async () => {
    const box = (await page.locator('[data-testid="heatmap"] svg').boundingBox())!;
    const scale = box.width / 770; // the SVG's own width: 28 px of labels, then 14 px a week, 16 px above
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.move(box.x + (28 + 20 * 14 + 5) * scale, box.y + (16 + 3 * 14 + 5) * scale);
    await expect(page.getByTestId("heatmap-day")).toBeVisible({ timeout: 1_000 });
  }).toPass();
  expect(errors).toEqual([]);

  // signUp posts the form and leaves the page where it was: start from the home page's navbar.
  await page.goto("/");
  await page.getByRole("link", { name: "Progress", exact: true }).first().click();
  await expect(page).toHaveURL(/\/progress$/);
  // The first visit tells the server the browser's zone; the page then counts in it.
  await expect(page.getByTestId("progress-zone")).toContainText("Asia/Tokyo");
  await expect(page.getByTestId("streak-current")).toHaveText("3 days");
  await expect(page.getByTestId("streak-longest")).toHaveText("3 days");
  await expect(page.getByTestId("heatmap-summary")).toContainText("3 active days");
  // One path per level: the three days are the busiest ones (level 4).
  await expect(page.locator('[data-testid="heatmap"] path[data-level="4"]')).toHaveAttribute("data-days", "3");
  await expect(page.getByTestId("heatmap-summary")).toContainText("3 counted activities");
  await expect(page.getByTestId("solved-easy")).toContainText("3 /");
  await page.getByText("What counts").click();
  await expect(page.getByTestId("streak-rule")).toContainText("Accepted submission or finish a session");

  // Recent activity's links are plain anchors that navigate in the app, without loading a document.
  type Marked = { keptAcrossNavigation?: boolean };
  await page.evaluate(() => ((window as Marked).keptAcrossNavigation = true));
  await page.getByTestId("recent-activity").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/problems\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Your progress");
  expect(await page.evaluate(() => (window as Marked).keptAcrossNavigation)).toBe(true);
});

test("two partners keep a pair streak, shown on the progress page and after the session", async ({
  page,
  browser,
  baseURL,
}) => {
  const me = await signUp(page, newUserDetails("pa"));
  const other = await newPerson(browser, baseURL);
  const partner = await signUp(other.page, newUserDetails("pb"));
  const now = Date.now();
  const [, latest] = await seedFinishedSessions(me.username, partner.username, [
    new Date(now - 7 * DAY_MS),
    new Date(now - 60_000),
  ]);
  await page.goto("/progress");
  await expect(page.getByTestId("pair-streak")).toContainText(`${partner.username}: 2 weeks in a row`);
  await other.page.goto("/progress");
  await expect(other.page.getByTestId("pair-streak")).toContainText(`${me.username}: 2 weeks in a row`);

  // After the session: its record shows the streak, and a reflection is kept in the history.
  await page.goto(`/sessions/history/${latest}`);
  await expect(page.getByTestId("pair-streak-badge")).toContainText("2 weeks together");
  await page.getByLabel("What blocked me").fill("Keeping the stack balanced");
  await page.getByLabel("Topic of the blocker (optional)").selectOption("stack");
  await page.getByLabel("What I'll try next").fill("Trace it on paper first");
  await page.getByLabel(`Kudos to ${partner.username}`).fill("Great hint about pairs");
  await page.getByRole("button", { name: "Save reflection" }).click();
  await expect(page.getByTestId("reflection-status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByLabel("What blocked me")).toHaveValue("Keeping the stack balanced");
  await expect(page.getByLabel(`Kudos to ${partner.username}`)).toHaveValue("Great hint about pairs");
  await expect(page.getByRole("button", { name: "Update reflection" })).toBeVisible();

  // The blocker shapes the recommendations on the home page.
  await page.goto("/");
  await expect(page.getByTestId("recommendation").first()).toContainText("you named stack as a blocker");
  await other.context.close();
});

test("a partner switches the pair streak to days on the partner list; both see days, the other is told", async ({
  page,
  browser,
  baseURL,
}) => {
  const me = await signUp(page, newUserDetails("da"));
  const other = await newPerson(browser, baseURL);
  const partner = await signUp(other.page, newUserDetails("db"));
  const now = Date.now();
  // Yesterday and a minute ago in Tokyo (the browser's zone, which becomes the pair's).
  const [, latest] = await seedFinishedSessions(me.username, partner.username, [
    new Date(now - DAY_MS),
    new Date(now - 60_000),
  ]);
  for (const p of [page, other.page]) {
    await p.goto(`/sessions/history/${latest}`);
    await p.getByRole("button", { name: /Save .* as a practice partner/ }).click();
    await expect(p).toHaveURL(/\/partners$/);
  }
  const mine = page.getByTestId("partner-streak");
  await expect(mine.getByTestId("partner-streak-value")).toHaveText("1 week");
  await mine.getByLabel(`Count the pair streak with ${partner.username} in`).selectOption("day");
  await mine.getByRole("button", { name: "Save streak choice" }).click();
  await expect(mine.getByTestId("partner-streak-value")).toHaveText("2 days");
  await expect(mine.getByTestId("partner-streak-rule")).toContainText("Asia/Tokyo");

  await other.page.goto("/partners");
  await expect(other.page.getByTestId("partner-streak-value")).toHaveText("2 days");
  await other.page.goto("/notifications");
  // On the page's own list: the navbar's dropdown holds the same notice once its summary loads.
  await expect(
    other.page.getByTestId("notification").getByText(`${me.username} now counts your pair streak in days`),
  ).toBeVisible();
  await other.page.goto("/progress");
  await expect(other.page.getByTestId("pair-streak")).toContainText(`${me.username}: 2 days in a row`);
  await expect(other.page.getByTestId("pair-streak-rule")).toContainText("days in a row");
  await other.context.close();
});

test("the home page shows the daily problem and a recommendation with its reason", async ({ page }) => {
  await signUp(page, newUserDetails("dp"));
  await page.goto("/");
  const daily = page.getByTestId("daily-problem");
  await expect(daily.getByTestId("daily-title")).not.toBeEmpty();
  const partnerLink = daily.getByRole("link", { name: "Find a partner for it" });
  await expect(partnerLink).toHaveAttribute("href", /^\/match\?problem=[a-z0-9-]+$/);
  const slug = new URL((await partnerLink.getAttribute("href"))!, "http://x").searchParams.get("problem");
  await expect(daily.getByRole("link", { name: "Solve alone" })).toHaveAttribute("href", `/problems/${slug}`);
  const first = page.getByTestId("recommendation").first();
  await expect(first.getByTestId("recommendation-reason")).toHaveText(/not tried/);

  // The lobby shows the same problem of the day.
  const title = await daily.getByTestId("daily-title").textContent();
  await page.goto("/sessions");
  await expect(page.getByTestId("daily-title")).toHaveText(title!);
});
