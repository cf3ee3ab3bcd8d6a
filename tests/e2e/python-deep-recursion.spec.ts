import { chooseLanguage, pasteCode } from "./editor";
import { expect, signUp, test } from "./fixtures";

/**
 * Pyodide in the browser's worker, whose stack the page cannot enlarge: LeetCode's
 * recursive palindrome check (one frame per node) on a list as long as the constraint
 * allows (2·10^4 nodes) gives its answer; far past any constraint it is a Runtime Error
 * with a message, and the next Run works on a fresh interpreter.
 */

const RECURSIVE_PALINDROME = `class Solution:
    def isPalindrome(self, head: Optional[ListNode]) -> bool:
        self.front = head
        def check(node):
            if node is None:
                return True
            if not check(node.next):
                return False
            if self.front.val != node.val:
                return False
            self.front = self.front.next
            return True
        return check(head)`;

const palindrome = (half: number) => {
  const values = Array.from({ length: half }, (_, i) => i % 10);
  return JSON.stringify([...values, ...values.reverse()]);
};

test("recursive Python over the longest list the constraints allow runs in the browser", async ({ page }) => {
  test.setTimeout(240_000);
  await signUp(page);
  await page.goto("/problems/palindrome-linked-list");
  await chooseLanguage(page, "Python");
  await pasteCode(page, RECURSIVE_PALINDROME);
  await page.getByRole("tab", { name: "Testcase" }).click();

  await page.getByLabel("head =").first().fill(palindrome(10_000));
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const result = page.getByTestId("run-result");
  await expect(result.getByTestId("run-passed")).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId("result-error")).toHaveCount(0);
  await expect(page.getByTestId("result-output")).toContainText("true");

  // 2·10^5 frames: past the recursion limit and any stack; a verdict with a reason.
  await page.getByRole("tab", { name: "Testcase" }).click();
  await page.getByLabel("head =").first().fill(palindrome(100_000));
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("result-error")).toContainText(/recursion|stack/i, { timeout: 180_000 });
  await expect(result).toContainText("Runtime Error");

  await page.getByRole("tab", { name: "Testcase" }).click();
  await page.getByLabel("head =").first().fill("[1, 2, 1]");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("result-output")).toContainText("true", { timeout: 180_000 });
  await expect(page.getByTestId("result-error")).toHaveCount(0);
});
