import { clerkMiddleware, rootAuthLoader } from "@clerk/react-router/server";
import type { LoaderFunctionArgs, MiddlewareFunction } from "react-router";

import { clerkConfig } from "./clerk-config.server";

let middleware: MiddlewareFunction<Response> | undefined;

/**
 * Clerk's request handling (handshake, token refresh) before any loader, only when Clerk
 * is configured; with built-in accounts it passes straight through.
 */
export const clerkAuthMiddleware: MiddlewareFunction<Response> = (args, next) => {
  const config = clerkConfig();
  if (!config) return next();
  middleware ??= clerkMiddleware({
    publishableKey: config.publishableKey,
    secretKey: config.secretKey,
    jwtKey: config.jwtKey,
    signInUrl: "/login",
    signUpUrl: "/signup",
  });
  return middleware(args, next);
};

/** The root loader's data, plus Clerk's state for its provider when Clerk is configured. */
export async function withClerkState<T extends Record<string, unknown>>(
  args: LoaderFunctionArgs,
  data: T,
): Promise<T & { clerkState?: unknown }> {
  if (!clerkConfig()) return data;
  return (await rootAuthLoader(args, () => data)) as T & { clerkState?: unknown };
}

export const clerkEnabled = () => clerkConfig() !== null;
