import type { Language } from "~/modules/problems/problem-schema";

import type { AccountTokenStore, EmailVerificationStore, TwoFactorStore } from "./account-security-store.server";
import type { PairStreakStore } from "./pair-streak-store.server";
import type { ProgressStore } from "./progress-store.server";
import type { RoomProblemStore } from "./room-problem-store.server";
import type { NotificationStore, PartnerStore, ScheduledStore, SlotStore } from "./scheduling-store.server";

/**
 * The storage seam. Routes, socket handlers and jobs depend on this interface only;
 * SQLite is the embedded default and other implementations plug in behind it.
 * Every method is async so that a networked database fits the same shape.
 */

export interface User {
  id: string;
  username: string;
  email: string;
  createdAt: Date;
}

export interface UserCredentials extends User {
  passwordHash: string;
}

export interface NewUser {
  username: string;
  email: string;
  passwordHash: string;
}

export interface LoginSession {
  /** sha256 of the token held in the cookie; the token itself is never stored. */
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  /** Last request seen with it (updated at most once a minute). */
  lastSeenAt: Date;
  /** The address it signed in from, as the server saw it. */
  ipAddress: string | null;
}

export interface NewLoginSession {
  id: string;
  userId: string;
  expiresAt: Date;
  userAgent: string | null;
  ipAddress?: string | null;
}

/** A user whose sign-in lives with a hosted identity provider (Clerk); mirrored locally. */
export interface ExternalUserInput {
  provider: "clerk";
  externalId: string;
  username: string;
  email: string;
}

export interface UserStore {
  /** Throws UniqueConstraintError naming `username` or `email` when taken. */
  create(input: NewUser): Promise<User>;
  findById(id: string): Promise<User | null>;
  /** Finds by username (case-insensitive) or email (case-insensitive). */
  findCredentialsByLogin(login: string): Promise<UserCredentials | null>;
  findCredentialsById(id: string): Promise<UserCredentials | null>;
  updatePasswordHash(id: string, passwordHash: string): Promise<void>;
  /**
   * Creates the local mirror of an external user, or updates its username and email.
   * The mirror has no password: it can never sign in with the built-in form.
   * Throws UniqueConstraintError naming `username` or `email` when another user holds it.
   */
  upsertExternal(input: ExternalUserInput): Promise<User>;
  findByExternalId(provider: ExternalUserInput["provider"], externalId: string): Promise<User | null>;
  /**
   * The external account was deleted: its login sessions go and the mirror is
   * anonymised (its sessions and messages stay, under a "deleted user" name).
   * Returns false when there was no such mirror.
   */
  removeExternal(provider: ExternalUserInput["provider"], externalId: string): Promise<boolean>;
}

export interface LoginSessionStore {
  create(input: NewLoginSession): Promise<LoginSession>;
  /** The session and its user, when the session exists and has not expired at `now`. */
  findActive(id: string, now: Date): Promise<{ session: LoginSession; user: User } | null>;
  delete(id: string): Promise<void>;
  /** Deletes every session of the user except `keepId`; returns how many went. */
  deleteAllForUser(userId: string, keepId?: string): Promise<number>;
  countActiveForUser(userId: string, now: Date): Promise<number>;
  deleteExpired(now: Date): Promise<number>;
  /** The user's unexpired sessions, newest first. */
  listActiveForUser(userId: string, now: Date): Promise<LoginSession[]>;
  /** Records a request seen with the session. */
  touch(id: string, now: Date): Promise<void>;
  /** Deletes one session only if it belongs to the user; false otherwise. */
  deleteForUser(userId: string, id: string): Promise<boolean>;
}

/** The languages the judge runs (one list: problem-schema's LANGUAGES). */
export type SubmissionLanguage = Language;

export interface Submission {
  id: string;
  userId: string;
  problemSlug: string;
  language: SubmissionLanguage;
  code: string;
  verdict: string;
  passed: number;
  total: number;
  timeMs: number;
  /** The practice session it was made in; null for solo practice. */
  sessionId: string | null;
  createdAt: Date;
}

export type NewSubmission = Omit<Submission, "id" | "createdAt" | "sessionId"> & {
  sessionId?: string | null;
  /** Only seeding (tests, benchmarks) sets it; the judge's submissions are stamped now. */
  createdAt?: Date;
};

export type ProblemStatus = "solved" | "attempted";

export interface SubmissionStore {
  create(input: NewSubmission): Promise<Submission>;
  findById(id: string): Promise<Submission | null>;
  /** Newest first. */
  listForProblem(userId: string, problemSlug: string, limit: number): Promise<Submission[]>;
  /** Per problem the user has submitted to: solved (any Accepted) or attempted. */
  statusesForUser(userId: string): Promise<Map<string, ProblemStatus>>;
  /** Every participant's submissions made in one session, oldest first. */
  listForSession(sessionId: string, limit: number): Promise<Submission[]>;
}

export type DraftCode = Partial<Record<SubmissionLanguage, string>>;

/**
 * Drafts per user and problem for solo practice; a session keeps its own per participant,
 * so code typed in a room never shows up on the solo page and a new session starts blank.
 */
export interface DraftStore {
  /** The user's saved code for a problem, per language. */
  get(userId: string, problemSlug: string): Promise<DraftCode>;
  save(userId: string, problemSlug: string, language: SubmissionLanguage, code: string): Promise<void>;
  delete(userId: string, problemSlug: string, language: SubmissionLanguage): Promise<void>;
  /**
   * The user's code in one session for one of its problems, per language (a session can
   * change problem: each problem keeps its own draft, and a new one starts from the starter).
   */
  getForSession(sessionId: string, userId: string, problemSlug: string): Promise<DraftCode>;
  saveForSession(
    sessionId: string,
    userId: string,
    problemSlug: string,
    language: SubmissionLanguage,
    code: string,
  ): Promise<void>;
  deleteForSession(sessionId: string, userId: string, problemSlug: string, language: SubmissionLanguage): Promise<void>;
}

export type SessionStatus = "waiting" | "active" | "ended";
export type SessionVisibility = "public" | "private";
export type SessionEndReason = "host-ended" | "everyone-left" | "idle" | "expired";

export interface PracticeSession {
  id: string;
  hostId: string;
  guestId: string | null;
  problemSlug: string;
  visibility: SessionVisibility;
  /** bcrypt hash for private sessions. Server-only: never leaves the domain module. */
  passwordHash: string | null;
  status: SessionStatus;
  createdAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  endReason: SessionEndReason | null;
  /** When the optional countdown both participants see runs out; null without a timer. */
  timerEndsAt: Date | null;
}

/** What the lobby shows of an open public session: nothing private, nothing it does not show. */
export interface LobbySession {
  id: string;
  problemSlug: string;
  /** Whose presence decides whether the session is worth joining (never sent to the browser). */
  hostId: string;
  hostUsername: string;
  createdAt: Date;
}

export interface NewPracticeSession {
  id: string;
  hostId: string;
  problemSlug: string;
  visibility: SessionVisibility;
  passwordHash: string | null;
  timerEndsAt?: Date | null;
}

export interface SessionMember {
  userId: string;
  username: string;
  joinedAt: Date;
  leftAt: Date | null;
  lastSeenAt: Date;
}

export interface SessionHistoryEntry {
  session: PracticeSession;
  /** Everyone else who sat in the session, in order of joining. */
  partners: string[];
  joinedAt: Date;
}

export interface StaleSession {
  id: string;
  status: SessionStatus;
  createdAt: Date;
  lastPresenceAt: Date;
}

export interface SessionStore {
  /**
   * A user holds at most one seat in sessions that have not ended. Throws
   * AlreadySeatedError (naming that session) when the host already holds one; the check
   * and the insert are one atomic step.
   */
  create(input: NewPracticeSession): Promise<PracticeSession>;
  findById(id: string): Promise<PracticeSession | null>;
  /** The session that has not ended in which the user holds a seat (host or guest), if any. */
  findOpenForUser(userId: string): Promise<PracticeSession | null>;
  /** Public sessions whose guest seat is free, newest first. */
  listOpenPublic(limit: number): Promise<LobbySession[]>;
  /**
   * Takes the free guest seat in one conditional update: true only for the caller who
   * got it. Fails when the seat is taken, the caller is the host, the session ended, or
   * the caller holds a seat in another session that has not ended.
   */
  claimGuestSeat(id: string, userId: string, now: Date): Promise<boolean>;
  /** The guest leaves: the seat is free again and the session waits. */
  releaseGuestSeat(id: string, userId: string, now: Date): Promise<boolean>;
  /** The host leaves while a guest is present: the guest becomes the host. */
  handOverHost(id: string, hostId: string, now: Date): Promise<boolean>;
  /** Ends a session that has not ended; with `hostId`, only if that user is the host. */
  end(id: string, reason: SessionEndReason, now: Date, hostId?: string): Promise<boolean>;
  /** Records that a participant is here now (page visit, heartbeat or socket). */
  touchPresence(id: string, userId: string, now: Date): Promise<void>;
  /** The same for many participants at once (the realtime heartbeat): one write, not one per person. */
  touchPresenceMany(entries: ReadonlyArray<{ sessionId: string; userId: string }>, now: Date): Promise<void>;
  members(id: string): Promise<SessionMember[]>;
  /**
   * Sessions that have not ended and either nobody was present in since `idleBefore`, or
   * were created before `waitingBefore`: the candidates of the stale-session rule (which
   * decides, in the sessions domain, whether and why each one ends).
   */
  listStale(idleBefore: Date, waitingBefore: Date): Promise<StaleSession[]>;
  historyForUser(userId: string, limit: number): Promise<SessionHistoryEntry[]>;
  /** Sets (or, with null, clears) the countdown of a session that has not ended. */
  setTimer(id: string, endsAt: Date | null): Promise<boolean>;
}

export interface ChatMessage {
  id: string;
  sessionId: string;
  /** 1, 2, 3… per session, in the order the server stored them. */
  seq: number;
  /** Null for system messages (joins, leaves, results). */
  authorId: string | null;
  authorName: string | null;
  clientId: string;
  kind: "user" | "system";
  body: string;
  createdAt: Date;
}

export interface NewChatMessage {
  sessionId: string;
  authorId: string | null;
  clientId: string;
  kind: "user" | "system";
  body: string;
}

export interface ChatStore {
  /**
   * Stores a message with the session's next seq. Idempotent: the same author and
   * clientId in the same session returns the message already stored.
   */
  append(input: NewChatMessage): Promise<{ message: ChatMessage; created: boolean }>;
  /** Messages with seq greater than `afterSeq`, oldest first. */
  listAfter(sessionId: string, afterSeq: number, limit: number): Promise<ChatMessage[]>;
}

export interface Store {
  readonly kind: string;
  readonly users: UserStore;
  readonly loginSessions: LoginSessionStore;
  readonly submissions: SubmissionStore;
  readonly drafts: DraftStore;
  readonly sessions: SessionStore;
  readonly chat: ChatStore;
  readonly accountTokens: AccountTokenStore;
  readonly emailVerifications: EmailVerificationStore;
  readonly twoFactor: TwoFactorStore;
  readonly scheduled: ScheduledStore;
  readonly slots: SlotStore;
  readonly partners: PartnerStore;
  readonly notifications: NotificationStore;
  readonly progress: ProgressStore;
  readonly roomProblems: RoomProblemStore;
  readonly pairStreaks: PairStreakStore;
  /** Resolves when the database answers; used by /healthz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The user already holds a seat in `sessionId`, which has not ended. */
export class AlreadySeatedError extends Error {
  override name = "AlreadySeatedError";
  constructor(public readonly sessionId: string) {
    super("You already have an open session");
  }
}

export class UniqueConstraintError extends Error {
  override name = "UniqueConstraintError";
  constructor(public readonly field: string) {
    super(`${field} is already taken`);
  }
}
