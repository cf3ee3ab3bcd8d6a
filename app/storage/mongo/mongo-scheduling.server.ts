import crypto from "node:crypto";

import type {
  AppNotification,
  NewNotification,
  NewRecurringSlot,
  NewScheduledSession,
  NotificationStore,
  Partner,
  PartnerStore,
  RecurringSlot,
  ScheduledSession,
  ScheduledStore,
  SlotStore,
} from "../scheduling-store.server";
import type { Models, UserDoc } from "./models.server";
import { nextOrder } from "./models.server";
import { isDuplicateKey } from "./mongo-errors.server";
import type { NotificationDoc, ScheduledDoc, SchedulingModels, SlotDoc } from "./mongo-scheduling-models.server";

async function usernames(m: Models, ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const users = await m.User.find({ _id: { $in: wanted } }, { username: 1 }).lean<
    Array<Pick<UserDoc, "_id" | "username">>
  >();
  return new Map(users.map((u) => [u._id, u.username]));
}

export class MongoScheduledStore implements ScheduledStore {
  constructor(
    private readonly m: Models,
    private readonly s: SchedulingModels,
  ) {}

  private async withNames(docs: ScheduledDoc[]): Promise<ScheduledSession[]> {
    const names = await usernames(
      this.m,
      docs.flatMap((d) => [d.hostId, d.guestId]),
    );
    return docs.map(({ _id, ...d }) => ({
      ...d,
      id: _id,
      hostUsername: names.get(d.hostId) ?? "deleted user",
      guestUsername: d.guestId ? (names.get(d.guestId) ?? "deleted user") : null,
      slotId: d.slotId ?? null,
    }));
  }

  private async find(filter: Record<string, unknown>, sort: Record<string, 1 | -1>, limit = 500) {
    return this.withNames(await this.s.Scheduled.find(filter).sort(sort).limit(limit).lean<ScheduledDoc[]>());
  }

  private doc(input: NewScheduledSession): ScheduledDoc {
    const now = new Date();
    return {
      _id: input.id,
      hostId: input.hostId,
      guestId: input.guestId,
      problemSlug: input.problemSlug,
      visibility: input.visibility,
      passwordHash: input.passwordHash,
      startsAt: input.startsAt,
      durationMinutes: input.durationMinutes,
      timeZone: input.timeZone,
      status: "scheduled",
      sequence: 0,
      sessionId: null,
      remindedAt: null,
      noShowCheckedAt: null,
      noShowUserId: null,
      slotId: input.slotId ?? null,
      createdAt: now,
      updatedAt: now,
    };
  }

  async create(input: NewScheduledSession): Promise<ScheduledSession> {
    await this.s.Scheduled.create(this.doc(input));
    return (await this.findById(input.id))!;
  }

  async createForSlot(input: NewScheduledSession & { slotId: string }): Promise<boolean> {
    try {
      await this.s.Scheduled.create(this.doc(input));
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async findById(id: string): Promise<ScheduledSession | null> {
    return (await this.find({ _id: id }, { startsAt: 1 }, 1))[0] ?? null;
  }

  listUpcomingPublic(after: Date, limit: number) {
    return this.find(
      { visibility: "public", status: "scheduled", guestId: null, startsAt: { $gt: after } },
      { startsAt: 1 },
      limit,
    );
  }

  listForUser(userId: string, after: Date, limit: number) {
    return this.find(
      { $or: [{ hostId: userId }, { guestId: userId }], status: { $ne: "cancelled" }, startsAt: { $gt: after } },
      { startsAt: 1 },
      limit,
    );
  }

  listNoShowsForUser(userId: string, limit: number) {
    return this.find(
      {
        $and: [
          { $or: [{ hostId: userId }, { guestId: userId }] },
          { $or: [{ noShowUserId: { $ne: null } }, { guestId: null }] },
        ],
        noShowCheckedAt: { $ne: null },
      },
      { startsAt: -1 },
      limit,
    );
  }

  private async update(filter: Record<string, unknown>, update: Record<string, unknown>): Promise<boolean> {
    const result = await this.s.Scheduled.updateOne(filter, update);
    return result.modifiedCount === 1;
  }

  reserveGuest(id: string, userId: string, now: Date) {
    return this.update(
      { _id: id, guestId: null, hostId: { $ne: userId }, status: { $ne: "cancelled" } },
      { $set: { guestId: userId, updatedAt: now } },
    );
  }

  releaseGuest(id: string, userId: string, now: Date) {
    return this.update({ _id: id, guestId: userId, status: "scheduled" }, { $set: { guestId: null, updatedAt: now } });
  }

  reschedule(id: string, hostId: string, startsAt: Date, durationMinutes: number, now: Date) {
    return this.update(
      { _id: id, hostId, status: "scheduled" },
      {
        $set: { startsAt, durationMinutes, remindedAt: null, noShowCheckedAt: null, updatedAt: now },
        $inc: { sequence: 1 },
      },
    );
  }

  cancel(id: string, hostId: string, now: Date) {
    return this.update(
      { _id: id, hostId, status: "scheduled" },
      { $set: { status: "cancelled", updatedAt: now }, $inc: { sequence: 1 } },
    );
  }

  listDueReminders(startsBy: Date, limit: number) {
    return this.find(
      { status: { $in: ["scheduled", "open"] }, remindedAt: null, startsAt: { $lte: startsBy } },
      { startsAt: 1 },
      limit,
    );
  }

  claimReminder(id: string, now: Date) {
    return this.update({ _id: id, remindedAt: null }, { $set: { remindedAt: now } });
  }

  listDueOpenings(from: Date, to: Date, limit: number) {
    return this.find({ status: "scheduled", startsAt: { $gt: from, $lte: to } }, { startsAt: 1 }, limit);
  }

  markOpened(id: string, sessionId: string, now: Date) {
    return this.update({ _id: id, status: "scheduled" }, { $set: { status: "open", sessionId, updatedAt: now } });
  }

  listNoShowCandidates(startedBy: Date, limit: number) {
    return this.find(
      { status: { $ne: "cancelled" }, noShowCheckedAt: null, startsAt: { $lte: startedBy } },
      { startsAt: 1 },
      limit,
    );
  }

  markNoShowChecked(id: string, missingUserId: string | null, now: Date) {
    return this.update(
      { _id: id, noShowCheckedAt: null },
      { $set: { noShowCheckedAt: now, noShowUserId: missingUserId, updatedAt: now } },
    );
  }

  listPendingForSlot(slotId: string) {
    return this.find({ slotId, status: "scheduled" }, { startsAt: 1 });
  }
}

export class MongoSlotStore implements SlotStore {
  constructor(
    private readonly m: Models,
    private readonly s: SchedulingModels,
  ) {}

  private async withNames(docs: SlotDoc[]): Promise<RecurringSlot[]> {
    const names = await usernames(
      this.m,
      docs.flatMap((d) => [d.ownerId, d.partnerId]),
    );
    return docs.map(({ _id, ...d }) => ({
      ...d,
      id: _id,
      ownerUsername: names.get(d.ownerId) ?? "deleted user",
      partnerUsername: names.get(d.partnerId) ?? "deleted user",
    }));
  }

  async create(input: NewRecurringSlot): Promise<RecurringSlot> {
    const { id, ...rest } = input;
    await this.s.Slot.create({ _id: id, ...rest, createdAt: new Date(), cancelledAt: null });
    return (await this.findById(id))!;
  }

  async findById(id: string): Promise<RecurringSlot | null> {
    const doc = await this.s.Slot.findById(id).lean<SlotDoc>();
    return doc ? ((await this.withNames([doc]))[0] ?? null) : null;
  }

  async listForUser(userId: string): Promise<RecurringSlot[]> {
    return this.withNames(
      await this.s.Slot.find({ $or: [{ ownerId: userId }, { partnerId: userId }], cancelledAt: null })
        .sort({ createdAt: 1 })
        .lean<SlotDoc[]>(),
    );
  }

  async listActive(limit: number): Promise<RecurringSlot[]> {
    return this.withNames(
      await this.s.Slot.find({ cancelledAt: null }).sort({ createdAt: 1 }).limit(limit).lean<SlotDoc[]>(),
    );
  }

  async cancel(id: string, userId: string, now: Date): Promise<boolean> {
    const result = await this.s.Slot.updateOne(
      { _id: id, $or: [{ ownerId: userId }, { partnerId: userId }], cancelledAt: null },
      { $set: { cancelledAt: now } },
    );
    return result.modifiedCount === 1;
  }
}

export class MongoPartnerStore implements PartnerStore {
  constructor(
    private readonly m: Models,
    private readonly s: SchedulingModels,
  ) {}

  async add(userId: string, partnerId: string, now: Date): Promise<void> {
    await this.s.Partner.updateOne(
      { userId, partnerId },
      { $setOnInsert: { userId, partnerId, createdAt: now } },
      { upsert: true },
    ).catch((error: unknown) => {
      if (!isDuplicateKey(error)) throw error;
    });
  }

  async remove(userId: string, partnerId: string): Promise<boolean> {
    return (await this.s.Partner.deleteOne({ userId, partnerId })).deletedCount === 1;
  }

  async list(userId: string): Promise<Partner[]> {
    const docs = await this.s.Partner.find({ userId }).lean<Array<{ partnerId: string; createdAt: Date }>>();
    const names = await usernames(
      this.m,
      docs.map((d) => d.partnerId),
    );
    return docs
      .map((d) => ({ userId: d.partnerId, username: names.get(d.partnerId) ?? "deleted user", since: d.createdAt }))
      .sort((a, b) => a.username.localeCompare(b.username));
  }

  async has(userId: string, partnerId: string): Promise<boolean> {
    return Boolean(await this.s.Partner.exists({ userId, partnerId }));
  }
}

const toNotification = (d: NotificationDoc): AppNotification => ({
  id: d._id,
  userId: d.userId,
  type: d.type,
  title: d.title,
  body: d.body,
  link: d.link,
  createdAt: new Date(d.createdAt),
  readAt: d.readAt ? new Date(d.readAt) : null,
});

export class MongoNotificationStore implements NotificationStore {
  constructor(private readonly s: SchedulingModels) {}

  async create(input: NewNotification): Promise<{ notification: AppNotification; created: boolean }> {
    const existing = await this.s.Notification.findOne({
      userId: input.userId,
      dedupeKey: input.dedupeKey,
    }).lean<NotificationDoc>();
    if (existing) return { notification: toNotification(existing), created: false };
    const doc: NotificationDoc = {
      _id: crypto.randomUUID(),
      ...input,
      createdAt: new Date(),
      readAt: null,
      order: nextOrder(),
    };
    try {
      await this.s.Notification.create(doc);
      return { notification: toNotification(doc), created: true };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const winner = await this.s.Notification.findOne({
        userId: input.userId,
        dedupeKey: input.dedupeKey,
      }).lean<NotificationDoc>();
      return { notification: toNotification(winner!), created: false };
    }
  }

  async listForUser(userId: string, limit: number): Promise<AppNotification[]> {
    const docs = await this.s.Notification.find({ userId }).sort({ order: -1 }).limit(limit).lean<NotificationDoc[]>();
    return docs.map(toNotification);
  }

  countUnread(userId: string): Promise<number> {
    return this.s.Notification.countDocuments({ userId, readAt: null });
  }

  async markRead(id: string, userId: string, now: Date): Promise<boolean> {
    return (
      (await this.s.Notification.updateOne({ _id: id, userId, readAt: null }, { $set: { readAt: now } }))
        .modifiedCount === 1
    );
  }

  async markAllRead(userId: string, now: Date): Promise<number> {
    return (await this.s.Notification.updateMany({ userId, readAt: null }, { $set: { readAt: now } })).modifiedCount;
  }
}
