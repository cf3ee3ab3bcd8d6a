import crypto from "node:crypto";

import type {
  ExternalUserInput,
  LoginSession,
  LoginSessionStore,
  NewLoginSession,
  NewUser,
  User,
  UserCredentials,
  UserStore,
} from "../store.server";
import type { LoginSessionDoc, Models, UserDoc } from "./models.server";
import { rethrowDuplicate } from "./mongo-errors.server";

export const toUser = (doc: Pick<UserDoc, "_id" | "username" | "email" | "createdAt">): User => ({
  id: doc._id,
  username: doc.username,
  email: doc.email,
  createdAt: new Date(doc.createdAt),
});

const toCredentials = (doc: UserDoc): UserCredentials => ({ ...toUser(doc), passwordHash: doc.passwordHash });

const keys = (username: string, email: string) => ({
  username,
  usernameKey: username.toLowerCase(),
  email,
  emailKey: email.toLowerCase(),
});

export class MongoUserStore implements UserStore {
  constructor(private readonly m: Models) {}

  async create(input: NewUser): Promise<User> {
    try {
      const doc = await this.m.User.create({
        _id: crypto.randomUUID(),
        ...keys(input.username, input.email),
        passwordHash: input.passwordHash,
        createdAt: new Date(),
      });
      return toUser(doc);
    } catch (error) {
      rethrowDuplicate(error);
    }
  }

  async findById(id: string): Promise<User | null> {
    const doc = await this.m.User.findById(id).lean<UserDoc>();
    return doc ? toUser(doc) : null;
  }

  async findCredentialsByLogin(login: string): Promise<UserCredentials | null> {
    const key = login.toLowerCase();
    // Mirrored users have no password: the built-in sign-in never finds them.
    const doc = await this.m.User.findOne({
      $or: [{ usernameKey: key }, { emailKey: key }],
      externalId: null,
      deletedAt: null,
    }).lean<UserDoc>();
    return doc ? toCredentials(doc) : null;
  }

  async findCredentialsById(id: string): Promise<UserCredentials | null> {
    const doc = await this.m.User.findById(id).lean<UserDoc>();
    return doc ? toCredentials(doc) : null;
  }

  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.m.User.updateOne({ _id: id }, { $set: { passwordHash } });
  }

  async upsertExternal(input: ExternalUserInput): Promise<User> {
    try {
      const doc = await this.m.User.findOneAndUpdate(
        { externalProvider: input.provider, externalId: input.externalId },
        {
          $set: keys(input.username, input.email),
          $setOnInsert: { _id: crypto.randomUUID(), passwordHash: "", createdAt: new Date(), deletedAt: null },
        },
        { upsert: true, returnDocument: "after" },
      ).lean<UserDoc>();
      if (!doc) throw new Error("upsert returned no document");
      return toUser(doc);
    } catch (error) {
      rethrowDuplicate(error);
    }
  }

  async findByExternalId(provider: ExternalUserInput["provider"], externalId: string): Promise<User | null> {
    const doc = await this.m.User.findOne({ externalProvider: provider, externalId }).lean<UserDoc>();
    return doc ? toUser(doc) : null;
  }

  async removeExternal(provider: ExternalUserInput["provider"], externalId: string): Promise<boolean> {
    const doc = await this.m.User.findOne({ externalProvider: provider, externalId }).lean<UserDoc>();
    if (!doc) return false;
    // Conditional on the external id still being there: a concurrent removal wins once.
    const result = await this.m.User.updateOne(
      { _id: doc._id, externalId },
      {
        $set: {
          ...keys(`deleted-${doc._id.slice(0, 8)}`, `deleted-${doc._id}@deleted.invalid`),
          externalId: null,
          deletedAt: new Date(),
        },
      },
    );
    if (result.modifiedCount !== 1) return false;
    await this.m.LoginSession.deleteMany({ userId: doc._id });
    return true;
  }
}

const toLoginSession = (doc: LoginSessionDoc): LoginSession => ({
  id: doc._id,
  userId: doc.userId,
  createdAt: new Date(doc.createdAt),
  expiresAt: new Date(doc.expiresAt),
  userAgent: doc.userAgent,
  lastSeenAt: new Date(doc.lastSeenAt ?? doc.createdAt),
  ipAddress: doc.ipAddress ?? null,
});

export class MongoLoginSessionStore implements LoginSessionStore {
  constructor(private readonly m: Models) {}

  async create(input: NewLoginSession): Promise<LoginSession> {
    const doc = await this.m.LoginSession.create({
      _id: input.id,
      userId: input.userId,
      createdAt: new Date(),
      expiresAt: input.expiresAt,
      userAgent: input.userAgent,
      lastSeenAt: new Date(),
      ipAddress: input.ipAddress ?? null,
    });
    return toLoginSession(doc.toObject());
  }

  async findActive(id: string, now: Date): Promise<{ session: LoginSession; user: User } | null> {
    const session = await this.m.LoginSession.findOne({ _id: id, expiresAt: { $gt: now } }).lean<LoginSessionDoc>();
    if (!session) return null;
    const user = await this.m.User.findById(session.userId).lean<UserDoc>();
    return user ? { session: toLoginSession(session), user: toUser(user) } : null;
  }

  async delete(id: string): Promise<void> {
    await this.m.LoginSession.deleteOne({ _id: id });
  }

  async deleteAllForUser(userId: string, keepId?: string): Promise<number> {
    return (await this.m.LoginSession.deleteMany({ userId, _id: { $ne: keepId ?? "" } })).deletedCount;
  }

  async countActiveForUser(userId: string, now: Date): Promise<number> {
    return this.m.LoginSession.countDocuments({ userId, expiresAt: { $gt: now } });
  }

  async deleteExpired(now: Date): Promise<number> {
    return (await this.m.LoginSession.deleteMany({ expiresAt: { $lte: now } })).deletedCount;
  }

  async listActiveForUser(userId: string, now: Date): Promise<LoginSession[]> {
    const docs = await this.m.LoginSession.find({ userId, expiresAt: { $gt: now } })
      .sort({ createdAt: -1, _id: 1 })
      .lean<LoginSessionDoc[]>();
    return docs.map(toLoginSession);
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.m.LoginSession.updateOne({ _id: id }, { $set: { lastSeenAt: now } });
  }

  async deleteForUser(userId: string, id: string): Promise<boolean> {
    return (await this.m.LoginSession.deleteOne({ _id: id, userId })).deletedCount === 1;
  }
}
