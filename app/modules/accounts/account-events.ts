import type { UserRef } from "~/modules/sessions/session-events";

/** A user's public profile (the name others see) was created or changed, e.g. mirrored from Clerk. */
export interface AccountEvent {
  type: "account.profileChanged";
  user: UserRef;
}
