import crypto from "node:crypto";

import { getServices, getStore } from "~/composition.server";
import { accountLimiters } from "~/modules/accounts/account-limits.server";
import { passwordResetMail, verifyEmailMail } from "~/modules/accounts/account-mail";
import { COMMON_PASSWORD_MESSAGE } from "~/modules/accounts/accounts.server";
import { isCommonPassword } from "~/modules/accounts/common-passwords.server";
import { hashPassword } from "~/modules/accounts/password.server";
import { appUrl } from "~/platform/env.server";
import { getLogger } from "~/platform/logger.server";
import { consume } from "~/platform/rate-limit.server";
import type { User } from "~/storage/store.server";

import { RESET_LINK_INVALID, RESET_TOKEN_MINUTES, VERIFY_TOKEN_HOURS } from "./account-recovery-rules";

export { RESET_LINK_INVALID, RESET_TOKEN_MINUTES, VERIFY_TOKEN_HOURS };

/** Password reset and email verification by single-use tokens sent by mail. */

const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

async function issueToken(user: User, purpose: "password-reset" | "verify-email", ttlMs: number): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  const store = getStore();
  // One live link per purpose: an older mail stops working when a new one is sent.
  await store.accountTokens.deleteForUser(user.id, purpose);
  await store.accountTokens.create({
    id: hashToken(token),
    userId: user.id,
    purpose,
    email: user.email,
    expiresAt: new Date(Date.now() + ttlMs),
  });
  return token;
}

/**
 * Takes the limits, then returns at once: the lookup, the token and the mail happen in
 * `delivery`, which the route does not await, so a known address answers exactly like an
 * unknown one, in the same time. Throws RateLimitedError (keyed on the typed address, known or not).
 */
export async function requestPasswordReset(input: { email: string; clientIp: string }): Promise<{
  delivery: Promise<void>;
}> {
  await consume(accountLimiters.resetByIp, input.clientIp, { reason: "Too many reset requests from your network." });
  await consume(accountLimiters.resetByEmail, input.email.toLowerCase(), {
    reason: "Too many reset requests for this address.",
  });
  const delivery = (async () => {
    const found = await getStore().users.findCredentialsByLogin(input.email);
    // Only a real address (not a username) with a password of its own gets a link.
    if (!found || found.email.toLowerCase() !== input.email.toLowerCase() || !found.passwordHash) return;
    const token = await issueToken(found, "password-reset", RESET_TOKEN_MINUTES * 60_000);
    const link = `${appUrl(getServices().env)}/reset-password?${new URLSearchParams({ token })}`;
    await getServices().mail.send(
      passwordResetMail({ to: found.email, username: found.username, link, minutes: RESET_TOKEN_MINUTES }),
    );
  })().catch((err: unknown) => getLogger().error({ err }, "password reset mail failed"));
  return { delivery };
}

/** Whether a reset link still works (the form is shown only then). */
export async function resetTokenIsUsable(token: string): Promise<boolean> {
  return (await getStore().accountTokens.findUsable(hashToken(token), "password-reset", new Date())) !== null;
}

export type ResetPasswordResult =
  { ok: true; userId: string } | { ok: false; field: "password" | "token"; message: string };

/** Sets the new password and ends every login session (and socket) of the account. */
export async function resetPassword(input: {
  token: string;
  newPassword: string;
  clientIp: string;
}): Promise<ResetPasswordResult> {
  if (isCommonPassword(input.newPassword)) return { ok: false, field: "password", message: COMMON_PASSWORD_MESSAGE };
  await consume(accountLimiters.resetSubmitByIp, input.clientIp, {
    reason: "Too many password resets from your network.",
  });
  const store = getStore();
  const used = await store.accountTokens.consume(hashToken(input.token), "password-reset", new Date());
  if (!used) return { ok: false, field: "token", message: RESET_LINK_INVALID };
  await store.users.updatePasswordHash(used.userId, await hashPassword(input.newPassword));
  await store.loginSessions.deleteAllForUser(used.userId);
  await getServices().events.emit({ type: "account.signedOut", userId: used.userId, loginSessions: { all: true } });
  return { ok: true, userId: used.userId };
}

/** Mails a verification link to the user's current address. Throws RateLimitedError. */
export async function requestEmailVerification(user: User): Promise<void> {
  await consume(accountLimiters.verifyByUser, user.id, { reason: "Too many verification mails." });
  const token = await issueToken(user, "verify-email", VERIFY_TOKEN_HOURS * 3_600_000);
  const link = `${appUrl(getServices().env)}/verify-email?${new URLSearchParams({ token })}`;
  await getServices().mail.send(
    verifyEmailMail({ to: user.email, username: user.username, link, hours: VERIFY_TOKEN_HOURS }),
  );
}

/** True when the link was good and the address is still the account's. */
export async function verifyEmail(token: string): Promise<boolean> {
  const store = getStore();
  const used = await store.accountTokens.consume(hashToken(token), "verify-email", new Date());
  if (!used) return false;
  const user = await store.users.findById(used.userId);
  if (!user || user.email.toLowerCase() !== used.email.toLowerCase()) return false;
  await store.emailVerifications.markVerified(user.id, user.email, new Date());
  return true;
}

export const emailVerifiedAt = (user: User) => getStore().emailVerifications.verifiedAt(user.id, user.email);
