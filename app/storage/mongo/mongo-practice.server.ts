import crypto from "node:crypto";

import type {
  DraftCode,
  DraftStore,
  NewSubmission,
  ProblemStatus,
  Submission,
  SubmissionLanguage,
  SubmissionStore,
} from "../store.server";
import { type DraftDoc, type Models, nextOrder, type SessionDraftDoc, type SubmissionDoc } from "./models.server";

const toSubmission = (doc: SubmissionDoc): Submission => ({
  id: doc._id,
  userId: doc.userId,
  problemSlug: doc.problemSlug,
  language: doc.language,
  code: doc.code,
  verdict: doc.verdict,
  passed: doc.passed,
  total: doc.total,
  timeMs: doc.timeMs,
  sessionId: doc.sessionId ?? null,
  createdAt: new Date(doc.createdAt),
});

export class MongoSubmissionStore implements SubmissionStore {
  constructor(private readonly m: Models) {}

  async create(input: NewSubmission): Promise<Submission> {
    const doc = await this.m.Submission.create({
      _id: crypto.randomUUID(),
      ...input,
      sessionId: input.sessionId ?? null,
      createdAt: input.createdAt ?? new Date(),
      order: input.createdAt ? input.createdAt.getTime() * 1000 : nextOrder(),
    });
    return toSubmission(doc.toObject());
  }

  async findById(id: string): Promise<Submission | null> {
    const doc = await this.m.Submission.findById(id).lean<SubmissionDoc>();
    return doc ? toSubmission(doc) : null;
  }

  async listForProblem(userId: string, problemSlug: string, limit: number): Promise<Submission[]> {
    const docs = await this.m.Submission.find({ userId, problemSlug })
      .sort({ order: -1 })
      .limit(limit)
      .lean<SubmissionDoc[]>();
    return docs.map(toSubmission);
  }

  async statusesForUser(userId: string): Promise<Map<string, ProblemStatus>> {
    const rows = await this.m.Submission.aggregate<{ _id: string; solved: number }>([
      { $match: { userId } },
      { $group: { _id: "$problemSlug", solved: { $max: { $cond: [{ $eq: ["$verdict", "Accepted"] }, 1, 0] } } } },
    ]);
    return new Map(rows.map((r) => [r._id, r.solved ? "solved" : "attempted"]));
  }

  async listForSession(sessionId: string, limit: number): Promise<Submission[]> {
    const docs = await this.m.Submission.find({ sessionId }).sort({ order: 1 }).limit(limit).lean<SubmissionDoc[]>();
    return docs.map(toSubmission);
  }
}

export class MongoDraftStore implements DraftStore {
  constructor(private readonly m: Models) {}

  async get(userId: string, problemSlug: string): Promise<DraftCode> {
    const docs = await this.m.Draft.find({ userId, problemSlug }).lean<DraftDoc[]>();
    return Object.fromEntries(docs.map((d) => [d.language, d.code]));
  }

  async save(userId: string, problemSlug: string, language: SubmissionLanguage, code: string): Promise<void> {
    await this.m.Draft.updateOne(
      { userId, problemSlug, language },
      { $set: { code, updatedAt: new Date() } },
      { upsert: true },
    );
  }

  async delete(userId: string, problemSlug: string, language: SubmissionLanguage): Promise<void> {
    await this.m.Draft.deleteOne({ userId, problemSlug, language });
  }

  async getForSession(sessionId: string, userId: string, problemSlug: string): Promise<DraftCode> {
    const docs = await this.m.SessionDraft.find({ sessionId, userId, problemSlug }).lean<SessionDraftDoc[]>();
    return Object.fromEntries(docs.map((d) => [d.language, d.code]));
  }

  async saveForSession(
    sessionId: string,
    userId: string,
    problemSlug: string,
    language: SubmissionLanguage,
    code: string,
  ): Promise<void> {
    await this.m.SessionDraft.updateOne(
      { sessionId, userId, problemSlug, language },
      { $set: { code, updatedAt: new Date() } },
      { upsert: true },
    );
  }

  async deleteForSession(
    sessionId: string,
    userId: string,
    problemSlug: string,
    language: SubmissionLanguage,
  ): Promise<void> {
    await this.m.SessionDraft.deleteOne({ sessionId, userId, problemSlug, language });
  }
}
