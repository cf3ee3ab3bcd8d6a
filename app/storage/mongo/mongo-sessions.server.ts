import type {
  LobbySession,
  NewPracticeSession,
  PracticeSession,
  SessionEndReason,
  SessionHistoryEntry,
  SessionMember,
  SessionStore,
  StaleSession,
} from "../store.server";
import { type MemberDoc, type Models, nextOrder, type SessionDoc, type UserDoc } from "./models.server";
import { claimSeatQuery, endQuery, handOverQuery, lobbyQuery, releaseSeatQuery, staleQuery } from "./seat-queries";

const date = (value: Date | null) => (value ? new Date(value) : null);

const toSession = (doc: SessionDoc): PracticeSession => ({
  id: doc._id,
  hostId: doc.hostId,
  guestId: doc.guestId,
  problemSlug: doc.problemSlug,
  visibility: doc.visibility,
  passwordHash: doc.passwordHash,
  status: doc.status,
  createdAt: new Date(doc.createdAt),
  startedAt: date(doc.startedAt),
  endedAt: date(doc.endedAt),
  endReason: doc.endReason,
});

/**
 * Seat changes are single conditional updates (seat-queries.ts), so concurrent joins from
 * any number of instances have exactly one winner.
 */
export class MongoSessionStore implements SessionStore {
  constructor(private readonly m: Models) {}

  private async usernames(ids: string[]): Promise<Map<string, string>> {
    const users = await this.m.User.find({ _id: { $in: [...new Set(ids)] } }, { username: 1 }).lean<
      Array<Pick<UserDoc, "_id" | "username">>
    >();
    return new Map(users.map((u) => [u._id, u.username]));
  }

  private async upsertMember(sessionId: string, userId: string, now: Date) {
    await this.m.Member.updateOne(
      { sessionId, userId },
      { $set: { leftAt: null, lastSeenAt: now }, $setOnInsert: { joinedAt: now } },
      { upsert: true },
    );
  }

  private async markLeft(sessionId: string, userId: string, now: Date) {
    await this.m.Member.updateOne({ sessionId, userId }, { $set: { leftAt: now } });
  }

  async create(input: NewPracticeSession): Promise<PracticeSession> {
    const now = new Date();
    const doc = await this.m.Session.create({
      _id: input.id,
      hostId: input.hostId,
      guestId: null,
      problemSlug: input.problemSlug,
      visibility: input.visibility,
      passwordHash: input.passwordHash,
      status: "waiting",
      createdAt: now,
      startedAt: null,
      endedAt: null,
      endReason: null,
      lastPresenceAt: now,
      chatSeq: 0,
      order: nextOrder(),
    });
    await this.upsertMember(input.id, input.hostId, now);
    return toSession(doc.toObject());
  }

  async findById(id: string): Promise<PracticeSession | null> {
    const doc = await this.m.Session.findById(id).lean<SessionDoc>();
    return doc ? toSession(doc) : null;
  }

  async listOpenPublic(limit: number): Promise<LobbySession[]> {
    const docs = await this.m.Session.find(lobbyQuery(), { _id: 1, hostId: 1, problemSlug: 1, createdAt: 1 })
      .sort({ order: -1 })
      .limit(limit)
      .lean<Array<Pick<SessionDoc, "_id" | "hostId" | "problemSlug" | "createdAt">>>();
    const names = await this.usernames(docs.map((d) => d.hostId));
    return docs.map((d) => ({
      id: d._id,
      problemSlug: d.problemSlug,
      hostUsername: names.get(d.hostId) ?? "",
      createdAt: new Date(d.createdAt),
    }));
  }

  async claimGuestSeat(id: string, userId: string, now: Date): Promise<boolean> {
    const { filter, update } = claimSeatQuery(id, userId, now);
    const result = await this.m.Session.updateOne(filter, update, { updatePipeline: true });
    if (result.matchedCount !== 1) return false;
    await this.upsertMember(id, userId, now);
    return true;
  }

  async releaseGuestSeat(id: string, userId: string, now: Date): Promise<boolean> {
    const { filter, update } = releaseSeatQuery(id, userId);
    if ((await this.m.Session.updateOne(filter, update)).matchedCount !== 1) return false;
    await this.markLeft(id, userId, now);
    return true;
  }

  async handOverHost(id: string, hostId: string, now: Date): Promise<boolean> {
    const { filter, update } = handOverQuery(id, hostId);
    if ((await this.m.Session.updateOne(filter, update, { updatePipeline: true })).matchedCount !== 1) return false;
    await this.markLeft(id, hostId, now);
    return true;
  }

  async end(id: string, reason: SessionEndReason, now: Date, hostId?: string): Promise<boolean> {
    const { filter, update } = endQuery(id, reason, now, hostId);
    if ((await this.m.Session.updateOne(filter, update)).matchedCount !== 1) return false;
    await this.m.Member.updateMany({ sessionId: id, leftAt: null }, { $set: { leftAt: now } });
    return true;
  }

  async touchPresence(id: string, userId: string, now: Date): Promise<void> {
    await this.m.Member.updateOne({ sessionId: id, userId }, { $set: { lastSeenAt: now } });
    await this.m.Session.updateOne({ _id: id, status: { $ne: "ended" } }, { $set: { lastPresenceAt: now } });
  }

  async touchPresenceMany(entries: ReadonlyArray<{ sessionId: string; userId: string }>, now: Date): Promise<void> {
    if (entries.length === 0) return;
    await this.m.Member.bulkWrite(
      entries.map(({ sessionId, userId }) => ({
        updateOne: { filter: { sessionId, userId }, update: { $set: { lastSeenAt: now } } },
      })),
      { ordered: false },
    );
    const sessionIds = [...new Set(entries.map((e) => e.sessionId))];
    await this.m.Session.updateMany(
      { _id: { $in: sessionIds }, status: { $ne: "ended" } },
      { $set: { lastPresenceAt: now } },
    );
  }

  async members(id: string): Promise<SessionMember[]> {
    const docs = await this.m.Member.find({ sessionId: id }).sort({ joinedAt: 1 }).lean<MemberDoc[]>();
    const names = await this.usernames(docs.map((d) => d.userId));
    return docs.map((d) => ({
      userId: d.userId,
      username: names.get(d.userId) ?? "",
      joinedAt: new Date(d.joinedAt),
      leftAt: date(d.leftAt),
      lastSeenAt: new Date(d.lastSeenAt),
    }));
  }

  async listStale(idleBefore: Date, waitingBefore: Date): Promise<StaleSession[]> {
    const stale = await this.m.Session.find(staleQuery(idleBefore, waitingBefore), {
      status: 1,
      createdAt: 1,
      lastPresenceAt: 1,
    }).lean<Array<Pick<SessionDoc, "_id" | "status" | "createdAt" | "lastPresenceAt">>>();
    return stale.map((doc) => ({
      id: doc._id,
      status: doc.status,
      createdAt: new Date(doc.createdAt),
      lastPresenceAt: new Date(doc.lastPresenceAt),
    }));
  }

  async historyForUser(userId: string, limit: number): Promise<SessionHistoryEntry[]> {
    const mine = await this.m.Member.find({ userId }).lean<MemberDoc[]>();
    const joinedAt = new Map(mine.map((m) => [m.sessionId, m.joinedAt]));
    const sessions = await this.m.Session.find({ _id: { $in: [...joinedAt.keys()] } })
      .sort({ createdAt: -1, order: -1 })
      .limit(limit)
      .lean<SessionDoc[]>();
    const others = await this.m.Member.find({ sessionId: { $in: sessions.map((s) => s._id) }, userId: { $ne: userId } })
      .sort({ joinedAt: 1 })
      .lean<MemberDoc[]>();
    const names = await this.usernames(others.map((o) => o.userId));
    return sessions.map((s) => ({
      session: toSession(s),
      partners: others.filter((o) => o.sessionId === s._id).map((o) => names.get(o.userId) ?? ""),
      joinedAt: new Date(joinedAt.get(s._id) ?? s.createdAt),
    }));
  }
}
