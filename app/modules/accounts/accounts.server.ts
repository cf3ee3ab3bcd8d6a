import { getStore } from "~/composition.server";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "~/modules/accounts/password.server";
import { assertNotLimited, consume, limiters } from "~/platform/rate-limit.server";
import { UniqueConstraintError, type User } from "~/storage/store.server";

/** Account rules: sign up, sign in, change password. Routes stay thin by calling these. */

export type SignUpResult = { ok: true; user: User } | { ok: false; field: "username" | "email"; message: string };

export async function signUp(input: {
  username: string;
  email: string;
  password: string;
  clientIp: string;
}): Promise<SignUpResult> {
  await consume(limiters.signupByIp, input.clientIp);
  try {
    const user = await getStore().users.create({
      username: input.username,
      email: input.email,
      passwordHash: await hashPassword(input.password),
    });
    return { ok: true, user };
  } catch (error) {
    if (error instanceof UniqueConstraintError) {
      return error.field === "email"
        ? { ok: false, field: "email", message: "An account with this email already exists" }
        : { ok: false, field: "username", message: "This username is taken" };
    }
    throw error;
  }
}

/** The user when the password matches; null otherwise. Throws RateLimitedError. */
export async function verifyLogin(input: { login: string; password: string; clientIp: string }): Promise<User | null> {
  const accountKey = input.login.toLowerCase();
  await consume(limiters.loginByIp, input.clientIp);
  await assertNotLimited(limiters.loginFailuresByAccount, accountKey);

  const credentials = await getStore().users.findCredentialsByLogin(input.login);
  const valid = credentials
    ? await verifyPassword(input.password, credentials.passwordHash)
    : await verifyAgainstDummy(input.password);

  if (!credentials || !valid) {
    await consume(limiters.loginFailuresByAccount, accountKey).catch(() => undefined);
    return null;
  }
  await limiters.loginFailuresByAccount.delete(accountKey);
  const { passwordHash: _omit, ...user } = credentials;
  return user;
}

export type ChangePasswordResult = { ok: true } | { ok: false; field: "currentPassword"; message: string };

export async function changePassword(input: {
  userId: string;
  currentPassword: string;
  newPassword: string;
  keepSessionId: string;
}): Promise<ChangePasswordResult> {
  await assertNotLimited(limiters.passwordChangeByUser, input.userId);
  const store = getStore();
  const credentials = await store.users.findCredentialsById(input.userId);
  if (!credentials || !(await verifyPassword(input.currentPassword, credentials.passwordHash))) {
    await consume(limiters.passwordChangeByUser, input.userId).catch(() => undefined);
    return { ok: false, field: "currentPassword", message: "Your current password is not right" };
  }
  await store.users.updatePasswordHash(input.userId, await hashPassword(input.newPassword));
  // A new password signs out every other device: whoever knew the old one is out.
  await store.loginSessions.deleteAllForUser(input.userId, input.keepSessionId);
  await limiters.passwordChangeByUser.delete(input.userId);
  return { ok: true };
}
