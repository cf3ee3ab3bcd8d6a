import { type Connection, Schema } from "mongoose";

import { type Topic, TOPICS } from "~/modules/problems/problem-schema";

import {
  type ActivitySubmission,
  type FinishedSession,
  MAX_TIME_ZONE_SPANS,
  type NewReflection,
  PROFILE_SHARING,
  type ProfileSharing,
  type ProgressData,
  type ProgressSettings,
  type ProgressStore,
  type Reflection,
} from "../progress-store.server";
import type { MemberDoc, Models, SessionDoc, SubmissionDoc, UserDoc } from "./models.server";

/** The progress collections: settings (one document per user) and reflections (one per session and user). */
interface ProgressSettingsDoc {
  _id: string;
  sharing: ProfileSharing;
  timeZones: Array<{ timeZone: string; from: Date }>;
  updatedAt: Date;
}

const progressSettingsSchema = new Schema<ProgressSettingsDoc>(
  {
    _id: { type: String, required: true },
    sharing: { type: String, required: true, enum: PROFILE_SHARING, default: "private" },
    timeZones: {
      type: [
        { _id: false, timeZone: { type: String, required: true, maxlength: 64 }, from: { type: Date, required: true } },
      ],
      default: [],
    },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: "progress_settings" },
);

interface ReflectionDoc {
  sessionId: string;
  userId: string;
  blocker: string;
  nextStep: string;
  kudos: string;
  blockerTopic: Topic | null;
  createdAt: Date;
  updatedAt: Date;
}

export const reflectionSchema = new Schema<ReflectionDoc>(
  {
    sessionId: { type: String, required: true },
    userId: { type: String, required: true },
    blocker: { type: String, default: "", maxlength: 500 },
    nextStep: { type: String, default: "", maxlength: 500 },
    kudos: { type: String, default: "", maxlength: 500 },
    blockerTopic: { type: String, default: null, enum: [...Object.keys(TOPICS), null] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: "session_reflections" },
);
reflectionSchema.index({ sessionId: 1, userId: 1 }, { unique: true });
reflectionSchema.index({ userId: 1, createdAt: -1 });

const toReflection = (doc: ReflectionDoc): Reflection => ({
  sessionId: doc.sessionId,
  userId: doc.userId,
  blocker: doc.blocker,
  nextStep: doc.nextStep,
  kudos: doc.kudos,
  blockerTopic: doc.blockerTopic ?? null,
  createdAt: new Date(doc.createdAt),
  updatedAt: new Date(doc.updatedAt),
});

export class MongoProgressStore implements ProgressStore {
  private readonly Settings;
  private readonly Reflection;

  constructor(
    private readonly connection: Connection,
    private readonly m: Models,
  ) {
    this.Settings = connection.model<ProgressSettingsDoc>("ProgressSettings", progressSettingsSchema);
    this.Reflection = connection.model<ReflectionDoc>("Reflection", reflectionSchema);
  }

  async settings(userId: string): Promise<ProgressSettings> {
    const doc = await this.Settings.findById(userId).lean<ProgressSettingsDoc>();
    return doc
      ? {
          sharing: doc.sharing,
          timeZones: doc.timeZones.map((z) => ({ timeZone: z.timeZone, from: new Date(z.from) })),
        }
      : { sharing: "private", timeZones: [] };
  }

  async setSharing(userId: string, sharing: ProfileSharing): Promise<void> {
    await this.Settings.updateOne({ _id: userId }, { $set: { sharing, updatedAt: new Date() } }, { upsert: true });
  }

  async setTimeZone(userId: string, timeZone: string, from: Date): Promise<void> {
    const current = await this.settings(userId);
    if (current.timeZones.at(-1)?.timeZone === timeZone) return;
    const span = { timeZone, from: current.timeZones.length ? from : new Date(0) };
    await this.Settings.updateOne(
      { _id: userId },
      {
        $push: { timeZones: { $each: [span], $slice: -MAX_TIME_ZONE_SPANS } },
        $set: { updatedAt: new Date() },
        $setOnInsert: { sharing: "private" },
      },
      { upsert: true },
    );
  }

  async progressData(userId: string, reflectionLimit: number): Promise<ProgressData> {
    const [settings, submissions, sessions, reflections] = await Promise.all([
      this.settings(userId),
      this.m.Submission.find({ userId }, { problemSlug: 1, verdict: 1, sessionId: 1, createdAt: 1 })
        .sort({ createdAt: 1, order: 1 })
        .lean<Array<Pick<SubmissionDoc, "problemSlug" | "verdict" | "sessionId" | "createdAt">>>(),
      this.finishedSessionsOf(userId),
      this.Reflection.find({ userId }).sort({ createdAt: -1 }).limit(reflectionLimit).lean<ReflectionDoc[]>(),
    ]);
    return {
      settings,
      submissions: submissions.map((s): ActivitySubmission => ({
        problemSlug: s.problemSlug,
        verdict: s.verdict,
        sessionId: s.sessionId ?? null,
        createdAt: new Date(s.createdAt),
      })),
      sessions,
      reflections: reflections.map(toReflection),
    };
  }

  private async finishedSessionsOf(userId: string): Promise<FinishedSession[]> {
    const mine = await this.m.Member.find({ userId }, { sessionId: 1 }).lean<MemberDoc[]>();
    const ids = mine.map((m) => m.sessionId);
    if (!ids.length) return [];
    const [sessions, others] = await Promise.all([
      this.m.Session.find({ _id: { $in: ids }, status: "ended" }, { problemSlug: 1, endedAt: 1 })
        .sort({ endedAt: 1, _id: 1 })
        .lean<SessionDoc[]>(),
      this.m.Member.find({ sessionId: { $in: ids }, userId: { $ne: userId } }).lean<MemberDoc[]>(),
    ]);
    const users = await this.m.User.find(
      { _id: { $in: [...new Set(others.map((o) => o.userId))] }, deletedAt: null },
      { username: 1 },
    ).lean<UserDoc[]>();
    const names = new Map(users.map((u) => [u._id, u.username]));
    return sessions.map((s) => ({
      sessionId: s._id,
      problemSlug: s.problemSlug,
      endedAt: new Date(s.endedAt ?? 0),
      partners: others
        .filter((o) => o.sessionId === s._id && names.has(o.userId))
        .map((o) => ({ id: o.userId, username: names.get(o.userId)! })),
    }));
  }

  async progressStamp(userId: string): Promise<string> {
    const memberships = await this.m.Member.find({ userId }, { sessionId: 1 }).lean<MemberDoc[]>();
    const ended = { _id: { $in: memberships.map((m) => m.sessionId) }, status: "ended" as const };
    const pairs = this.connection.collection("pair_streak_settings");
    const [subCount, subNewest, sessCount, sessNewest, refCount, refNewest, settings, pairCount, pairNewest] =
      await Promise.all([
        this.m.Submission.countDocuments({ userId }),
        this.m.Submission.findOne({ userId }, { createdAt: 1 }).sort({ createdAt: -1 }).lean<{ createdAt: Date }>(),
        this.m.Session.countDocuments(ended),
        this.m.Session.findOne(ended, { endedAt: 1 }).sort({ endedAt: -1 }).lean<{ endedAt: Date }>(),
        this.Reflection.countDocuments({ userId }),
        this.Reflection.findOne({ userId }, { updatedAt: 1 }).sort({ updatedAt: -1 }).lean<{ updatedAt: Date }>(),
        this.Settings.findById(userId, { updatedAt: 1 }).lean<{ updatedAt: Date }>(),
        pairs.countDocuments({ users: userId }),
        pairs.findOne({ users: userId }, { sort: { changedAt: -1 }, projection: { changedAt: 1 } }),
      ]);
    const ms = (d: unknown) => (d instanceof Date ? d.getTime() : 0);
    return [
      `${subCount}.${ms(subNewest?.createdAt)}`,
      `${sessCount}.${ms(sessNewest?.endedAt)}`,
      `${refCount}.${ms(refNewest?.updatedAt)}`,
      ms(settings?.updatedAt),
      `${pairCount}.${ms(pairNewest?.changedAt)}`,
    ].join("|");
  }

  async finishedTogether(userId: string, partnerId: string): Promise<Date[]> {
    const [mine, theirs] = await Promise.all([
      this.m.Member.find({ userId }, { sessionId: 1 }).lean<MemberDoc[]>(),
      this.m.Member.find({ userId: partnerId }, { sessionId: 1 }).lean<MemberDoc[]>(),
    ]);
    const shared = new Set(theirs.map((t) => t.sessionId));
    const ids = mine.map((m) => m.sessionId).filter((id) => shared.has(id));
    if (!ids.length) return [];
    const sessions = await this.m.Session.find({ _id: { $in: ids }, status: "ended" }, { endedAt: 1 })
      .sort({ endedAt: 1 })
      .lean<SessionDoc[]>();
    return sessions.map((s) => new Date(s.endedAt ?? 0));
  }

  async findUserByUsername(username: string): Promise<{ id: string; username: string } | null> {
    const doc = await this.m.User.findOne({ usernameKey: username.toLowerCase(), deletedAt: null }).lean<UserDoc>();
    return doc ? { id: doc._id, username: doc.username } : null;
  }

  async saveReflection(input: NewReflection, now: Date): Promise<Reflection> {
    const doc = await this.Reflection.findOneAndUpdate(
      { sessionId: input.sessionId, userId: input.userId },
      {
        $set: {
          blocker: input.blocker,
          nextStep: input.nextStep,
          kudos: input.kudos,
          blockerTopic: input.blockerTopic,
          updatedAt: now,
        },
        $setOnInsert: { createdAt: now },
      },
      { upsert: true, new: true },
    ).lean<ReflectionDoc>();
    return toReflection(doc!);
  }

  async reflection(sessionId: string, userId: string): Promise<Reflection | null> {
    const doc = await this.Reflection.findOne({ sessionId, userId }).lean<ReflectionDoc>();
    return doc ? toReflection(doc) : null;
  }
}
