import { type Connection, type Model, Schema } from "mongoose";

import type {
  AccountTokenPurpose,
  AccountTokenStore,
  AccountTokenUse,
  EmailVerificationStore,
  NewAccountToken,
  TwoFactorRecord,
  TwoFactorStore,
} from "../account-security-store.server";

/** Account tokens, verified emails, TOTP and recovery codes in MongoDB (models kept beside their store). */

interface AccountTokenDoc {
  _id: string;
  userId: string;
  purpose: AccountTokenPurpose;
  email: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

const accountTokenSchema = new Schema<AccountTokenDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    purpose: { type: String, required: true, enum: ["password-reset", "verify-email"] },
    email: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
  },
  { versionKey: false, collection: "account_tokens" },
);
accountTokenSchema.index({ userId: 1, purpose: 1 });
// Used or not, a token is worthless a day after it expired.
accountTokenSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 86_400 });

interface EmailVerificationDoc {
  _id: string; // user id
  email: string;
  verifiedAt: Date;
}

const emailVerificationSchema = new Schema<EmailVerificationDoc>(
  {
    _id: { type: String, required: true },
    email: { type: String, required: true },
    verifiedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: "email_verifications" },
);

interface TwoFactorDoc {
  _id: string; // user id
  secret: string;
  enabledAt: Date | null;
  lastStep: number | null;
  /** Hashes of unused recovery codes; a used one is pulled out in the same update. */
  recoveryCodes: string[];
}

const twoFactorSchema = new Schema<TwoFactorDoc>(
  {
    _id: { type: String, required: true },
    secret: { type: String, required: true },
    enabledAt: { type: Date, default: null },
    lastStep: { type: Number, default: null },
    recoveryCodes: { type: [String], default: [] },
  },
  { versionKey: false, collection: "two_factor" },
);

export class MongoAccountTokenStore implements AccountTokenStore {
  private readonly Token: Model<AccountTokenDoc>;

  constructor(connection: Connection) {
    this.Token =
      (connection.models.AccountToken as Model<AccountTokenDoc> | undefined) ??
      connection.model<AccountTokenDoc>("AccountToken", accountTokenSchema);
  }

  async create(input: NewAccountToken): Promise<void> {
    await this.Token.create({ _id: input.id, ...input, createdAt: new Date(), usedAt: null });
  }

  async findUsable(id: string, purpose: AccountTokenPurpose, now: Date): Promise<AccountTokenUse | null> {
    const doc = await this.Token.findOne({
      _id: id,
      purpose,
      usedAt: null,
      expiresAt: { $gt: now },
    }).lean<AccountTokenDoc>();
    return doc ? { userId: doc.userId, email: doc.email } : null;
  }

  async consume(id: string, purpose: AccountTokenPurpose, now: Date): Promise<AccountTokenUse | null> {
    const doc = await this.Token.findOneAndUpdate(
      { _id: id, purpose, usedAt: null, expiresAt: { $gt: now } },
      { $set: { usedAt: now } },
    ).lean<AccountTokenDoc>();
    return doc ? { userId: doc.userId, email: doc.email } : null;
  }

  async deleteForUser(userId: string, purpose: AccountTokenPurpose): Promise<number> {
    return (await this.Token.deleteMany({ userId, purpose })).deletedCount;
  }
}

export class MongoEmailVerificationStore implements EmailVerificationStore {
  private readonly Verification: Model<EmailVerificationDoc>;

  constructor(connection: Connection) {
    this.Verification =
      (connection.models.EmailVerification as Model<EmailVerificationDoc> | undefined) ??
      connection.model<EmailVerificationDoc>("EmailVerification", emailVerificationSchema);
  }

  async markVerified(userId: string, email: string, now: Date): Promise<void> {
    await this.Verification.updateOne(
      { _id: userId },
      { $set: { email: email.toLowerCase(), verifiedAt: now } },
      { upsert: true },
    );
  }

  async verifiedAt(userId: string, email: string): Promise<Date | null> {
    const doc = await this.Verification.findOne({
      _id: userId,
      email: email.toLowerCase(),
    }).lean<EmailVerificationDoc>();
    return doc ? new Date(doc.verifiedAt) : null;
  }
}

export class MongoTwoFactorStore implements TwoFactorStore {
  private readonly TwoFactor: Model<TwoFactorDoc>;

  constructor(connection: Connection) {
    this.TwoFactor =
      (connection.models.TwoFactor as Model<TwoFactorDoc> | undefined) ??
      connection.model<TwoFactorDoc>("TwoFactor", twoFactorSchema);
  }

  async get(userId: string): Promise<TwoFactorRecord | null> {
    const doc = await this.TwoFactor.findById(userId).lean<TwoFactorDoc>();
    return doc ? { secret: doc.secret, enabledAt: doc.enabledAt ? new Date(doc.enabledAt) : null } : null;
  }

  async setPending(userId: string, secret: string): Promise<boolean> {
    try {
      const result = await this.TwoFactor.updateOne(
        { _id: userId, enabledAt: null },
        { $set: { secret, lastStep: null, recoveryCodes: [] } },
        { upsert: true },
      );
      return result.matchedCount + result.upsertedCount === 1;
    } catch (error) {
      // The upsert collides with an enabled record (same _id, enabledAt set): already on.
      if ((error as { code?: number }).code === 11000) return false;
      throw error;
    }
  }

  async enable(userId: string, recoveryCodeHashes: readonly string[], now: Date): Promise<boolean> {
    const result = await this.TwoFactor.updateOne(
      { _id: userId, enabledAt: null },
      { $set: { enabledAt: now, recoveryCodes: [...recoveryCodeHashes] } },
    );
    return result.modifiedCount === 1;
  }

  async disable(userId: string): Promise<void> {
    await this.TwoFactor.deleteOne({ _id: userId });
  }

  async useStep(userId: string, step: number): Promise<boolean> {
    const result = await this.TwoFactor.updateOne(
      { _id: userId, enabledAt: { $ne: null }, $or: [{ lastStep: null }, { lastStep: { $lt: step } }] },
      { $set: { lastStep: step } },
    );
    return result.modifiedCount === 1;
  }

  async useRecoveryCode(userId: string, codeHash: string): Promise<boolean> {
    const result = await this.TwoFactor.updateOne(
      { _id: userId, recoveryCodes: codeHash },
      { $pull: { recoveryCodes: codeHash } },
    );
    return result.modifiedCount === 1;
  }

  async remainingRecoveryCodes(userId: string): Promise<number> {
    const doc = await this.TwoFactor.findById(userId).lean<TwoFactorDoc>();
    return doc?.recoveryCodes.length ?? 0;
  }
}
