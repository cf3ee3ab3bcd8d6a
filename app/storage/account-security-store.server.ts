/**
 * Storage for account recovery and second factors: single-use tokens (password reset,
 * email verification), verified addresses, TOTP enrolment and recovery codes. Part of the
 * `Store` seam (store.server.ts); SQLite and MongoDB implement it alike.
 */

export type AccountTokenPurpose = "password-reset" | "verify-email";

export interface NewAccountToken {
  /** sha256 of the token sent by mail; the token itself is never stored. */
  id: string;
  userId: string;
  purpose: AccountTokenPurpose;
  /** The address the mail went to (a verification counts only for that address). */
  email: string;
  expiresAt: Date;
}

export interface AccountTokenUse {
  userId: string;
  email: string;
}

export interface AccountTokenStore {
  create(input: NewAccountToken): Promise<void>;
  /** The token's user and address when it exists, has this purpose, is unused and unexpired. */
  findUsable(id: string, purpose: AccountTokenPurpose, now: Date): Promise<AccountTokenUse | null>;
  /** Marks a usable token used in one conditional write: exactly one caller gets its user. */
  consume(id: string, purpose: AccountTokenPurpose, now: Date): Promise<AccountTokenUse | null>;
  /** Removes every token of the user with this purpose (a new one replaces them); returns how many. */
  deleteForUser(userId: string, purpose: AccountTokenPurpose): Promise<number>;
}

export interface EmailVerificationStore {
  markVerified(userId: string, email: string, now: Date): Promise<void>;
  /** When the user verified this address; null when never, or when they verified another one. */
  verifiedAt(userId: string, email: string): Promise<Date | null>;
}

export interface TwoFactorRecord {
  /** Base32 TOTP secret. Server-only: shown once while enrolling, never after. */
  secret: string;
  /** Null while enrolment waits for its confirming code. */
  enabledAt: Date | null;
}

export interface TwoFactorStore {
  get(userId: string): Promise<TwoFactorRecord | null>;
  /** Starts (or restarts) an enrolment with a new secret; false when two-factor is already on. */
  setPending(userId: string, secret: string): Promise<boolean>;
  /** Turns a pending enrolment on with its recovery codes (hashes) in one step; false when none is pending. */
  enable(userId: string, recoveryCodeHashes: readonly string[], now: Date): Promise<boolean>;
  /** Removes the secret and every recovery code. */
  disable(userId: string): Promise<void>;
  /**
   * Records that the code of TOTP time step `step` signed in; false when that step or a
   * later one was already used (a code works once).
   */
  useStep(userId: string, step: number): Promise<boolean>;
  /** Marks an unused recovery code used in one conditional write; false when unknown or used. */
  useRecoveryCode(userId: string, codeHash: string, now: Date): Promise<boolean>;
  remainingRecoveryCodes(userId: string): Promise<number>;
}
