import crypto from "node:crypto";

import { type Connection, Schema } from "mongoose";

import { LANGUAGES } from "~/modules/problems/problem-schema";

import type { SessionEndReason, SessionStatus, SessionVisibility, SubmissionLanguage } from "../store.server";

/**
 * The MongoDB schema: one collection per SQLite table, the same unique rules. Ids are
 * strings (UUIDs, or the session ids the domain makes) so they look alike in both stores.
 * `order` fields break ties between documents written in the same millisecond, as SQLite's
 * rowid does.
 */
const uuid = () => crypto.randomUUID();
let counter = 0;
/** Increasing within a process: time in µs plus a wrapping counter. */
export const nextOrder = () => Date.now() * 1000 + (counter++ % 1000);

export interface UserDoc {
  _id: string;
  username: string;
  /** Lower-cased copies: uniqueness and look-ups ignore case, as SQLite's NOCASE does. */
  usernameKey: string;
  email: string;
  emailKey: string;
  passwordHash: string;
  createdAt: Date;
  externalProvider: string | null;
  externalId: string | null;
  deletedAt: Date | null;
}

export const userSchema = new Schema<UserDoc>(
  {
    _id: { type: String, default: uuid },
    username: { type: String, required: true, minlength: 1, maxlength: 64 },
    usernameKey: { type: String, required: true },
    email: { type: String, required: true, maxlength: 254 },
    emailKey: { type: String, required: true },
    passwordHash: { type: String, default: "" },
    createdAt: { type: Date, required: true, default: () => new Date() },
    externalProvider: { type: String, default: null },
    externalId: { type: String, default: null },
    deletedAt: { type: Date, default: null },
  },
  { versionKey: false, collection: "users" },
);
userSchema.index({ usernameKey: 1 }, { unique: true });
userSchema.index({ emailKey: 1 }, { unique: true });
userSchema.index(
  { externalProvider: 1, externalId: 1 },
  { unique: true, partialFilterExpression: { externalId: { $type: "string" } } },
);

export interface LoginSessionDoc {
  /** sha256 of the cookie's token. */
  _id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  lastSeenAt?: Date | null;
  ipAddress?: string | null;
}

export const loginSessionSchema = new Schema<LoginSessionDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true, index: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    userAgent: { type: String, default: null, maxlength: 512 },
    lastSeenAt: { type: Date, default: null },
    ipAddress: { type: String, default: null, maxlength: 64 },
  },
  { versionKey: false, collection: "login_sessions" },
);
// MongoDB removes expired sign-ins by itself too (deleteExpired stays for parity).
loginSessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export interface SubmissionDoc {
  _id: string;
  userId: string;
  problemSlug: string;
  language: SubmissionLanguage;
  code: string;
  verdict: string;
  passed: number;
  total: number;
  timeMs: number;
  sessionId: string | null;
  createdAt: Date;
  order: number;
}

export const submissionSchema = new Schema<SubmissionDoc>(
  {
    _id: { type: String, default: uuid },
    userId: { type: String, required: true },
    problemSlug: { type: String, required: true },
    language: { type: String, required: true, enum: LANGUAGES },
    code: { type: String, required: true, maxlength: 100_000 },
    verdict: { type: String, required: true },
    passed: { type: Number, required: true, min: 0 },
    total: { type: Number, required: true, min: 0 },
    timeMs: { type: Number, required: true, min: 0 },
    sessionId: { type: String, default: null },
    createdAt: { type: Date, required: true },
    order: { type: Number, required: true },
  },
  { versionKey: false, collection: "submissions" },
);
submissionSchema.index({ userId: 1, problemSlug: 1, order: -1 });
// Progress: a user's submissions by time.
submissionSchema.index({ userId: 1, createdAt: 1 });
submissionSchema.index({ sessionId: 1, order: 1 }, { partialFilterExpression: { sessionId: { $type: "string" } } });

export interface DraftDoc {
  userId: string;
  problemSlug: string;
  language: SubmissionLanguage;
  code: string;
  updatedAt: Date;
}

export const draftSchema = new Schema<DraftDoc>(
  {
    userId: { type: String, required: true },
    problemSlug: { type: String, required: true },
    language: { type: String, required: true, enum: LANGUAGES },
    code: { type: String, required: true, maxlength: 100_000 },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: "drafts" },
);
draftSchema.index({ userId: 1, problemSlug: 1, language: 1 }, { unique: true });

export interface SessionDraftDoc {
  sessionId: string;
  userId: string;
  problemSlug: string;
  language: SubmissionLanguage;
  code: string;
  updatedAt: Date;
}

export const sessionDraftSchema = new Schema<SessionDraftDoc>(
  {
    sessionId: { type: String, required: true },
    userId: { type: String, required: true },
    problemSlug: { type: String, required: true },
    language: { type: String, required: true, enum: LANGUAGES },
    code: { type: String, default: "", maxlength: 100_000 },
    updatedAt: { type: Date, required: true },
  },
  // A new collection with the problem in its unique key (ADR 080); "session_drafts" had none.
  { versionKey: false, collection: "session_problem_drafts" },
);
sessionDraftSchema.index({ sessionId: 1, userId: 1, problemSlug: 1, language: 1 }, { unique: true });

export interface SessionDoc {
  _id: string;
  hostId: string;
  guestId: string | null;
  problemSlug: string;
  visibility: SessionVisibility;
  passwordHash: string | null;
  status: SessionStatus;
  createdAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  endReason: SessionEndReason | null;
  lastPresenceAt: Date;
  timerEndsAt: Date | null;
  /** The last chat seq handed out: `$inc` makes the next one atomically. */
  chatSeq: number;
  order: number;
}

export const sessionSchema = new Schema<SessionDoc>(
  {
    _id: { type: String, required: true },
    hostId: { type: String, required: true },
    guestId: { type: String, default: null },
    problemSlug: { type: String, required: true },
    visibility: { type: String, required: true, enum: ["public", "private"] },
    passwordHash: { type: String, default: null },
    status: { type: String, required: true, enum: ["waiting", "active", "ended"], default: "waiting" },
    createdAt: { type: Date, required: true },
    startedAt: { type: Date, default: null },
    endedAt: { type: Date, default: null },
    endReason: { type: String, default: null, enum: ["host-ended", "everyone-left", "idle", "expired", null] },
    lastPresenceAt: { type: Date, required: true },
    timerEndsAt: { type: Date, default: null },
    chatSeq: { type: Number, required: true, default: 0, min: 0 },
    order: { type: Number, required: true },
  },
  { versionKey: false, collection: "practice_sessions" },
);
// The lobby: open public sessions, newest first.
sessionSchema.index({ status: 1, visibility: 1, guestId: 1, order: -1 });
// The expiry job.
sessionSchema.index({ status: 1, lastPresenceAt: 1 });

export interface MemberDoc {
  sessionId: string;
  userId: string;
  joinedAt: Date;
  leftAt: Date | null;
  lastSeenAt: Date;
}

export const memberSchema = new Schema<MemberDoc>(
  {
    sessionId: { type: String, required: true },
    userId: { type: String, required: true },
    joinedAt: { type: Date, required: true },
    leftAt: { type: Date, default: null },
    lastSeenAt: { type: Date, required: true },
  },
  { versionKey: false, collection: "session_members" },
);
memberSchema.index({ sessionId: 1, userId: 1 }, { unique: true });
memberSchema.index({ userId: 1, joinedAt: -1 });

/**
 * One document per user holding a seat in a session that has not ended: `_id` is the
 * user, so the unique primary key makes "one open session per user" atomic across
 * instances without transactions.
 */
export interface OpenSeatDoc {
  _id: string;
  sessionId: string;
  takenAt: Date;
}

export const openSeatSchema = new Schema<OpenSeatDoc>(
  {
    _id: { type: String, required: true },
    sessionId: { type: String, required: true },
    takenAt: { type: Date, required: true },
  },
  { versionKey: false, collection: "open_seats" },
);
openSeatSchema.index({ sessionId: 1 });

export interface MessageDoc {
  _id: string;
  sessionId: string;
  seq: number;
  authorId: string | null;
  clientId: string;
  kind: "user" | "system";
  body: string;
  createdAt: Date;
}

export const messageSchema = new Schema<MessageDoc>(
  {
    _id: { type: String, default: uuid },
    sessionId: { type: String, required: true },
    seq: { type: Number, required: true, min: 1 },
    authorId: { type: String, default: null },
    clientId: { type: String, required: true, maxlength: 64 },
    kind: { type: String, required: true, enum: ["user", "system"] },
    body: { type: String, required: true, maxlength: 8_000 },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, collection: "chat_messages" },
);
messageSchema.index({ sessionId: 1, seq: 1 }, { unique: true });
messageSchema.index({ sessionId: 1, authorId: 1, clientId: 1 }, { unique: true });

export function createModels(connection: Connection) {
  return {
    User: connection.model<UserDoc>("User", userSchema),
    LoginSession: connection.model<LoginSessionDoc>("LoginSession", loginSessionSchema),
    Submission: connection.model<SubmissionDoc>("Submission", submissionSchema),
    Draft: connection.model<DraftDoc>("Draft", draftSchema),
    SessionDraft: connection.model<SessionDraftDoc>("SessionDraft", sessionDraftSchema),
    Session: connection.model<SessionDoc>("Session", sessionSchema),
    Member: connection.model<MemberDoc>("Member", memberSchema),
    OpenSeat: connection.model<OpenSeatDoc>("OpenSeat", openSeatSchema),
    Message: connection.model<MessageDoc>("Message", messageSchema),
  };
}

export type Models = ReturnType<typeof createModels>;
