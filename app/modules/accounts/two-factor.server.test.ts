import { generateTOTP } from "@epic-web/totp";
import { describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";

import { person } from "../../../tests/support/people";
import { confirmEnrolment, startEnrolment, verifySecondFactor } from "./two-factor.server";

describe("two-factor codes", () => {
  it("spends the code that turned it on: the same code cannot then sign in", async () => {
    const { user } = await person("tf");
    await startEnrolment(user);
    const secret = (await getStore().twoFactor.get(user.id))!.secret;
    const { otp } = await generateTOTP({ secret, period: 30, digits: 6, algorithm: "SHA-1" });
    expect(await confirmEnrolment(user.id, otp)).toHaveLength(10);
    expect(await verifySecondFactor(user.id, otp)).toBe(false);
  });

  it("takes a recovery code once", async () => {
    const { user } = await person("tr");
    await startEnrolment(user);
    const secret = (await getStore().twoFactor.get(user.id))!.secret;
    const { otp } = await generateTOTP({ secret, period: 30, digits: 6, algorithm: "SHA-1" });
    const codes = (await confirmEnrolment(user.id, otp))!;
    // As the sign-in form's schema hands it over: without the dash.
    const code = codes[3]!.replace("-", "");
    expect(await verifySecondFactor(user.id, code)).toBe(true);
    expect(await verifySecondFactor(user.id, code)).toBe(false);
  });
});
