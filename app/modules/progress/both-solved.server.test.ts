import { describe, expect, it } from "vitest";

import type { Submission } from "~/storage/store.server";

import { bothSolved, completesBothSolved } from "./both-solved.server";

const sub = (id: string, userId: string, verdict: string, problemSlug = "two-sum"): Submission => ({
  id,
  userId,
  verdict,
  problemSlug,
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

  it("counts each problem of a session on its own (a session can change problem)", () => {
    const subs = [
      sub("1", "a", "Accepted", "two-sum"),
      sub("2", "b", "Accepted", "valid-parentheses"),
      sub("3", "a", "Accepted", "valid-parentheses"),
      sub("4", "b", "Accepted", "two-sum"),
    ];
    expect(subs.map((s) => completesBothSolved(subs, s.id))).toEqual([false, false, true, true]);
    expect(bothSolved({ id: "s", problemSlug: "climbing-stairs" }, subs)).toBe(false);
    expect(bothSolved({ id: "s", problemSlug: "two-sum" }, subs.slice(0, 3))).toBe(false);
    expect(bothSolved({ id: "s", problemSlug: "valid-parentheses" }, subs.slice(0, 3))).toBe(true);
  });
});
