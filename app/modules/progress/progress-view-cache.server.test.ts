import { describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import { recordSubmission } from "~/modules/problems/practice.server";

import { person, seatedSession } from "../../../tests/support/people";
import { loadOwnProgress, loadPublicProfile, saveSharing, saveTimeZone } from "./progress.server";
import { ProgressViewCache } from "./progress-view-cache.server";

const HOUR = 3_600_000;

const submit = (userId: string, slug: string, verdict: string, createdAt = new Date()) =>
  getStore().submissions.create({
    userId,
    problemSlug: slug,
    language: "javascript",
    code: "// code",
    verdict,
    passed: 1,
    total: 1,
    timeMs: 1,
    createdAt,
  });

describe("the reused progress view stays correct", () => {
  it("reuses the view while the stamp and the quarter hour are unchanged", async () => {
    const cache = new ProgressViewCache<{ n: number }>(2);
    let builds = 0;
    const build = async () => ({ n: ++builds });
    const at = new Date("2026-03-01T10:01:00Z");
    expect(await cache.get("u", at, async () => "s1", build)).toEqual({ n: 1 });
    expect(await cache.get("u", new Date("2026-03-01T10:14:59Z"), async () => "s1", build)).toEqual({ n: 1 });
    expect(await cache.get("u", new Date("2026-03-01T10:15:00Z"), async () => "s1", build)).toEqual({ n: 2 });
    expect(await cache.get("u", new Date("2026-03-01T10:15:00Z"), async () => "s2", build)).toEqual({ n: 3 });
    // At most two users kept: the least recently used goes first.
    await cache.get("v", at, async () => "s", build);
    await cache.get("w", at, async () => "s", build);
    expect(await cache.get("u", new Date("2026-03-01T10:15:00Z"), async () => "s2", build)).toEqual({ n: 6 });
  });

  it("shows a new Accepted submission at once", async () => {
    const { user } = await person("ca");
    const before = await loadOwnProgress(user.id);
    expect(before.counts.solved).toBe(0);
    await submit(user.id, "two-sum", "Accepted");
    const after = await loadOwnProgress(user.id);
    expect(after.counts.solved).toBe(1);
    expect(after.streak.current).toBe(1);
    expect(after.heatmap.total).toBe(1);
  });

  it("shows a submission judged through the practice flow at once", async () => {
    const { user } = await person("cj");
    await loadOwnProgress(user.id);
    await recordSubmission(user.id, "two-sum", {
      language: "javascript",
      code: "// code",
      verdict: "Wrong Answer",
      passed: 0,
      total: 3,
      timeMs: 1,
    });
    expect((await loadOwnProgress(user.id)).counts.submissions).toBe(1);
  });

  it("shows a finished session and its pair streak at once", async () => {
    const { user } = await person("cs");
    const { user: partner } = await person("cp");
    const id = await seatedSession(user.id, partner.id);
    expect((await loadOwnProgress(user.id)).pairStreaks).toEqual([]);
    await getStore().sessions.end(id, "host-ended", new Date());
    const view = await loadOwnProgress(user.id);
    expect(view.pairStreaks).toEqual([expect.objectContaining({ current: 1, unit: "week" })]);
    expect(view.streak.practisedToday).toBe(true);
  });

  it("shows a reflection's blocker in the recommendations at once", async () => {
    const { user } = await person("cr");
    const { user: partner } = await person("cq");
    const id = await seatedSession(user.id, partner.id);
    await getStore().sessions.end(id, "host-ended", new Date());
    const before = await loadOwnProgress(user.id);
    expect(before.recommendations.some((r) => r.kind === "blocker")).toBe(false);
    await getStore().progress.saveReflection(
      { sessionId: id, userId: user.id, blocker: "", nextStep: "", kudos: "", blockerTopic: "sliding-window" },
      new Date(),
    );
    const after = await loadOwnProgress(user.id);
    expect(after.recommendations.some((r) => r.kind === "blocker")).toBe(true);
  });

  it("follows a time-zone change and a sharing change at once", async () => {
    const { user } = await person("cz");
    expect((await loadOwnProgress(user.id)).timeZone).toBe("UTC");
    await saveTimeZone(user.id, "Asia/Tokyo", "set");
    expect((await loadOwnProgress(user.id)).timeZone).toBe("Asia/Tokyo");
    expect(await loadPublicProfile(user.username)).toBeNull();
    await saveSharing(user.id, "stats");
    expect(await loadPublicProfile(user.username)).toMatchObject({ sharing: "stats" });
  });

  it("moves to the next day at the user's midnight with nothing new stored", async () => {
    const { user } = await person("cm");
    await saveTimeZone(user.id, "Asia/Kathmandu", "set"); // UTC+5:45: midnight is 18:15 UTC
    const todayThere = new Date(Date.now() + (5 * 60 + 45) * 60_000).toISOString().slice(0, 10);
    // Midnight in Kathmandu at the end of "today" there, as a UTC instant.
    const midnight = new Date(Date.parse(`${todayThere}T00:00:00Z`) + 24 * HOUR - (5 * 60 + 45) * 60_000);
    const justBefore = new Date(midnight.getTime() - 1);
    // Practised at 10:00 Kathmandu time on that day.
    await submit(user.id, "two-sum", "Accepted", new Date(midnight.getTime() - 14 * HOUR));
    const evening = await loadOwnProgress(user.id, justBefore);
    expect(evening.streak).toMatchObject({ today: todayThere, current: 1, practisedToday: true });
    const nextDay = await loadOwnProgress(user.id, midnight);
    expect(nextDay.streak.today).not.toBe(todayThere);
    expect(nextDay.streak).toMatchObject({ current: 1, practisedToday: false });
    // A day later with nothing done, the streak is over.
    const dayAfter = await loadOwnProgress(user.id, new Date(midnight.getTime() + 24 * HOUR));
    expect(dayAfter.streak.current).toBe(0);
  });
});
