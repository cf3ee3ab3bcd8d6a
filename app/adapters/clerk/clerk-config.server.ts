import { createClerkClient } from "@clerk/backend";

import type { Env } from "~/platform/env.server";

export interface ClerkConfig {
  publishableKey: string;
  secretKey: string;
  /** PEM public key: session tokens are verified without a network call. */
  jwtKey?: string;
  webhookSigningSecret?: string;
}

/** Clerk's settings when Clerk is the sign-in (both keys set), otherwise null. */
export function clerkConfigOf(env: Env): ClerkConfig | null {
  if (!env.CLERK_PUBLISHABLE_KEY || !env.CLERK_SECRET_KEY) return null;
  return {
    publishableKey: env.CLERK_PUBLISHABLE_KEY,
    secretKey: env.CLERK_SECRET_KEY,
    jwtKey: env.CLERK_JWT_KEY,
    webhookSigningSecret: env.CLERK_WEBHOOK_SIGNING_SECRET,
  };
}

export type ClerkBackend = ReturnType<typeof createClerkClient>;

let backend: ClerkBackend | undefined;

/** Clerk's Backend API client (server only: it holds the secret key). */
export function clerkBackend(config: ClerkConfig): ClerkBackend {
  backend ??= createClerkClient({
    secretKey: config.secretKey,
    publishableKey: config.publishableKey,
    jwtKey: config.jwtKey,
  });
  return backend;
}
