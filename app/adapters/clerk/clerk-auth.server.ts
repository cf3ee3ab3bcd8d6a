import { verifyToken } from "@clerk/backend";

import { clerkBackend, type ClerkConfig } from "~/adapters/clerk/clerk-config.server";
import { ClerkUserDataSchema, mirrorClerkUser } from "~/adapters/clerk/clerk-user-sync.server";
import { getStore } from "~/composition.server";
import { getLogger } from "~/platform/logger.server";
import type { User } from "~/storage/store.server";

/** Clerk's session token: the `__session` cookie from the browser, or a Bearer header. */
export function sessionTokenOf(request: Request): string | null {
  const bearer = request.headers.get("Authorization")?.match(/^Bearer (.+)$/)?.[1];
  if (bearer) return bearer;
  for (const part of (request.headers.get("Cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === "__session" && value.length) return decodeURIComponent(value.join("="));
  }
  return null;
}

/**
 * The Clerk user id of a valid session token, or null. With CLERK_JWT_KEY the check is
 * local (no network); otherwise Clerk's public keys are fetched once and cached.
 */
export async function verifyClerkSession(request: Request, config: ClerkConfig): Promise<string | null> {
  const token = sessionTokenOf(request);
  if (!token) return null;
  const origin = new URL(request.url).origin;
  try {
    // Throws on a bad signature, expiry, or a token issued for another site.
    const claims: { sub?: unknown } = await verifyToken(token, {
      jwtKey: config.jwtKey,
      secretKey: config.jwtKey ? undefined : config.secretKey,
      authorizedParties: [origin],
    });
    return typeof claims.sub === "string" && claims.sub ? claims.sub : null;
  } catch {
    return null;
  }
}

/** The local user for a Clerk user, mirrored on first sight (a missed webhook locks nobody out). */
export async function localUserForClerkId(clerkUserId: string, config: ClerkConfig): Promise<User | null> {
  const mirrored = await getStore().users.findByExternalId("clerk", clerkUserId);
  if (mirrored) return mirrored;
  try {
    const fetched = await clerkBackend(config).users.getUser(clerkUserId);
    const parsed = ClerkUserDataSchema.safeParse(fetched.raw ?? fetched);
    if (!parsed.success) return null;
    return await mirrorClerkUser(parsed.data);
  } catch (error) {
    getLogger().warn({ err: error, clerkUserId }, "could not mirror the Clerk user");
    return null;
  }
}

export async function clerkUserOf(request: Request, config: ClerkConfig): Promise<User | null> {
  const clerkUserId = await verifyClerkSession(request, config);
  return clerkUserId ? localUserForClerkId(clerkUserId, config) : null;
}
