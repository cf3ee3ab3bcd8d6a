import { describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import { EMAIL_UNAVAILABLE_MESSAGE } from "~/modules/accounts/accounts.server";
import type { FormFailure } from "~/platform/http/form-responses.server";

import { cookieFrom, formRequest, getRequest, settle, testContext, unwrapData } from "../../tests/support/requests";
import * as root from "../root";
import * as account from "./account";
import * as login from "./login";
import * as logout from "./logout";
import * as signup from "./signup";

/** Loader/action arguments as React Router passes them (typed loosely: one helper serves every route). */
const args = (request: Request, context = testContext()) => ({ request, context, params: {} }) as never;

let n = 0;
const unique = () => `u${Date.now().toString(36)}${++n}`;

async function signUpUser(fields?: Partial<Record<"username" | "email" | "password", string>>) {
  const name = unique();
  const values = { username: name, email: `${name}@example.test`, password: "correct horse battery", ...fields };
  const response = await settle(() => signup.action(args(formRequest("/signup", values))));
  if (!(response instanceof Response)) throw new Error(`sign up failed: ${JSON.stringify(response)}`);
  return { ...values, cookie: cookieFrom(response), response };
}

async function currentUsername(cookie: string) {
  const data = await root.loader(args(getRequest("/", cookie)));
  return data.user?.username ?? null;
}

describe("sign up", () => {
  it("creates the account, hashes the password, signs in and redirects", async () => {
    const user = await signUpUser();
    expect(user.response.status).toBe(302);
    expect(user.response.headers.get("Location")).toBe("/");
    const setCookie = user.response.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(await currentUsername(user.cookie)).toBe(user.username);

    const stored = await getStore().users.findCredentialsByLogin(user.username);
    expect(stored?.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(stored?.passwordHash).not.toContain(user.password);
  });

  it("normalises the username to lower case and keeps it unique whatever the case", async () => {
    const name = unique();
    await signUpUser({ username: name.toUpperCase() });
    const stored = await getStore().users.findCredentialsByLogin(name);
    expect(stored?.username).toBe(name);
    const again = await signup.action(
      args(formRequest("/signup", { username: name, email: `other-${name}@example.test`, password: "long enough pw" })),
    );
    const { data, status } = unwrapData<FormFailure>(again);
    expect(status).toBe(400);
    expect(data.fieldErrors.username).toEqual(["This username is taken"]);
    expect(data.values).toEqual({ username: name, email: `other-${name}@example.test` });
  });

  it("rejects a duplicate email next to the email field", async () => {
    const first = await signUpUser();
    const result = await signup.action(
      args(
        formRequest("/signup", { username: unique(), email: first.email.toUpperCase(), password: "long enough pw" }),
      ),
    );
    const { data, status } = unwrapData<FormFailure>(result);
    expect(status).toBe(400);
    // Usernames are public; whether an email has an account is not said outright.
    expect(data.fieldErrors.email).toEqual([EMAIL_UNAVAILABLE_MESSAGE]);
    expect(data.fieldErrors.email?.[0]).not.toMatch(/exists|is taken|is registered|in use/i);
  });

  it.each([
    [{ username: "ab" }, "username", "at least 3"],
    [{ username: "a".repeat(25) }, "username", "at most 24"],
    [{ username: "bad name!" }, "username", "letters, digits"],
    [{ email: "not-an-email" }, "email", "valid email"],
    [{ password: "short" }, "password", "at least 8"],
    [{ password: "x".repeat(73) }, "password", "at most 72"],
    // bcrypt reads 72 bytes: 40 two-byte letters are 80 bytes, though only 40 characters.
    [{ password: "é".repeat(40) }, "password", "at most 72 bytes"],
    [{ password: "password1" }, "password", "most common"],
    [{ password: "SunShine" }, "password", "most common"],
  ])("explains invalid input %o next to the field", async (override, field, message) => {
    const values = { username: unique(), email: `${unique()}@example.test`, password: "long enough pw", ...override };
    const { data, status } = unwrapData<FormFailure>(await signup.action(args(formRequest("/signup", values))));
    expect(status).toBe(400);
    expect(data.fieldErrors[field]?.join(" ")).toContain(message);
    expect(JSON.stringify(data)).not.toContain(values.password);
  });

  it("answers missing fields with 400, not a crash", async () => {
    const { data, status } = unwrapData<FormFailure>(await signup.action(args(formRequest("/signup", {}))));
    expect(status).toBe(400);
    expect(Object.keys(data.fieldErrors).sort()).toEqual(["email", "password", "username"]);
  });

  it("refuses a filled honeypot without creating an account", async () => {
    const name = unique();
    const result = await signup.action(
      args(
        formRequest("/signup", {
          username: name,
          email: `${name}@example.test`,
          password: "long enough pw",
          website: "spam",
        }),
      ),
    );
    expect(unwrapData(result).status).toBe(400);
    expect(await getStore().users.findCredentialsByLogin(name)).toBeNull();
  });

  it("limits sign-ups per address with 429 and a retry time", async () => {
    const context = testContext("192.0.2.77");
    let last: unknown;
    for (let i = 0; i < 11; i++) {
      const name = unique();
      last = await settle(() =>
        signup.action(
          args(
            formRequest("/signup", { username: name, email: `${name}@example.test`, password: "long enough pw" }),
            context,
          ),
        ),
      );
    }
    const { data, status, headers } = unwrapData<FormFailure>(last);
    expect(status).toBe(429);
    expect(data.formErrors[0]).toMatch(/^Too many new accounts from your network\. Try again in \d+ minutes?\.$/);
    expect(Number(headers.get("Retry-After"))).toBeGreaterThan(0);
  });
});

describe("sign in and out", () => {
  it("signs in with username or email and honours a safe redirectTo", async () => {
    const user = await signUpUser();
    const byName = await settle(() =>
      login.action(
        args(formRequest("/login", { login: user.username, password: user.password, redirectTo: "/account" })),
      ),
    );
    expect(byName).toBeInstanceOf(Response);
    expect((byName as Response).headers.get("Location")).toBe("/account");

    const byEmail = await settle(() =>
      login.action(
        args(formRequest("/login", { login: user.email, password: user.password, redirectTo: "//evil.example" })),
      ),
    );
    expect((byEmail as Response).headers.get("Location")).toBe("/");
    expect(await currentUsername(cookieFrom(byEmail as Response))).toBe(user.username);
  });

  it("says a wrong password without revealing which part was wrong, and never echoes it", async () => {
    const user = await signUpUser();
    for (const loginValue of [user.username, "no-such-user"]) {
      const result = await login.action(
        args(formRequest("/login", { login: loginValue, password: "wrong password!" })),
      );
      const { data, status } = unwrapData<FormFailure>(result);
      expect(status).toBe(400);
      expect(data.fieldErrors.password).toEqual(["Wrong username, email or password"]);
      expect(JSON.stringify(data)).not.toContain("wrong password!");
    }
  });

  it("limits guesses against an account from new devices, in minutes, with Retry-After", async () => {
    const user = await signUpUser();
    let last: unknown;
    for (let i = 0; i < 11; i++) {
      last = await login.action(args(formRequest("/login", { login: user.username, password: `nope-${i}-xxxx` })));
    }
    const { data, status, headers } = unwrapData<FormFailure>(last);
    expect(status).toBe(429);
    expect(data.formErrors[0]).toMatch(/^Too many sign-in attempts for this account\. Try again in \d+ minutes?\.$/);
    expect(Number(headers.get("Retry-After"))).toBeGreaterThan(60);
    // A browser that has never signed in to the account waits too, right password or not.
    const right = await login.action(args(formRequest("/login", { login: user.username, password: user.password })));
    expect(unwrapData(right).status).toBe(429);
  });

  it("counts guesses by email and by username against the same account", async () => {
    const user = await signUpUser();
    const outcomes = [];
    for (let i = 0; i < 12; i++) {
      const by = i % 2 ? user.email.toUpperCase() : user.username;
      outcomes.push(
        unwrapData(await login.action(args(formRequest("/login", { login: by, password: `no-${i}-xxxx` })))),
      );
    }
    expect(outcomes.filter((o) => o.status === 429)).toHaveLength(2);
  });

  it("does not lock the owner out of a device they signed in on before", async () => {
    const user = await signUpUser();
    const first = await settle(() =>
      login.action(args(formRequest("/login", { login: user.username, password: user.password }))),
    );
    const deviceCookie = (first as Response).headers.getSetCookie().find((c) => c.startsWith("pp_device="));
    expect(deviceCookie).toBeDefined();
    // A stranger's guesses, from many addresses, use up the account's limit for new devices.
    for (let i = 0; i < 12; i++) {
      await login.action(args(formRequest("/login", { login: user.username, password: `guess-${i}-xx` })));
    }
    const stranger = await login.action(args(formRequest("/login", { login: user.username, password: user.password })));
    expect(unwrapData(stranger).status).toBe(429);
    const owner = formRequest("/login", { login: user.username, password: user.password });
    owner.headers.set("Cookie", deviceCookie!.split(";")[0]!);
    const back = await settle(() => login.action(args(owner)));
    expect((back as Response).status).toBe(302);
  });

  it("refuses a password over 72 bytes instead of checking only its first 72", async () => {
    const long = "A".repeat(72);
    const user = await signUpUser({ password: long });
    for (const password of [`${long}anything`, `${long}else`]) {
      const result = await login.action(args(formRequest("/login", { login: user.username, password })));
      const { data, status } = unwrapData<FormFailure>(result);
      expect(status).toBe(400);
      expect(data.fieldErrors.password?.[0]).toMatch(/at most 72 bytes/);
    }
  });

  it("redirects anonymous visitors of /account to /login with the way back", async () => {
    const result = await settle(() => account.loader(args(getRequest("/account?tab=x"))));
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).headers.get("Location")).toBe(
      `/login?redirectTo=${encodeURIComponent("/account?tab=x")}`,
    );
  });

  it("sends signed-in users away from /login and /signup", async () => {
    const user = await signUpUser();
    const loaders: Array<(a: never) => unknown> = [login.loader, signup.loader];
    for (const loader of loaders) {
      const result = await settle(() => loader(args(getRequest("/login", user.cookie))));
      expect((result as Response).status).toBe(302);
    }
  });

  it("signs out: the cookie is cleared and the session no longer works", async () => {
    const user = await signUpUser();
    const result = await logout.action(args(formRequest("/logout", {}, user.cookie)));
    expect(result.headers.get("Set-Cookie")).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
    expect(await currentUsername(user.cookie)).toBeNull();
  });

  it("ignores a tampered cookie", async () => {
    const user = await signUpUser();
    // Flip one character of the signed value (not the signature's padding).
    const [name, value = ""] = user.cookie.split("=");
    const flipped = `${value[0] === "e" ? "f" : "e"}${value.slice(1)}`;
    const tampered = `${name}=${flipped}`;
    expect(await currentUsername(tampered)).toBeNull();
  });
});

describe("account", () => {
  async function secondDevice(user: { username: string; password: string }) {
    const result = await settle(() =>
      login.action(args(formRequest("/login", { login: user.username, password: user.password }))),
    );
    return cookieFrom(result as Response);
  }

  it("changes the password: the old one stops working, other devices are signed out", async () => {
    const user = await signUpUser();
    const other = await secondDevice(user);
    const loaded = await account.loader(args(getRequest("/account", user.cookie)));
    expect("devices" in loaded && loaded.devices.filter((d) => !d.current)).toHaveLength(1);

    const result = await settle(() =>
      account.action(
        args(
          formRequest(
            "/account",
            {
              intent: "change-password",
              currentPassword: user.password,
              newPassword: "a brand new password",
              confirmPassword: "a brand new password",
              signOutOthers: "on",
            },
            user.cookie,
          ),
        ),
      ),
    );
    expect((result as Response).headers.get("Location")).toBe("/account?done=password");
    expect(await currentUsername(user.cookie)).toBe(user.username);
    expect(await currentUsername(other)).toBeNull();

    const oldLogin = await login.action(args(formRequest("/login", { login: user.username, password: user.password })));
    expect(unwrapData(oldLogin).status).toBe(400);
    const newLogin = await settle(() =>
      login.action(args(formRequest("/login", { login: user.username, password: "a brand new password" }))),
    );
    expect((newLogin as Response).status).toBe(302);
  });

  it("explains a wrong current password and mismatched repeats next to the fields", async () => {
    const user = await signUpUser();
    const wrong = await account.action(
      args(
        formRequest(
          "/account",
          {
            intent: "change-password",
            currentPassword: "not it at all",
            newPassword: "another password",
            confirmPassword: "another password",
          },
          user.cookie,
        ),
      ),
    );
    expect(unwrapData<FormFailure>(wrong).data.fieldErrors.currentPassword).toEqual([
      "Your current password is not right",
    ]);

    const mismatch = await account.action(
      args(
        formRequest(
          "/account",
          {
            intent: "change-password",
            currentPassword: user.password,
            newPassword: "another password",
            confirmPassword: "different one",
          },
          user.cookie,
        ),
      ),
    );
    const { data, status } = unwrapData<FormFailure>(mismatch);
    expect(status).toBe(400);
    expect(data.fieldErrors.confirmPassword).toEqual(["The passwords do not match"]);
  });

  it("signs out other devices and keeps this one", async () => {
    const user = await signUpUser();
    const other = await secondDevice(user);
    const result = await settle(() =>
      account.action(args(formRequest("/account", { intent: "sign-out-others" }, user.cookie))),
    );
    expect((result as Response).headers.get("Location")).toBe("/account?done=signed-out");
    expect(await currentUsername(other)).toBeNull();
    expect(await currentUsername(user.cookie)).toBe(user.username);
  });

  it("answers an unknown intent with 400", async () => {
    const user = await signUpUser();
    const result = await account.action(args(formRequest("/account", { intent: "drop-tables" }, user.cookie)));
    expect(unwrapData(result).status).toBe(400);
  });
});
