import type { LoaderFunctionArgs, MiddlewareFunction } from "react-router";

import type { User } from "~/storage/store.server";

/** A signed-in user with the login session the request belongs to (the socket handshake keeps both). */
export interface Login {
  user: User;
  /** The built-in login session's id, or Clerk's session id (`sid`): ending it ends the sockets opened with it. */
  sessionId: string;
  /**
   * When to ask the provider again whether the session still holds (Clerk's short-lived
   * token expires then); null when every end is relayed by the app itself (built-in).
   */
  recheckAt: Date | null;
}

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
  /** The signed-in user and their login session, or null. */
  loginOf(request: Request): Promise<Login | null>;
  /**
   * Whether a login session is still active: false once it ended, null when the provider
   * cannot tell right now (ask again later). Only providers whose logins set `recheckAt`.
   */
  loginSessionActive?(sessionId: string): Promise<boolean | null>;
  /** Runs before every loader and action (a hosted provider's handshake and token refresh). */
  readonly middleware: MiddlewareFunction<Response>;
  /** The root loader's data, plus what the provider's browser components need. */
  rootData<T extends Record<string, unknown>>(args: LoaderFunctionArgs, data: T): Promise<T & { clerkState?: unknown }>;
}
