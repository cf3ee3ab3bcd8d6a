import { verifyToken } from "@clerk/backend";
import { isClerkAPIResponseError } from "@clerk/backend/errors";

import { clerkBackend, type ClerkConfig } from "~/adapters/clerk/clerk-config.server";
import { ClerkUserDataSchema, mirrorClerkUser } from "~/adapters/clerk/clerk-user-sync.server";
import { getStore } from "~/composition.server";
import type { Login } from "~/modules/accounts/identity.server";
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

/** What a valid Clerk session token says: whose it is, which Clerk session, and until when. */
export interface ClerkSessionClaims {
  clerkUserId: string;
  /** Clerk's session id (`sid`): every token of one sign-in carries the same. */
  sessionId: string;
  expiresAt: Date;
}

/**
 * The claims of a valid session token, or null. With CLERK_JWT_KEY the check is local
 * (no network); otherwise Clerk's public keys are fetched once and cached.
 */
export async function verifyClerkClaims(request: Request, config: ClerkConfig): Promise<ClerkSessionClaims | null> {
  const token = sessionTokenOf(request);
  if (!token) return null;
  const origin = new URL(request.url).origin;
  try {
    // Throws on a bad signature, expiry, or a token issued for another site.
    const claims: { sub?: unknown; sid?: unknown; exp?: unknown } = await verifyToken(token, {
      jwtKey: config.jwtKey,
      secretKey: config.jwtKey ? undefined : config.secretKey,
      authorizedParties: [origin],
    });
    const { sub, sid, exp } = claims;
    if (typeof sub !== "string" || !sub || typeof sid !== "string" || !sid || typeof exp !== "number") return null;
    return { clerkUserId: sub, sessionId: sid, expiresAt: new Date(exp * 1000) };
  } catch {
    return null;
  }
}

/** The Clerk user id of a valid session token, or null. */
export async function verifyClerkSession(request: Request, config: ClerkConfig): Promise<string | null> {
  return (await verifyClerkClaims(request, config))?.clerkUserId ?? null;
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

/**
 * The user and Clerk session of a request. The token proves the session only until it
 * expires (about a minute): a socket asks Clerk again from then on (`clerkSessionActive`).
 */
export async function clerkLoginOf(request: Request, config: ClerkConfig): Promise<Login | null> {
  const claims = await verifyClerkClaims(request, config);
  if (!claims) return null;
  const user = await localUserForClerkId(claims.clerkUserId, config);
  return user ? { user, sessionId: claims.sessionId, recheckAt: claims.expiresAt } : null;
}

/**
 * Whether Clerk still holds the session active (Backend API `GET /sessions/{id}`):
 * false once it ended, was removed, revoked, expired or is unknown to Clerk; null when
 * Clerk could not be asked (network, outage): the caller asks again later.
 */
export async function clerkSessionActive(sessionId: string, config: ClerkConfig): Promise<boolean | null> {
  try {
    const session = await clerkBackend(config).sessions.getSession(sessionId);
    return session.status === "active";
  } catch (error) {
    if (isClerkAPIResponseError(error) && (error.status === 404 || error.status === 410)) return false;
    getLogger().warn({ err: error }, "could not ask Clerk whether a session is still active");
    return null;
  }
}
