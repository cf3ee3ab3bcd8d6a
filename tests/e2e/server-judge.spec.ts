import fs from "node:fs";

import { chooseLanguage, pasteCode } from "./editor";
import { allTestsPassed, expect, newUserDetails, signIn, signUp, test } from "./fixtures";

const ALL_TWO_SUM_PASSED = allTestsPassed("two-sum");

/**
 * Submit is judged on the server: the three languages through the page, a forged verdict
 * and a request for hidden tests refused, and Submit without JavaScript.
 */
const tests = JSON.parse(fs.readFileSync("content/problems/two-sum/tests.json", "utf8")) as {
  tests: Array<{ input: unknown; visible?: boolean }>;
};
const RIGHT_JS = fs.readFileSync("content/problems/two-sum/solution.js", "utf8");
const RIGHT_TS =
  "function twoSum(nums: number[], target: number): number[] {\nconst seen = new Map<number, number>();\nfor (let i = 0; i < nums.length; i++) {\nconst j = seen.get(target - nums[i]);\nif (j !== undefined) return [j, i];\nseen.set(nums[i], i);\n}\nreturn [];\n}";
const RIGHT_PY = `def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i`;

test.describe("server judge", () => {
  test("submits JavaScript, TypeScript and Python through the server and shows its verdict", async ({ page }) => {
    test.setTimeout(240_000);
    await signUp(page);
    await page.goto("/problems/two-sum");
    const verdicts: string[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith("/problems/two-sum/submissions")) verdicts.push(String(response.status()));
    });
    for (const [language, code] of [
      ["JavaScript", RIGHT_JS],
      ["TypeScript", RIGHT_TS],
      ["Python", RIGHT_PY],
    ] as const) {
      await chooseLanguage(page, language);
      await pasteCode(page, code);
      await page.getByRole("button", { name: "Submit" }).click();
      await expect(page.getByTestId("run-result")).toContainText(ALL_TWO_SUM_PASSED, {
        timeout: 90_000,
      });
    }
    expect(verdicts).toEqual(["200", "200", "200"]);
    await page.getByRole("tab", { name: /My submissions/ }).click();
    for (const label of ["JavaScript", "TypeScript", "Python"]) {
      await expect(page.getByTestId("submissions")).toContainText(label);
    }
  });

  test("a forged verdict is refused and hidden tests are not handed out", async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    await signUp(page);
    const forged = await page.request.post("/problems/two-sum/submissions", {
      headers: { Accept: "application/json", Origin: baseURL! },
      form: {
        language: "javascript",
        code: "function twoSum() {}",
        verdict: "Accepted",
        passed: "10000",
        total: "10000",
      },
    });
    expect(forged.status()).toBe(400);
    expect(JSON.stringify(await forged.json())).toMatch(/decided by the server/);

    const served = (await (await page.request.get("/problems/two-sum/tests")).json()) as { tests: unknown[] };
    const visible = tests.tests.filter((t) => t.visible);
    expect(served.tests).toHaveLength(visible.length);
    for (const hidden of tests.tests.filter((t) => !t.visible)) {
      expect(JSON.stringify(served)).not.toContain(JSON.stringify(hidden.input));
    }
  });

  test("without JavaScript, Submit posts the form and lands on the submission's page", async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const user = newUserDetails("nojs");
    const withJs = await browser.newContext({ baseURL });
    await signUp(await withJs.newPage(), user);
    await withJs.close();
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, user);
    await page.goto("/problems/two-sum");
    const form = page.getByTestId("plain-submit");
    // The editor is its server-rendered plain textarea, which belongs to the Submit form.
    await page.getByRole("textbox", { name: "Code editor" }).fill(RIGHT_JS);
    await form.getByRole("button", { name: "Submit" }).click();
    await expect(page).toHaveURL(/\/submissions\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("submission")).toContainText("Accepted");
    await expect(page.getByTestId("submission-passed")).toHaveText(ALL_TWO_SUM_PASSED);
    await context.close();
  });
});
