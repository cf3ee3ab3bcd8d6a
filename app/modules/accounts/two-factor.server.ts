import crypto from "node:crypto";

import { generateTOTP, getTOTPAuthUri, verifyTOTP } from "@epic-web/totp";
import QRCode from "qrcode";
import { createCookie } from "react-router";

import { getStore } from "~/composition.server";
import { accountLimiters } from "~/modules/accounts/account-limits.server";
import { getEnv } from "~/platform/env.server";
import { consume, refund } from "~/platform/rate-limit.server";
import type { User } from "~/storage/store.server";

/** Two-factor sign-in with TOTP (RFC 6238 via @epic-web/totp) and single-use recovery codes. */

const PERIOD = 30;
const RECOVERY_CODES = 10;
const PENDING_MINUTES = 5;
const LIMITED = "Too many two-factor codes tried for this account.";

const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("hex");

export interface Enrolment {
  secret: string;
  /** The otpauth:// URI as an SVG QR code in a data URL, rendered here: no outside service sees the secret. */
  qrCode: string;
}

async function enrolmentOf(user: User, secret: string): Promise<Enrolment> {
  const uri = getTOTPAuthUri({
    period: PERIOD,
    digits: 6,
    algorithm: "SHA-1",
    secret,
    accountName: user.username,
    issuer: "PeerPrep",
  });
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

export type TwoFactorStatus =
  { state: "off" } | { state: "pending"; enrolment: Enrolment } | { state: "on"; recoveryCodesLeft: number };

export async function twoFactorStatus(user: User): Promise<TwoFactorStatus> {
  const record = await getStore().twoFactor.get(user.id);
  if (!record) return { state: "off" };
  if (!record.enabledAt) return { state: "pending", enrolment: await enrolmentOf(user, record.secret) };
  return { state: "on", recoveryCodesLeft: await getStore().twoFactor.remainingRecoveryCodes(user.id) };
}

export const isTwoFactorOn = async (userId: string) => Boolean((await getStore().twoFactor.get(userId))?.enabledAt);

export async function startEnrolment(user: User): Promise<void> {
  const { secret } = await generateTOTP({ period: PERIOD, digits: 6, algorithm: "SHA-1" });
  await getStore().twoFactor.setPending(user.id, secret);
}

async function matchingStep(secret: string, otp: string): Promise<number | null> {
  const result = await verifyTOTP({ otp, secret, period: PERIOD, digits: 6, algorithm: "SHA-1", window: 1 });
  return result ? Math.floor(Date.now() / 1000 / PERIOD) + result.delta : null;
}

/** Confirms a pending enrolment with a code; returns the recovery codes (shown once) or null. */
export async function confirmEnrolment(userId: string, otp: string): Promise<string[] | null> {
  await consume(accountLimiters.twoFactorByUser, userId, { reason: LIMITED });
  const record = await getStore().twoFactor.get(userId);
  if (!record || record.enabledAt) return null;
  const step = await matchingStep(record.secret, otp);
  if (step === null) return null;
  const codes = Array.from({ length: RECOVERY_CODES }, () => {
    const raw = crypto.randomBytes(10).toString("base64url").replace(/[-_]/g, "").toLowerCase().padEnd(10, "0");
    return raw.slice(0, 10);
  });
  if (!(await getStore().twoFactor.enable(userId, codes.map(sha256), new Date()))) return null;
  // The code that turned it on is spent: someone who watched it typed cannot sign in with it.
  await getStore().twoFactor.useStep(userId, step);
  await refund(accountLimiters.twoFactorByUser, userId);
  return codes.map((c) => `${c.slice(0, 5)}-${c.slice(5)}`);
}

/**
 * Checks a second factor: a TOTP code (each time step once) or an unused recovery code
 * (then used up). The account's limit takes its point first. Throws RateLimitedError.
 */
export async function verifySecondFactor(userId: string, code: string): Promise<boolean> {
  await consume(accountLimiters.twoFactorByUser, userId, { reason: LIMITED });
  const store = getStore();
  const record = await store.twoFactor.get(userId);
  if (!record?.enabledAt) return false;
  const ok = /^\d{6}$/.test(code)
    ? await (async () => {
        const step = await matchingStep(record.secret, code);
        return step !== null && (await store.twoFactor.useStep(userId, step));
      })()
    : await store.twoFactor.useRecoveryCode(userId, sha256(code), new Date());
  if (ok) await refund(accountLimiters.twoFactorByUser, userId);
  return ok;
}

export async function disableTwoFactor(userId: string, code: string): Promise<boolean> {
  if (!(await verifySecondFactor(userId, code))) return false;
  await getStore().twoFactor.disable(userId);
  return true;
}

// The step between password and code: a signed, short-lived cookie, never a login session.
let pendingCookie: ReturnType<typeof createCookie> | undefined;
function twoFactorCookie() {
  const env = getEnv();
  pendingCookie ??= createCookie("pp_2fa", {
    httpOnly: true,
    sameSite: "lax",
    secure: env.COOKIE_SECURE,
    path: "/login",
    secrets: [env.SESSION_SECRET],
    maxAge: PENDING_MINUTES * 60,
  });
  return pendingCookie;
}

export interface PendingSignIn {
  userId: string;
  redirectTo: string;
}

export const pendingSignInCookie = (pending: PendingSignIn) =>
  twoFactorCookie().serialize({ ...pending, until: Date.now() + PENDING_MINUTES * 60_000 });

export const clearPendingSignInCookie = () => twoFactorCookie().serialize("", { maxAge: 0 });

export async function readPendingSignIn(request: Request): Promise<PendingSignIn | null> {
  const value: unknown = await twoFactorCookie().parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object") return null;
  const { userId, redirectTo, until } = value as Record<string, unknown>;
  if (typeof userId !== "string" || typeof redirectTo !== "string" || typeof until !== "number") return null;
  return until > Date.now() ? { userId, redirectTo } : null;
}
