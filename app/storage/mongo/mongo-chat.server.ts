import crypto from "node:crypto";

import type { ChatMessage, ChatStore, NewChatMessage } from "../store.server";
import type { MessageDoc, Models, SessionDoc, UserDoc } from "./models.server";
import { isDuplicateKey } from "./mongo-errors.server";

export class MongoChatStore implements ChatStore {
  constructor(private readonly m: Models) {}

  private async withAuthors(docs: MessageDoc[]): Promise<ChatMessage[]> {
    const ids = [...new Set(docs.flatMap((d) => (d.authorId ? [d.authorId] : [])))];
    const users = ids.length
      ? await this.m.User.find({ _id: { $in: ids } }, { username: 1 }).lean<Array<Pick<UserDoc, "_id" | "username">>>()
      : [];
    const names = new Map(users.map((u) => [u._id, u.username]));
    return docs.map((d) => ({
      id: d._id,
      sessionId: d.sessionId,
      seq: d.seq,
      authorId: d.authorId,
      authorName: d.authorId ? (names.get(d.authorId) ?? null) : null,
      clientId: d.clientId,
      kind: d.kind,
      body: d.body,
      createdAt: new Date(d.createdAt),
    }));
  }

  private async existing(input: NewChatMessage): Promise<ChatMessage | null> {
    const doc = await this.m.Message.findOne({
      sessionId: input.sessionId,
      authorId: input.authorId,
      clientId: input.clientId,
    }).lean<MessageDoc>();
    return doc ? ((await this.withAuthors([doc]))[0] ?? null) : null;
  }

  /**
   * Idempotent on (session, author, clientId): a retry gets the stored message back. The
   * seq comes from one atomic `$inc` on the session, so it never repeats.
   */
  async append(input: NewChatMessage): Promise<{ message: ChatMessage; created: boolean }> {
    const before = await this.existing(input);
    if (before) return { message: before, created: false };
    const session = await this.m.Session.findOneAndUpdate(
      { _id: input.sessionId },
      { $inc: { chatSeq: 1 } },
      { returnDocument: "after", projection: { chatSeq: 1 } },
    ).lean<Pick<SessionDoc, "_id" | "chatSeq">>();
    if (!session) throw new Error(`no session ${input.sessionId}`);
    const doc: MessageDoc = {
      _id: crypto.randomUUID(),
      sessionId: input.sessionId,
      seq: session.chatSeq,
      authorId: input.authorId,
      clientId: input.clientId,
      kind: input.kind,
      body: input.body,
      createdAt: new Date(),
    };
    try {
      await this.m.Message.create(doc);
    } catch (error) {
      // The same message raced in from a retry: the first one stored is the message.
      if (isDuplicateKey(error)) {
        const raced = await this.existing(input);
        if (raced) return { message: raced, created: false };
      }
      throw error;
    }
    const [message] = await this.withAuthors([doc]);
    return { message: message!, created: true };
  }

  async listAfter(sessionId: string, afterSeq: number, limit: number): Promise<ChatMessage[]> {
    const docs = await this.m.Message.find({ sessionId, seq: { $gt: afterSeq } })
      .sort({ seq: 1 })
      .limit(limit)
      .lean<MessageDoc[]>();
    return this.withAuthors(docs);
  }
}
