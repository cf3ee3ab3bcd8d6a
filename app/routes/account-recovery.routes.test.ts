import { generateTOTP } from "@epic-web/totp";
import { describe, expect, it } from "vitest";

import { getServices, getStore } from "~/composition.server";
import { requestPasswordReset } from "~/modules/accounts/account-recovery.server";
import type { FormFailure } from "~/platform/http/form-responses.server";
import { readOutbox } from "~/platform/mail/outbox.server";

import { cookieFrom, formRequest, getRequest, settle, testContext, unwrapData } from "../../tests/support/requests";
import * as root from "../root";
import * as account from "./account";
import * as forgot from "./forgot-password";
import * as login from "./login";
import * as twoFactor from "./login.two-factor";
import * as reset from "./reset-password";
import * as signup from "./signup";

const args = (request: Request, context = testContext()) => ({ request, context, params: {} }) as never;
let n = 0;
const unique = () => `r${Date.now().toString(36)}${++n}`;

async function signUpUser() {
  const name = unique();
  const values = { username: name, email: `${name}@example.test`, password: "correct horse battery" };
  const response = (await settle(() => signup.action(args(formRequest("/signup", values))))) as Response;
  return { ...values, cookie: cookieFrom(response) };
}
const currentUsername = async (cookie: string) =>
  (await root.loader(args(getRequest("/", cookie)))).user?.username ?? null;
const signIn = async (login_: string, password: string) =>
  settle(() => login.action(args(formRequest("/login", { login: login_, password }))));

async function latestLinkTo(email: string, path: string) {
  const message = (await readOutbox(getServices().env.DATA_DIR)).find((m) => m.to === email);
  const match = message?.text.match(new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`));
  return match ? new URL(match[0]) : null;
}

describe("password reset", () => {
  it("answers the same for a known and an unknown address; only the known one gets mail", async () => {
    const user = await signUpUser();
    const known = await settle(() => forgot.action(args(formRequest("/forgot-password", { email: user.email }))));
    const unknown = await settle(() =>
      forgot.action(args(formRequest("/forgot-password", { email: `nobody-${unique()}@example.test` }))),
    );
    expect((known as Response).status).toBe((unknown as Response).status);
    expect((known as Response).headers.get("Location")).toBe((unknown as Response).headers.get("Location"));
    const { delivery } = await requestPasswordReset({ email: "nobody@example.test", clientIp: "10.9.9.9" });
    await delivery;
    await expect.poll(() => latestLinkTo(user.email, "/reset-password")).not.toBeNull();
  });

  it("sets a new password once, signs every device out, and refuses the old password", async () => {
    const user = await signUpUser();
    const { delivery } = await requestPasswordReset({ email: user.email, clientIp: "10.9.9.8" });
    await delivery;
    const link = await latestLinkTo(user.email, "/reset-password");
    const token = link?.searchParams.get("token") ?? "";
    // The token is stored hashed only.
    expect(JSON.stringify(await getStore().accountTokens.findUsable(token, "password-reset", new Date()))).toBe("null");

    const mismatch = await reset.action(
      args(formRequest("/reset-password", { token, password: "a new long password", confirmPassword: "other" })),
    );
    expect(unwrapData<FormFailure>(mismatch).data.fieldErrors.confirmPassword).toBeDefined();

    const fields = { token, password: "a new long password", confirmPassword: "a new long password" };
    const done = (await settle(() => reset.action(args(formRequest("/reset-password", fields))))) as Response;
    expect(done.headers.get("Location")).toBe("/login?done=reset");
    expect(await currentUsername(user.cookie)).toBeNull();
    expect(unwrapData(await signIn(user.username, user.password)).status).toBe(400);
    expect(await signIn(user.username, "a new long password")).toBeInstanceOf(Response);

    const again = await reset.action(args(formRequest("/reset-password", fields)));
    expect(unwrapData(again).status).toBe(410);
  });
});

describe("two-factor sign-in", () => {
  it("enrols with a code, then asks for a code after the password; a recovery code works once", async () => {
    const user = await signUpUser();
    await settle(() => account.action(args(formRequest("/account", { intent: "totp-start" }, user.cookie))));
    const loaded = await account.loader(args(getRequest("/account", user.cookie)));
    if (!("twoFactor" in loaded) || loaded.twoFactor.state !== "pending") throw new Error("no pending enrolment");
    expect(loaded.twoFactor.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const secret = loaded.twoFactor.secret;

    const wrong = await account.action(
      args(formRequest("/account", { intent: "totp-confirm", code: "000000" }, user.cookie)),
    );
    expect(unwrapData(wrong).status).toBe(400);
    const { otp } = await generateTOTP({ secret, period: 30, digits: 6, algorithm: "SHA-1" });
    const confirmed = unwrapData<{ recoveryCodes: string[] }>(
      await account.action(args(formRequest("/account", { intent: "totp-confirm", code: otp }, user.cookie))),
    );
    expect(confirmed.data.recoveryCodes).toHaveLength(10);
    const after = await account.loader(args(getRequest("/account", user.cookie)));
    expect(JSON.stringify(after)).not.toContain(secret);

    const step1 = (await signIn(user.username, user.password)) as Response;
    expect(step1.headers.get("Location")).toBe("/login/two-factor");
    const pending = cookieFrom(step1);
    // No login session before the code.
    expect(await currentUsername(pending)).toBeNull();

    const code = confirmed.data.recoveryCodes[0] ?? "";
    const ok = (await settle(() =>
      twoFactor.action(args(formRequest("/login/two-factor", { code }, pending))),
    )) as Response;
    expect(ok.status).toBe(302);
    const session = (ok.headers.get("Set-Cookie") ?? "").match(/pp_session=[^;]+/)?.[0] ?? "";
    expect(await currentUsername(session)).toBe(user.username);

    const reused = await twoFactor.action(args(formRequest("/login/two-factor", { code }, pending)));
    expect(unwrapData(reused).status).toBe(400);
  });
});

describe("signed-in devices", () => {
  it("lists each login with its browser and ends another one", async () => {
    const user = await signUpUser();
    const other = cookieFrom((await signIn(user.username, user.password)) as Response);
    const loaded = await account.loader(args(getRequest("/account", user.cookie)));
    if (!("devices" in loaded)) throw new Error("no devices");
    expect(loaded.devices).toHaveLength(2);
    const target = loaded.devices.find((d) => !d.current);
    const ended = (await settle(() =>
      account.action(
        args(formRequest("/account", { intent: "end-device", device: target?.publicId ?? "" }, user.cookie)),
      ),
    )) as Response;
    expect(ended.headers.get("Location")).toBe("/account?done=device-ended");
    expect(await currentUsername(other)).toBeNull();
    expect(await currentUsername(user.cookie)).toBe(user.username);
  });
});
