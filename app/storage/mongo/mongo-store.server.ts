import mongoose, { type Connection } from "mongoose";

import type { Store } from "../store.server";
import { createModels } from "./models.server";
import {
  MongoAccountTokenStore,
  MongoEmailVerificationStore,
  MongoTwoFactorStore,
} from "./mongo-account-security.server";
import { MongoChatStore } from "./mongo-chat.server";
import { MongoPairStreakStore } from "./mongo-pair-streaks.server";
import { MongoDraftStore, MongoSubmissionStore } from "./mongo-practice.server";
import { MongoProgressStore } from "./mongo-progress.server";
import { MongoRoomProblemStore } from "./mongo-room-problems.server";
import {
  MongoNotificationStore,
  MongoPartnerStore,
  MongoScheduledStore,
  MongoSlotStore,
} from "./mongo-scheduling.server";
import { createSchedulingModels } from "./mongo-scheduling-models.server";
import { MongoSessionStore } from "./mongo-sessions.server";
import { MongoLoginSessionStore, MongoUserStore } from "./mongo-users.server";

export class MongoStore implements Store {
  readonly kind = "mongodb";
  readonly users: MongoUserStore;
  readonly loginSessions: MongoLoginSessionStore;
  readonly submissions: MongoSubmissionStore;
  readonly drafts: MongoDraftStore;
  readonly sessions: MongoSessionStore;
  readonly chat: MongoChatStore;
  readonly accountTokens: MongoAccountTokenStore;
  readonly emailVerifications: MongoEmailVerificationStore;
  readonly twoFactor: MongoTwoFactorStore;
  readonly scheduled: MongoScheduledStore;
  readonly slots: MongoSlotStore;
  readonly partners: MongoPartnerStore;
  readonly notifications: MongoNotificationStore;
  readonly progress: MongoProgressStore;
  readonly roomProblems: MongoRoomProblemStore;
  readonly pairStreaks: MongoPairStreakStore;

  private constructor(private readonly connection: Connection) {
    const models = createModels(connection);
    this.users = new MongoUserStore(models);
    this.loginSessions = new MongoLoginSessionStore(models);
    this.submissions = new MongoSubmissionStore(models);
    this.drafts = new MongoDraftStore(models);
    this.sessions = new MongoSessionStore(models);
    this.chat = new MongoChatStore(models);
    this.accountTokens = new MongoAccountTokenStore(connection);
    this.emailVerifications = new MongoEmailVerificationStore(connection);
    this.twoFactor = new MongoTwoFactorStore(connection);
    const scheduling = createSchedulingModels(connection);
    this.scheduled = new MongoScheduledStore(models, scheduling);
    this.slots = new MongoSlotStore(models, scheduling);
    this.partners = new MongoPartnerStore(models, scheduling);
    this.notifications = new MongoNotificationStore(scheduling);
    this.progress = new MongoProgressStore(connection, models);
    this.roomProblems = new MongoRoomProblemStore(connection, models);
    this.pairStreaks = new MongoPairStreakStore(connection);
  }

  /**
   * Returns at once: Mongoose queues operations until the connection is up, so callers keep
   * the synchronous getStore(). Start-up awaits `ping()` before listening.
   */
  static open(uri: string, options: { dbName?: string } = {}): MongoStore {
    const connection = mongoose.createConnection(uri, {
      dbName: options.dbName,
      serverSelectionTimeoutMS: 10_000,
      autoIndex: true,
    });
    connection.on("error", () => undefined); // surfaced by ping() and by the failing operation
    return new MongoStore(connection);
  }

  /** Resolves when the database answers and the indexes exist. */
  async ping(): Promise<void> {
    await this.connection.asPromise();
    await Promise.all(Object.values(this.connection.models).map((model) => model.init()));
    const db = this.connection.db;
    if (!db) throw new Error("MongoDB connection has no database");
    await db.admin().ping();
  }

  /** Drops every collection (tests only). */
  async dropDatabase(): Promise<void> {
    await this.connection.asPromise();
    await this.connection.dropDatabase();
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
