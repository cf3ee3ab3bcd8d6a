import type { IdentityProvider } from "~/modules/accounts/identity.server";
import { getCurrentLogin } from "~/modules/accounts/login-session.server";

/** The embedded sign-in: accounts and login sessions in the app's own store. */
export const builtinIdentity: IdentityProvider = {
  kind: "builtin",
  pages: "builtin",
  userOf: async (request) => (await getCurrentLogin(request))?.user ?? null,
  // Sign-out, password changes and device removal announce their ends (account.signedOut).
  loginOf: async (request) => {
    const login = await getCurrentLogin(request);
    return login ? { user: login.user, sessionId: login.session.id, recheckAt: null } : null;
  },
  middleware: (_args, next) => next(),
  rootData: async (_args, data) => data,
};
