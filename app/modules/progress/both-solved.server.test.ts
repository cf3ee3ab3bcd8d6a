import { describe, expect, it } from "vitest";

import type { Submission } from "~/storage/store.server";

import { completesBothSolved } from "./both-solved.server";

const sub = (id: string, userId: string, verdict: string): Submission => ({
  id,
  userId,
  verdict,
  problemSlug: "two-sum",
  language: "javascript",
  code: "",
  passed: 0,
  total: 1,
  timeMs: 1,
  sessionId: "s",
  createdAt: new Date(),
});

describe("both solved", () => {
  it("fires on the second person's first Accepted, and only then", () => {
    const subs = [
      sub("1", "a", "Accepted"),
      sub("2", "b", "Wrong Answer"),
      sub("3", "b", "Accepted"),
      sub("4", "a", "Accepted"),
      sub("5", "b", "Accepted"),
    ];
    expect(subs.map((s) => completesBothSolved(subs, s.id))).toEqual([false, false, true, false, false]);
  });

  it("does not fire for one person solving twice", () => {
    const subs = [sub("1", "a", "Accepted"), sub("2", "a", "Accepted")];
    expect(completesBothSolved(subs, "2")).toBe(false);
  });
});
