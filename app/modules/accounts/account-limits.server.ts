import { createLimiter } from "~/platform/rate-limit.server";

const MINUTE = 60;

/** Limits of account recovery and second factors (docs/security.md lists each one). */
export const accountLimiters = {
  /** Reset requests from one address, whatever email they name. */
  resetByIp: createLimiter({ keyPrefix: "reset-ip", points: 10, durationSeconds: 15 * MINUTE }),
  /** Reset requests for one email, known or not: the same limit, so it tells nothing. */
  resetByEmail: createLimiter({ keyPrefix: "reset-email", points: 3, durationSeconds: 15 * MINUTE }),
  /** New passwords set with reset tokens from one address (tokens are unguessable; this bounds the work). */
  resetSubmitByIp: createLimiter({ keyPrefix: "reset-submit-ip", points: 20, durationSeconds: 15 * MINUTE }),
  /** Verification mails one user asks for. */
  verifyByUser: createLimiter({ keyPrefix: "verify-user", points: 3, durationSeconds: 15 * MINUTE }),
  /** Two-factor codes tried for one account (sign-in, confirm, disable), right or wrong. */
  twoFactorByUser: createLimiter({ keyPrefix: "two-factor-user", points: 5, durationSeconds: 15 * MINUTE }),
};
