import type { BrowserContext, Locator, Page } from "@playwright/test";

import { pasteCode } from "./editor";
import { expect, newPerson, newUserDetails, signUp, test } from "./fixtures";

/**
 * Script injection through everything a person can type that others (or they) see again:
 * chat messages (Markdown), sign-up fields echoed after an error, search and redirect
 * parameters, and the custom test input and output of the problem page. Each payload
 * would set window.__xss or open a dialog if it ran; neither may happen, no CSP violation
 * may be reported (the policy would block an injected handler: it must not get that far),
 * and the text is shown as text.
 */

const CORPUS = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  "<svg onload=window.__xss=1>",
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=alert(1)>",
  '<iframe src="javascript:window.__xss=1"></iframe>',
  "[click me](javascript:window.__xss=1)",
  "[data](data:text/html,<script>window.__xss=1</script>)",
  "![pic](javascript:window.__xss=1)",
  '<a href="javascript:window.__xss=1">link</a>',
  "{{constructor.constructor('window.__xss=1')()}}",
  "${window.__xss=1}",
  "<details open ontoggle=window.__xss=1>",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
  "javascript:window.__xss=1",
];

const DANGEROUS =
  "script:not([nonce]), [onerror], [onload], [ontoggle], iframe, a[href^='javascript:' i], a[href^='data:' i], img[src='x']";

/** Watches a context's pages for dialogs and CSP reports. */
function watch(context: BrowserContext) {
  const events: string[] = [];
  const hook = (page: Page) => {
    page.on("dialog", (dialog) => {
      events.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) events.push(`csp: ${message.text()}`);
    });
  };
  context.pages().forEach(hook);
  context.on("page", hook);
  return events;
}

async function expectInert(page: Page, events: string[], scope?: Locator) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(events).toEqual([]);
  if (scope) await expect(scope.locator(DANGEROUS)).toHaveCount(0);
}

test("chat messages show every payload as text and run none", async ({ page, browser, baseURL, context }) => {
  test.setTimeout(150_000);
  const events = watch(context);
  const b = await newPerson(browser, baseURL);
  const eventsB = watch(b.context);
  await signUp(page);
  await page.goto("/sessions");
  await page.getByLabel("Problem", { exact: true }).fill("two-sum");
  await page.getByRole("button", { name: "Start session" }).click();
  await expect(page.getByTestId("room-problem")).toHaveText("Two Sum");
  const link = page.url();
  await signUp(b.page);
  await b.page.goto(link);
  await b.page.getByRole("button", { name: "Join session" }).click();

  const input = page.getByTestId("chat").getByLabel("Message", { exact: true });
  await expect(input).toBeEnabled({ timeout: 20_000 });
  const chatB = b.page.getByTestId("chat");
  for (const [i, payload] of CORPUS.entries()) {
    await input.fill(`${i}: ${payload}`);
    await input.press("Enter");
    await expect(chatB.getByTestId("chat-message")).toHaveCount(i + 1, { timeout: 15_000 });
  }
  // Markdown links with unsafe protocols are not links; clicking what is there runs nothing.
  for (const anchor of await chatB.locator("a").all()) {
    const href = (await anchor.getAttribute("href")) ?? "";
    expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  }
  await chatB.getByText("click me").click();
  // Text stays text: the raw HTML of a payload is visible as typed.
  await expect(chatB.getByTestId("chat-message").nth(1)).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(chatB.getByTestId("chat-message").nth(0)).toContainText("<script>window.__xss=1</script>");

  // After a reload the stored history renders just as safely.
  await b.page.reload();
  await expect(b.page.getByTestId("chat").getByTestId("chat-message")).toHaveCount(CORPUS.length, { timeout: 20_000 });
  for (const [p, ev] of [
    [page, events],
    [b.page, eventsB],
  ] as const) {
    await expectInert(p, ev, p.getByTestId("chat"));
  }
  await b.context.close();
});

test("sign-up echoes a hostile username and email as inert field values", async ({ page, context }) => {
  const events = watch(context);
  for (const payload of CORPUS.slice(0, 6)) {
    const user = newUserDetails();
    await page.goto("/signup");
    await page.getByLabel("Username").fill(payload);
    await page.getByLabel("Email").fill(`${payload}@example.test`);
    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.locator('[data-field-error="username"]')).toBeVisible();
    await expect(page.getByLabel("Username")).toHaveValue(payload.slice(0, 24)); // the field's maxlength
    await expectInert(page, events, page.locator("main"));
  }
  // The same through a full page load (no JavaScript navigation): the server's HTML.
  const response = await page.request.post("/signup", {
    form: { username: CORPUS[3]!, email: "a@b.c", password: "long enough pw" },
  });
  const html = await response.text();
  expect(html).not.toContain(CORPUS[3]);
  expect(html).toContain("&quot;&gt;&lt;script&gt;");
});

test("search, redirect and unknown-page parameters are shown inert", async ({ page, context }) => {
  const events = watch(context);
  for (const payload of CORPUS) {
    await page.goto(`/problems?q=${encodeURIComponent(payload)}`);
    await expect(page.locator('input[name="q"]')).toHaveValue(payload.trim().slice(0, 100));
    await expectInert(page, events, page.locator("main"));
  }
  for (const target of [
    "javascript:window.__xss=1",
    "//evil.example",
    "/\\evil.example",
    "java\tscript:window.__xss=1",
  ]) {
    await page.goto(`/login?redirectTo=${encodeURIComponent(target)}`);
    // Every form's way back (sign-in's own, the theme toggle's) stays a path on this site.
    for (const hidden of await page.locator('input[name="redirectTo"]').all())
      expect(await hidden.inputValue()).toMatch(/^\/(?![/\\])/);
    await expect(page.locator("a[href^='javascript:' i]")).toHaveCount(0);
    await expectInert(page, events);
  }
  await page.goto(`/no/such/${encodeURIComponent(CORPUS[1]!)}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectInert(page, events, page.locator("body"));
});

test("custom test input and program output are shown as text", async ({ page, context }) => {
  test.setTimeout(90_000);
  const events = watch(context);
  await signUp(page);
  await page.goto("/problems/two-sum");
  await pasteCode(
    page,
    'function twoSum(nums, target) { console.log("<img src=x onerror=window.__xss=1>"); return ["<svg onload=window.__xss=1>"]; }',
  );
  await page.getByRole("tab", { name: "Testcase" }).click();
  const nums = page.getByLabel("nums =");
  await nums.fill('"><script>window.__xss=1</script>');
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.locator('[data-case-error="nums"]')).toContainText("Not valid JSON");
  await nums.fill('["<img src=x onerror=window.__xss=1>"]');
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.locator('[data-case-error="nums"]')).toContainText("must be an integer");
  await nums.fill("[2, 7, 11, 15]");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("result-output")).toContainText("<svg onload=window.__xss=1>", { timeout: 30_000 });
  await expect(page.getByTestId("result-stdout")).toContainText("<img src=x onerror=window.__xss=1>");
  await expectInert(page, events, page.locator("body"));
});
