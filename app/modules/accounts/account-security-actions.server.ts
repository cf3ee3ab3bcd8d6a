import { data, redirect } from "react-router";
import { z } from "zod";

import { emailVerifiedAt, requestEmailVerification } from "~/modules/accounts/account-recovery.server";
import { endDevice, listDevices } from "~/modules/accounts/devices.server";
import { TotpCodeSchema, TwoFactorCodeSchema } from "~/modules/accounts/recovery-schemas";
import {
  confirmEnrolment,
  disableTwoFactor,
  startEnrolment,
  twoFactorStatus,
} from "~/modules/accounts/two-factor.server";
import type { TwoFactorView } from "~/modules/accounts/ui/two-factor-section";
import { parseForm } from "~/platform/http/forms";
import { RateLimitedError } from "~/platform/rate-limit.server";
import type { LoginSession, User } from "~/storage/store.server";

/** The account page's security sections: what they show, and what their forms do. */

export const SECURITY_INTENTS = [
  "send-verification",
  "end-device",
  "totp-start",
  "totp-confirm",
  "totp-disable",
] as const;
export type SecurityIntent = (typeof SECURITY_INTENTS)[number];

export async function accountSecurityData(user: User, session: LoginSession) {
  const status = await twoFactorStatus(user);
  const twoFactor: TwoFactorView =
    status.state === "pending"
      ? { state: "pending", secret: status.enrolment.secret, qrCode: status.enrolment.qrCode }
      : status;
  return {
    devices: await listDevices(user.id, session.id),
    emailVerified: (await emailVerifiedAt(user)) !== null,
    twoFactor,
  };
}

export interface SecurityActionData {
  intent: SecurityIntent;
  fieldErrors: Record<string, string[] | undefined>;
  formErrors: string[];
  values: Record<string, string>;
  recoveryCodes?: string[];
}

const answer = (
  body: Omit<SecurityActionData, "values" | "fieldErrors" | "formErrors"> & Partial<SecurityActionData>,
  status = 400,
  headers?: HeadersInit,
) => data<SecurityActionData>({ fieldErrors: {}, formErrors: [], values: {}, ...body }, { status, headers });

const limited = (intent: SecurityIntent, error: RateLimitedError) =>
  answer({ intent, formErrors: [error.message] }, 429, { "Retry-After": String(error.retryAfterSeconds) });

export async function handleSecurityIntent(intent: SecurityIntent, formData: FormData, user: User) {
  try {
    switch (intent) {
      case "send-verification":
        await requestEmailVerification(user);
        return redirect("/account?done=verification-sent");
      case "end-device": {
        const device = z.string().min(1).max(64).safeParse(formData.get("device"));
        if (!device.success || !(await endDevice(user.id, device.data))) {
          return answer({ intent, formErrors: ["That device is already signed out."] }, 404);
        }
        return redirect("/account?done=device-ended");
      }
      case "totp-start":
        await startEnrolment(user);
        return redirect("/account#two-factor-heading");
      case "totp-confirm": {
        const parsed = parseForm(formData, z.object({ code: TotpCodeSchema }));
        if (!parsed.success) return answer({ intent, ...parsed });
        const codes = await confirmEnrolment(user.id, parsed.data.code);
        if (!codes) return answer({ intent, fieldErrors: { code: ["That code is not right: try the newest one"] } });
        // Shown once, in this answer: never stored in clear, never shown again.
        return answer({ intent, recoveryCodes: codes }, 200);
      }
      case "totp-disable": {
        const parsed = parseForm(formData, z.object({ code: TwoFactorCodeSchema }));
        if (!parsed.success) return answer({ intent, ...parsed });
        if (!(await disableTwoFactor(user.id, parsed.data.code))) {
          return answer({ intent, fieldErrors: { code: ["That code is not right, or was already used"] } });
        }
        return redirect("/account?done=two-factor-off");
      }
    }
  } catch (error) {
    if (error instanceof RateLimitedError) return limited(intent, error);
    throw error;
  }
}
