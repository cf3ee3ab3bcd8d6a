import { describe, expect, it } from "vitest";

import type { ChatMessageDto } from "~/modules/chat/chat-contract";
import { lastStoredSeq, markFailed, mergeMessages, pendingEntry, UNSENT_SEQ } from "~/modules/chat/chat-merge";

const me = { id: "u-me", username: "ann" };
const stored = (seq: number, authorId: string | null, clientId: string, body = `m${seq}`): ChatMessageDto => ({
  id: `id-${seq}`,
  seq,
  clientId,
  kind: authorId ? "user" : "system",
  authorId,
  authorName: authorId === me.id ? me.username : authorId ? "bob" : null,
  body,
  createdAt: new Date(1_700_000_000_000 + seq).toISOString(),
});

describe("chat merge", () => {
  it("orders by the server's seq whatever order messages arrive in", () => {
    const merged = mergeMessages([], [stored(3, "u-b", "c3"), stored(1, "u-b", "c1"), stored(2, null, "s2")], me.id);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it("replaces our pending message with the stored one, and a second copy is not doubled", () => {
    const pending = [pendingEntry("c1", "hello", me, new Date())];
    expect(pending[0]).toMatchObject({ pending: true, mine: true, seq: UNSENT_SEQ });
    const once = mergeMessages(pending, [stored(5, me.id, "c1", "hello")], me.id);
    const twice = mergeMessages(once, [stored(5, me.id, "c1", "hello")], me.id);
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatchObject({ seq: 5, mine: true });
    expect(twice[0]?.pending).toBeUndefined();
  });

  it("keys messages by author id, so two people's equal clientIds stay two messages", () => {
    const merged = mergeMessages([], [stored(1, me.id, "same"), stored(2, "u-b", "same")], me.id);
    expect(merged.map((m) => [m.seq, m.mine])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it("keeps a renamed author's messages as theirs (ids, not names)", () => {
    const renamed = { ...stored(1, me.id, "c1"), authorName: "ann-renamed" };
    expect(mergeMessages([], [renamed], me.id)[0]?.mine).toBe(true);
  });

  it("asks for history after the last stored seq, never after a pending one", () => {
    const list = mergeMessages([pendingEntry("p", "x", me, new Date())], [stored(7, "u-b", "c7")], me.id);
    expect(lastStoredSeq(list)).toBe(7);
    expect(lastStoredSeq([])).toBe(0);
  });

  it("marks only our own refused message as failed", () => {
    const list = mergeMessages([pendingEntry("c9", "x", me, new Date())], [stored(1, "u-b", "c9")], me.id);
    const failed = markFailed(list, "c9", "Too many messages");
    expect(failed.find((m) => m.mine)).toMatchObject({ failed: "Too many messages", pending: false });
    expect(failed.find((m) => !m.mine)?.failed).toBeUndefined();
  });

  it("returns the same list when nothing arrives (no re-render)", () => {
    const list = [pendingEntry("c1", "x", me, new Date())];
    expect(mergeMessages(list, [], me.id)).toBe(list);
  });
});
