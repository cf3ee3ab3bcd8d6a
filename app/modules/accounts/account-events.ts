import type { UserRef } from "~/modules/sessions/session-events";

/**
 * `account.profileChanged`: a user's public profile (the name others see) was created or
 * changed, e.g. mirrored from Clerk. `account.signedOut`: login sessions ended (sign-out,
 * password change, "sign out other devices"); `only` names the one that ended, `allBut`
 * means every login session of the user except that one, `all` every one (password reset). Sockets opened with them end.
 */
export type AccountEvent =
  | { type: "account.profileChanged"; user: UserRef }
  | { type: "account.signedOut"; userId: string; loginSessions: { only: string } | { allBut: string } | { all: true } };
