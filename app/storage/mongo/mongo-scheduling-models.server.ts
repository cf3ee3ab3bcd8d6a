import { type Connection, Schema } from "mongoose";

import type { NotificationType, ScheduledStatus } from "../scheduling-store.server";
import type { SessionVisibility } from "../store.server";

/** The scheduling collections: one per SQLite table, the same unique rules. */

export interface ScheduledDoc {
  _id: string;
  hostId: string;
  guestId: string | null;
  problemSlug: string;
  visibility: SessionVisibility;
  passwordHash: string | null;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  status: ScheduledStatus;
  sequence: number;
  sessionId: string | null;
  remindedAt: Date | null;
  noShowCheckedAt: Date | null;
  noShowUserId: string | null;
  slotId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const scheduledSchema = new Schema<ScheduledDoc>(
  {
    _id: { type: String, required: true },
    hostId: { type: String, required: true },
    guestId: { type: String, default: null },
    problemSlug: { type: String, required: true },
    visibility: { type: String, enum: ["public", "private"], required: true },
    passwordHash: { type: String, default: null },
    startsAt: { type: Date, required: true },
    durationMinutes: { type: Number, required: true },
    timeZone: { type: String, required: true },
    status: { type: String, enum: ["scheduled", "open", "cancelled"], default: "scheduled" },
    sequence: { type: Number, default: 0 },
    sessionId: { type: String, default: null },
    remindedAt: { type: Date, default: null },
    noShowCheckedAt: { type: Date, default: null },
    noShowUserId: { type: String, default: null },
    slotId: { type: String, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: "scheduled_sessions" },
);
scheduledSchema.index({ status: 1, startsAt: 1 });
scheduledSchema.index({ hostId: 1, startsAt: 1 });
scheduledSchema.index({ guestId: 1, startsAt: 1 });
scheduledSchema.index(
  { slotId: 1, startsAt: 1 },
  { unique: true, partialFilterExpression: { slotId: { $type: "string" } } },
);

export interface SlotDoc {
  _id: string;
  ownerId: string;
  partnerId: string;
  weekday: number;
  minuteOfDay: number;
  timeZone: string;
  durationMinutes: number;
  problemSlug: string;
  createdAt: Date;
  cancelledAt: Date | null;
}

const slotSchema = new Schema<SlotDoc>(
  {
    _id: { type: String, required: true },
    ownerId: { type: String, required: true },
    partnerId: { type: String, required: true },
    weekday: { type: Number, required: true, min: 0, max: 6 },
    minuteOfDay: { type: Number, required: true, min: 0, max: 1439 },
    timeZone: { type: String, required: true },
    durationMinutes: { type: Number, required: true },
    problemSlug: { type: String, required: true },
    createdAt: { type: Date, required: true },
    cancelledAt: { type: Date, default: null },
  },
  { versionKey: false, collection: "recurring_slots" },
);
slotSchema.index({ ownerId: 1 });
slotSchema.index({ partnerId: 1 });

export interface PartnerDoc {
  userId: string;
  partnerId: string;
  createdAt: Date;
}

const partnerSchema = new Schema<PartnerDoc>(
  {
    userId: { type: String, required: true },
    partnerId: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, collection: "practice_partners" },
);
partnerSchema.index({ userId: 1, partnerId: 1 }, { unique: true });

export interface NotificationDoc {
  _id: string;
  userId: string;
  type: NotificationType;
  title: string;
  body: string;
  link: string | null;
  dedupeKey: string;
  createdAt: Date;
  readAt: Date | null;
  order: number;
}

const notificationSchema = new Schema<NotificationDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    type: { type: String, required: true },
    title: { type: String, required: true },
    body: { type: String, required: true },
    link: { type: String, default: null },
    dedupeKey: { type: String, required: true },
    createdAt: { type: Date, required: true },
    readAt: { type: Date, default: null },
    order: { type: Number, required: true },
  },
  { versionKey: false, collection: "notifications" },
);
notificationSchema.index({ userId: 1, dedupeKey: 1 }, { unique: true });
notificationSchema.index({ userId: 1, order: -1 });

export function createSchedulingModels(connection: Connection) {
  return {
    Scheduled: connection.model<ScheduledDoc>("Scheduled", scheduledSchema),
    Slot: connection.model<SlotDoc>("Slot", slotSchema),
    Partner: connection.model<PartnerDoc>("Partner", partnerSchema),
    Notification: connection.model<NotificationDoc>("Notification", notificationSchema),
  };
}

export type SchedulingModels = ReturnType<typeof createSchedulingModels>;
