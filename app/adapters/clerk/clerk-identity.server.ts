import { clerkMiddleware, rootAuthLoader } from "@clerk/react-router/server";
import type { MiddlewareFunction } from "react-router";

import { clerkLoginOf, clerkSessionActive, clerkUserOf } from "~/adapters/clerk/clerk-auth.server";
import type { ClerkConfig } from "~/adapters/clerk/clerk-config.server";
import type { IdentityProvider } from "~/modules/accounts/identity.server";

/**
 * Clerk as the sign-in: its session token is verified here (networkless with
 * CLERK_JWT_KEY), users are mirrored locally on first sight, and Clerk's components
 * replace the built-in forms.
 */
export function clerkIdentity(config: ClerkConfig): IdentityProvider {
  let middleware: MiddlewareFunction<Response> | undefined;
  return {
    kind: "clerk",
    pages: "hosted",
    userOf: (request) => clerkUserOf(request, config),
    loginOf: (request) => clerkLoginOf(request, config),
    loginSessionActive: (sessionId) => clerkSessionActive(sessionId, config),
    middleware: (args, next) => {
      middleware ??= clerkMiddleware({
        publishableKey: config.publishableKey,
        secretKey: config.secretKey,
        jwtKey: config.jwtKey,
        signInUrl: "/login",
        signUpUrl: "/signup",
      });
      return middleware(args, next);
    },
    rootData: async (args, data) => (await rootAuthLoader(args, () => data)) as typeof data & { clerkState?: unknown },
  };
}
