import bcrypt from "bcryptjs";

import { getEnv } from "~/platform/env.server";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, getEnv().BCRYPT_COST);
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  // Users mirrored from a hosted identity provider have no password hash at all.
  if (!hash.startsWith("$2")) return verifyAgainstDummy(password);
  return bcrypt.compare(password, hash);
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so unknown accounts are not revealed by timing. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("dummy-password-for-timing");
  await bcrypt.compare(password, await dummyHash);
  return false;
}
