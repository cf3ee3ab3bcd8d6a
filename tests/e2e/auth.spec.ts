import { expect, newPerson, newUserDetails, signIn, signOut, signUp, signUpWithForm, test } from "./fixtures";

test.describe("accounts", () => {
  test("sign up, sign out and sign in again", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Practise coding problems with a partner");
    await page.getByRole("link", { name: "Create a free account" }).click();
    await expect(page).toHaveURL(/\/signup$/);
    const user = await signUpWithForm(page);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Welcome, ${user.username}`);
    await signOut(page);
    await signIn(page, user);
  });

  test("a wrong password is explained next to the field and the password is not echoed", async ({
    page,
    browser,
    baseURL,
  }) => {
    const other = await newPerson(browser, baseURL);
    const user = await signUp(other.page);
    await other.context.close();

    await page.goto("/login");
    await page.getByLabel("Username or email").fill(user.username);
    await page.getByLabel("Password", { exact: true }).fill("not my password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const error = page.locator('[data-field-error="password"]');
    await expect(error).toHaveText("Wrong username, email or password");
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Username or email")).toHaveValue(user.username);
    await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  });

  test("a duplicate username is refused next to the username field", async ({ page, browser, baseURL }) => {
    const other = await newPerson(browser, baseURL);
    const taken = await signUp(other.page);
    await other.context.close();

    const mine = newUserDetails();
    await page.goto("/signup");
    await page.getByLabel("Username").fill(taken.username.toUpperCase());
    await page.getByLabel("Email").fill(mine.email);
    await page.getByLabel("Password", { exact: true }).fill(mine.password);
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.locator('[data-field-error="username"]')).toHaveText("This username is taken");
    await expect(page.getByLabel("Email")).toHaveValue(mine.email);
  });

  test("signed-out visitors are sent to sign in and brought back", async ({ page }) => {
    const user = newUserDetails();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount/);
    await page.getByRole("link", { name: "Create an account" }).click();
    // Wait for the sign-up page: the sign-in page's "Username or email" would take the text too.
    await expect(page).toHaveURL(/\/signup\?redirectTo=%2Faccount/);
    await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
    await page.getByLabel("Username", { exact: true }).fill(user.username);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId("account-username")).toHaveText(user.username);
  });

  test("change the password and sign out the other devices", async ({ page, browser, baseURL }) => {
    const user = await signUp(page);
    const laptop = await newPerson(browser, baseURL);
    await signIn(laptop.page, user);

    await page.goto("/account");
    await expect(page.getByTestId("other-devices")).toHaveText("You are signed in on 1 other device.");
    await page.getByRole("button", { name: "Sign out all other devices" }).click();
    await expect(page.getByRole("status").filter({ hasText: "other devices" })).toHaveText(
      "Your other devices were signed out.",
    );
    await expect(page.getByTestId("other-devices")).toHaveText("You are signed in on this device only.");
    await laptop.page.reload();
    await expect(laptop.page.getByRole("link", { name: "Sign in" })).toBeVisible();

    await page.getByLabel("Current password").fill("wrong one entirely");
    await page.getByLabel("New password", { exact: true }).fill("my new password 1");
    await page.getByLabel("Repeat new password").fill("my new password 1");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator('[data-field-error="currentPassword"]')).toHaveText("Your current password is not right");

    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("my new password 1");
    await page.getByLabel("Repeat new password").fill("my new password 1");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "password" })).toContainText("Your password was changed");

    await signOut(page);
    await signIn(page, { ...user, password: "my new password 1" });
    await laptop.context.close();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign up, sign out and sign in with plain forms", async ({ page }) => {
    const user = newUserDetails("nojs");
    await page.goto("/signup");
    await page.getByLabel("Username").fill(user.username);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.locator('[data-field-error="password"]')).toHaveText("Password must be at least 8 characters");

    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.getByTestId("user-menu")).toContainText(user.username);

    // The user menu is a <details> element: it opens without scripts.
    await page.getByTestId("user-menu").click();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    await page.goto("/login");
    await page.getByLabel("Username or email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("user-menu")).toContainText(user.username);
  });
});
