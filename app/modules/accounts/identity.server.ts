import type { LoaderFunctionArgs, MiddlewareFunction } from "react-router";

import type { User } from "~/storage/store.server";

/**
 * Who is asking. One implementation is chosen at start-up (the composition root): the
 * built-in accounts (login cookie) or a hosted provider (Clerk). Routes and the socket
 * handshake ask this, never which provider runs.
 */
export interface IdentityProvider {
  readonly kind: "builtin" | "clerk";
  /**
   * Whose pages sign people in, up and out: the app's own forms, or the provider's
   * components (the built-in form actions then do not exist).
   */
  readonly pages: "builtin" | "hosted";
  /** The signed-in user of a request, or null. */
  userOf(request: Request): Promise<User | null>;
  /** Runs before every loader and action (a hosted provider's handshake and token refresh). */
  readonly middleware: MiddlewareFunction<Response>;
  /** The root loader's data, plus what the provider's browser components need. */
  rootData<T extends Record<string, unknown>>(args: LoaderFunctionArgs, data: T): Promise<T & { clerkState?: unknown }>;
}
