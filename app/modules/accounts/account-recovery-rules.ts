/** What the recovery pages say and promise; shared by the pages and the server module. */
export const RESET_TOKEN_MINUTES = 15;
export const VERIFY_TOKEN_HOURS = 24;
export const RESET_LINK_INVALID = "This reset link has expired or was already used. Ask for a new one.";
