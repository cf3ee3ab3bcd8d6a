import { type Connection, Schema } from "mongoose";

import {
  PAIR_STREAK_UNITS,
  pairKey,
  type PairStreakSetting,
  type PairStreakStore,
  type PairStreakUnit,
} from "../pair-streak-store.server";

/** One document per pair: `_id` is the two ids in order, `users` holds both for "every pair of mine". */
interface PairStreakDoc {
  _id: string;
  users: [string, string];
  unit: PairStreakUnit;
  timeZone: string;
  changedBy: string;
  changedAt: Date;
}

export const pairStreakSchema = new Schema<PairStreakDoc>(
  {
    _id: { type: String, required: true },
    users: { type: [String], required: true },
    unit: { type: String, required: true, enum: PAIR_STREAK_UNITS },
    timeZone: { type: String, required: true, maxlength: 64 },
    changedBy: { type: String, required: true },
    changedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: "pair_streak_settings" },
);
pairStreakSchema.index({ users: 1, changedAt: -1 });

const toSetting = (doc: PairStreakDoc): PairStreakSetting => ({
  unit: doc.unit,
  timeZone: doc.timeZone,
  changedBy: doc.changedBy,
  changedAt: new Date(doc.changedAt),
});

export class MongoPairStreakStore implements PairStreakStore {
  private readonly Setting;

  constructor(connection: Connection) {
    this.Setting = connection.model<PairStreakDoc>("PairStreakSetting", pairStreakSchema);
  }

  async setting(userId: string, partnerId: string): Promise<PairStreakSetting | null> {
    const doc = await this.Setting.findById(pairKey(userId, partnerId).join(":")).lean<PairStreakDoc>();
    return doc ? toSetting(doc) : null;
  }

  async settingsFor(userId: string): Promise<Map<string, PairStreakSetting>> {
    const docs = await this.Setting.find({ users: userId }).lean<PairStreakDoc[]>();
    return new Map(docs.map((d) => [d.users[0] === userId ? d.users[1] : d.users[0], toSetting(d)]));
  }

  async set(
    userId: string,
    partnerId: string,
    choice: { unit: PairStreakUnit; timeZone: string },
    now: Date,
  ): Promise<PairStreakSetting> {
    const users = pairKey(userId, partnerId);
    await this.Setting.updateOne(
      { _id: users.join(":") },
      { $set: { users, unit: choice.unit, timeZone: choice.timeZone, changedBy: userId, changedAt: now } },
      { upsert: true },
    );
    return { ...choice, changedBy: userId, changedAt: now };
  }
}
