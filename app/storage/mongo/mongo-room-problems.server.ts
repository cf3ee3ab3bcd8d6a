import { type Connection, Schema } from "mongoose";

import type { NewProblemProposal, ProblemProposal, RoomProblemStore } from "../room-problem-store.server";
import type { Models } from "./models.server";
import { isDuplicateKey } from "./mongo-errors.server";

/** One pending proposal per session: the session id is the document's key. */
interface ProposalDoc {
  _id: string;
  id: string;
  problemSlug: string;
  fromSlug: string;
  proposedBy: string;
  createdAt: Date;
  expiresAt: Date;
}

/** The problems a session has been on, first seen first. */
interface SessionProblemsDoc {
  _id: string;
  slugs: string[];
}

const proposalSchema = new Schema<ProposalDoc>(
  {
    _id: { type: String, required: true },
    id: { type: String, required: true },
    problemSlug: { type: String, required: true },
    fromSlug: { type: String, required: true },
    proposedBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false, collection: "session_problem_proposals" },
);

const sessionProblemsSchema = new Schema<SessionProblemsDoc>(
  { _id: { type: String, required: true }, slugs: { type: [String], default: [] } },
  { versionKey: false, collection: "session_problems" },
);

const toProposal = (doc: ProposalDoc): ProblemProposal => ({
  id: doc.id,
  sessionId: doc._id,
  problemSlug: doc.problemSlug,
  fromSlug: doc.fromSlug,
  proposedBy: doc.proposedBy,
  createdAt: new Date(doc.createdAt),
  expiresAt: new Date(doc.expiresAt),
});

export class MongoRoomProblemStore implements RoomProblemStore {
  private readonly Proposal;
  private readonly SessionProblems;

  constructor(
    connection: Connection,
    private readonly m: Models,
  ) {
    this.Proposal = connection.model<ProposalDoc>("SessionProblemProposal", proposalSchema);
    this.SessionProblems = connection.model<SessionProblemsDoc>("SessionProblems", sessionProblemsSchema);
  }

  async propose(input: NewProblemProposal, now: Date): Promise<boolean> {
    const open = await this.m.Session.exists({
      _id: input.sessionId,
      status: { $ne: "ended" },
      problemSlug: input.fromSlug,
    });
    if (!open) return false;
    try {
      // The filter matches only the same person's or a lapsed proposal; otherwise the upsert
      // collides with the pending one on _id and is refused.
      await this.Proposal.updateOne(
        { _id: input.sessionId, $or: [{ proposedBy: input.proposedBy }, { expiresAt: { $lte: now } }] },
        {
          $set: {
            id: input.id,
            problemSlug: input.problemSlug,
            fromSlug: input.fromSlug,
            proposedBy: input.proposedBy,
            createdAt: now,
            expiresAt: input.expiresAt,
          },
        },
        { upsert: true },
      );
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async pending(sessionId: string, now: Date): Promise<ProblemProposal | null> {
    const doc = await this.Proposal.findOne({ _id: sessionId, expiresAt: { $gt: now } }).lean<ProposalDoc>();
    return doc ? toProposal(doc) : null;
  }

  async withdraw(sessionId: string, proposalId: string): Promise<ProblemProposal | null> {
    const doc = await this.Proposal.findOneAndDelete({ _id: sessionId, id: proposalId }).lean<ProposalDoc>();
    return doc ? toProposal(doc) : null;
  }

  async change(
    input: { sessionId: string; fromSlug: string; toSlug: string; proposalId?: string },
    now: Date,
  ): Promise<boolean> {
    if (input.proposalId !== undefined) {
      // Taking the proposal is the one atomic step that decides who accepted it.
      const taken = await this.Proposal.findOneAndDelete({
        _id: input.sessionId,
        id: input.proposalId,
        expiresAt: { $gt: now },
        problemSlug: input.toSlug,
      });
      if (!taken) return false;
    }
    const switched = await this.m.Session.updateOne(
      { _id: input.sessionId, status: { $ne: "ended" }, problemSlug: input.fromSlug },
      { $set: { problemSlug: input.toSlug } },
    );
    if (switched.modifiedCount !== 1) return false;
    await this.Proposal.deleteOne({ _id: input.sessionId });
    await this.SessionProblems.updateOne(
      { _id: input.sessionId },
      { $addToSet: { slugs: { $each: [input.fromSlug, input.toSlug] } } },
      { upsert: true },
    );
    return true;
  }

  async problemsOf(sessionId: string): Promise<string[]> {
    const doc = await this.SessionProblems.findById(sessionId).lean<SessionProblemsDoc>();
    return doc?.slugs ?? [];
  }
}
