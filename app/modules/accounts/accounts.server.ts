import { getServices, getStore } from "~/composition.server";
import { isCommonPassword } from "~/modules/accounts/common-passwords.server";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "~/modules/accounts/password.server";
import type { TrustedDevice } from "~/modules/accounts/trusted-device.server";
import { consume, limiters, refund } from "~/platform/rate-limit.server";
import { UniqueConstraintError, type User } from "~/storage/store.server";

/** Account rules: sign up, sign in, change password. Routes stay thin by calling these. */

export const COMMON_PASSWORD_MESSAGE = "This password is one of the most common ones: choose another";
/** Said when the email is taken too: sign-up does not tell strangers which emails have accounts. */
export const EMAIL_UNAVAILABLE_MESSAGE =
  "We could not create an account with this email. Use another one, or sign in if you already have an account.";

export type SignUpResult =
  { ok: true; user: User } | { ok: false; field: "username" | "email" | "password"; message: string };

export async function signUp(input: {
  username: string;
  email: string;
  password: string;
  clientIp: string;
}): Promise<SignUpResult> {
  if (isCommonPassword(input.password)) return { ok: false, field: "password", message: COMMON_PASSWORD_MESSAGE };
  await consume(limiters.signupByIp, input.clientIp, { reason: "Too many new accounts from your network." });
  try {
    const user = await getStore().users.create({
      username: input.username,
      email: input.email,
      passwordHash: await hashPassword(input.password),
    });
    return { ok: true, user };
  } catch (error) {
    if (error instanceof UniqueConstraintError) {
      // Usernames are public anyway; whether an email has an account is not said outright.
      return error.field === "email"
        ? { ok: false, field: "email", message: EMAIL_UNAVAILABLE_MESSAGE }
        : { ok: false, field: "username", message: "This username is taken" };
    }
    throw error;
  }
}

const ACCOUNT_LIMITED = "Too many sign-in attempts for this account.";

/**
 * The user when the password matches; null otherwise. Throws RateLimitedError.
 * Points are taken before the password is checked, so simultaneous attempts cannot all
 * slip under the limit; the account's limit is keyed on the account, whether it was
 * named by username or email. A device the account signed in on before has its own
 * budget, so strangers' guesses do not lock the owner out of it.
 */
export async function verifyLogin(input: {
  login: string;
  password: string;
  clientIp: string;
  device?: TrustedDevice | null;
}): Promise<User | null> {
  await consume(limiters.loginByIp, input.clientIp, { reason: "Too many sign-in attempts from your network." });

  const credentials = await getStore().users.findCredentialsByLogin(input.login);
  // Unknown logins are limited like accounts, so the answer does not tell them apart.
  const accountKey = credentials ? credentials.id : `unknown:${input.login.toLowerCase()}`;
  const [limiter, key] =
    credentials && input.device?.userId === credentials.id
      ? [limiters.loginByTrustedDevice, `${credentials.id}:${input.device.deviceId}`]
      : [limiters.loginByAccount, accountKey];
  await consume(limiter, key, { reason: ACCOUNT_LIMITED });

  const valid = credentials
    ? await verifyPassword(input.password, credentials.passwordHash)
    : await verifyAgainstDummy(input.password);
  if (!credentials || !valid) return null;
  // The owner's success does not count; it does not wipe a stranger's earlier guesses either.
  await refund(limiter, key);
  const { passwordHash: _omit, ...user } = credentials;
  return user;
}

export type ChangePasswordResult =
  { ok: true } | { ok: false; field: "currentPassword" | "newPassword"; message: string };

export async function changePassword(input: {
  userId: string;
  currentPassword: string;
  newPassword: string;
  keepSessionId: string;
  /** Whether the other devices are signed out (the form's checkbox, on by default). */
  signOutOthers?: boolean;
}): Promise<ChangePasswordResult> {
  if (isCommonPassword(input.newPassword)) return { ok: false, field: "newPassword", message: COMMON_PASSWORD_MESSAGE };
  await consume(limiters.passwordChangeByUser, input.userId, { reason: "Too many wrong current passwords." });
  const store = getStore();
  const credentials = await store.users.findCredentialsById(input.userId);
  if (!credentials || !(await verifyPassword(input.currentPassword, credentials.passwordHash))) {
    return { ok: false, field: "currentPassword", message: "Your current password is not right" };
  }
  await refund(limiters.passwordChangeByUser, input.userId);
  await store.users.updatePasswordHash(input.userId, await hashPassword(input.newPassword));
  if (input.signOutOthers === false) return { ok: true };
  // A new password signs out every other device: whoever knew the old one is out.
  await store.loginSessions.deleteAllForUser(input.userId, input.keepSessionId);
  await getServices().events.emit({
    type: "account.signedOut",
    userId: input.userId,
    loginSessions: { allBut: input.keepSessionId },
  });
  return { ok: true };
}
