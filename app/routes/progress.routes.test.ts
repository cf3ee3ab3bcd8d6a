import { describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import { recordSubmission } from "~/modules/problems/practice.server";
import * as timeZoneRoute from "~/routes/account.time-zone";
import * as progressRoute from "~/routes/progress";
import * as exportRoute from "~/routes/progress.export.$format";
import * as historyRoute from "~/routes/sessions.history.$id";
import * as reflectionRoute from "~/routes/sessions.history.$id.reflection";
import * as profileRoute from "~/routes/u.$username";

import { person, seatedSession } from "../../tests/support/people";
import { formRequest, getRequest, settle, testContext, unwrapData } from "../../tests/support/requests";

const args = (request: Request, params: Record<string, string> = {}) =>
  ({ request, context: testContext(), params }) as never;
const DAY = 86_400_000;

/** What a loader or action returned or threw (thrown `data()` included). */
async function outcome(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    return await fn();
  } catch (thrown) {
    return thrown;
  }
}

async function acceptedOnThreeDays(userId: string) {
  const now = Date.now();
  for (const [i, slug] of ["two-sum", "valid-anagram", "contains-duplicate"].entries()) {
    await getStore().submissions.create({
      userId,
      problemSlug: slug,
      language: "javascript",
      code: "const STORED_CODE = 1;",
      verdict: "Accepted",
      passed: 1,
      total: 1,
      timeMs: 1,
      createdAt: new Date(now - i * DAY),
    });
  }
}

async function endedSession(hostId: string, guestId: string) {
  const id = await seatedSession(hostId, guestId);
  await getStore().sessions.end(id, "host-ended", new Date());
  return id;
}

type ProgressData = Awaited<ReturnType<typeof progressRoute.loader>>;

describe("/progress", () => {
  it("sends anonymous visitors to sign in", async () => {
    const response = (await settle(() => progressRoute.loader(args(getRequest("/progress"))))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toContain("/login");
  });

  it("shows the streak, heatmap, counts and a pair streak from stored data", async () => {
    const { user, cookie } = await person("pr");
    const { user: partner } = await person("pp");
    await acceptedOnThreeDays(user.id);
    await endedSession(user.id, partner.id);
    const data = (await progressRoute.loader(args(getRequest("/progress", cookie)))) as ProgressData;
    const p = data.progress;
    expect(p.streak).toMatchObject({ current: 3, longest: 3, practisedToday: true, freezeHeld: true });
    expect(p.heatmap.activeDays).toBe(3);
    expect(p.counts.solved).toBe(3);
    expect(p.counts.acceptanceRate).toBe(1);
    expect(p.pairStreaks).toEqual([
      expect.objectContaining({ partner: { id: partner.id, username: partner.username }, current: 1 }),
    ]);
    expect(p.recommendations.length).toBeGreaterThan(0);
    expect(p.recommendations.every((r) => r.reason.length > 0)).toBe(true);
    expect(p.sharing).toBe("private");
  });

  it("refuses an unknown sharing choice next to the field, and saves a valid one", async () => {
    const { user, cookie } = await person("ps");
    const bad = unwrapData<{ fieldErrors: Record<string, string[]> }>(
      await progressRoute.action(args(formRequest("/progress", { intent: "sharing", sharing: "everyone" }, cookie))),
    );
    expect(bad.status).toBe(400);
    expect(bad.data.fieldErrors.sharing).toEqual(["Choose who sees your profile"]);
    const ok = (await progressRoute.action(
      args(formRequest("/progress", { intent: "sharing", sharing: "stats" }, cookie)),
    )) as Response;
    expect(ok.status).toBe(302);
    expect((await getStore().progress.settings(user.id)).sharing).toBe("stats");
  });
});

describe("/u/:username", () => {
  const load = (username: string) =>
    outcome(() => profileRoute.loader(args(getRequest(`/u/${username}`), { username })));

  it("answers unknown and private profiles with the same 404", async () => {
    const { user } = await person("pu");
    const unknown = unwrapData<string>(await load("no-such-person"));
    const hidden = unwrapData<string>(await load(user.username));
    expect(unknown.status).toBe(404);
    expect(hidden).toEqual(unknown);
  });

  it("shows only what the user shares: numbers, then recent activity without partners", async () => {
    const { user } = await person("pv");
    const { user: partner } = await person("pw");
    await acceptedOnThreeDays(user.id);
    await endedSession(user.id, partner.id);
    await getStore().progress.setSharing(user.id, "stats");
    const stats = unwrapData<Awaited<ReturnType<typeof profileRoute.loader>>>(await load(user.username.toUpperCase()));
    expect(stats.status).toBe(200);
    expect(stats.data).toMatchObject({ username: user.username, streak: { current: 3 }, recent: null });
    expect(JSON.stringify(stats.data)).not.toContain(partner.username);

    await getStore().progress.setSharing(user.id, "full");
    const full = unwrapData<Awaited<ReturnType<typeof profileRoute.loader>>>(await load(user.username));
    expect(full.data.recent?.length).toBeGreaterThan(0);
    expect(JSON.stringify(full.data)).not.toContain(partner.username);
  });
});

describe("/account/time-zone", () => {
  const post = (fields: Record<string, string>, cookie: string) =>
    timeZoneRoute.action(args(formRequest("/account/time-zone", fields, cookie)));

  it("takes the browser's zone once, then only a choice changes it", async () => {
    const { user, cookie } = await person("tz");
    expect(await timeZoneRoute.loader(args(getRequest("/account/time-zone", cookie)))).toEqual({ timeZone: null });
    await post({ intent: "detect", timeZone: "Europe/Paris" }, cookie);
    await post({ intent: "detect", timeZone: "Asia/Tokyo" }, cookie);
    expect(await timeZoneRoute.loader(args(getRequest("/account/time-zone", cookie)))).toEqual({
      timeZone: "Europe/Paris",
    });
    expect(await post({ intent: "set", timeZone: "Asia/Tokyo" }, cookie)).toEqual({
      timeZone: "Asia/Tokyo",
      saved: true,
    });
    expect((await getStore().progress.settings(user.id)).timeZones.map((z) => z.timeZone)).toEqual([
      "Europe/Paris",
      "Asia/Tokyo",
    ]);
  });

  it("refuses an unknown zone with a 400 next to the field", async () => {
    const { cookie } = await person("tx");
    const result = unwrapData<{ fieldErrors: Record<string, string[]> }>(
      await post({ intent: "set", timeZone: "Mars/Olympus_Mons" }, cookie),
    );
    expect(result.status).toBe(400);
    expect(result.data.fieldErrors.timeZone).toEqual(["Unknown time zone"]);
  });

  it("needs a signed-in user", async () => {
    const response = (await settle(() =>
      timeZoneRoute.action(args(formRequest("/account/time-zone", { intent: "set", timeZone: "UTC" }))),
    )) as Response;
    expect(response.status).toBe(302);
  });
});

describe("/progress/export/:format", () => {
  const exportAs = (format: string, cookie?: string) =>
    outcome(() => exportRoute.loader(args(getRequest(`/progress/export/${format}`, cookie), { format })));

  it("downloads the user's own analytics as CSV and JSON", async () => {
    const { user, cookie } = await person("ex");
    await acceptedOnThreeDays(user.id);
    const csv = (await exportAs("csv", cookie)) as Response;
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("Cache-Control")).toBe("private, no-store");
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((l) => l.includes(",1,") && !l.includes("STORED_CODE"))).toBe(true);
    const jsonResponse = (await exportAs("json", cookie)) as Response;
    const json = (await jsonResponse.json()) as { username: string; problems: unknown[] };
    expect(json.username).toBe(user.username);
    expect(json.problems).toHaveLength(3);
  });

  it("is guarded and knows only csv and json", async () => {
    expect(((await exportAs("csv")) as Response).status).toBe(302);
    const { cookie } = await person("ey");
    expect(unwrapData(await exportAs("xml", cookie)).status).toBe(404);
  });
});

describe("reflections after a session", () => {
  const reflect = (id: string, fields: Record<string, string>, cookie: string) =>
    outcome(() =>
      reflectionRoute.action(args(formRequest(`/sessions/history/${id}/reflection`, fields, cookie), { id })),
    );

  it("saves a member's reflection, shows it in the history and uses its topic for recommendations", async () => {
    const { user: host, cookie } = await person("rh");
    const { user: guest } = await person("rg");
    const id = await endedSession(host.id, guest.id);
    const fields = {
      blocker: "Keeping the stack in order",
      nextStep: "Draw it first",
      kudos: "Great hints",
      blockerTopic: "stack",
    };
    expect(await reflect(id, fields, cookie)).toEqual({ saved: true, values: fields });
    const record = (await historyRoute.loader(args(getRequest(`/sessions/history/${id}`, cookie), { id }))) as Awaited<
      ReturnType<typeof historyRoute.loader>
    >;
    expect(record.aftercare.reflection).toMatchObject({ blocker: "Keeping the stack in order", blockerTopic: "stack" });
    expect(record.aftercare.pairStreaks).toEqual([{ partner: guest.username, current: 1, longest: 1, unit: "week" }]);
    const data = (await progressRoute.loader(args(getRequest("/progress", cookie)))) as ProgressData;
    expect(data.progress.recommendations[0]).toMatchObject({ kind: "blocker", reason: "you named stack as a blocker" });
  });

  it("refuses an empty or too long reflection with 400 and keeps what was typed", async () => {
    const { user: host, cookie } = await person("rj");
    const { user: guest } = await person("rk");
    const id = await endedSession(host.id, guest.id);
    const empty = unwrapData<{ fieldErrors: Record<string, string[]> }>(await reflect(id, { blocker: " " }, cookie));
    expect(empty.status).toBe(400);
    expect(empty.data.fieldErrors.blocker).toEqual(["Write at least one line"]);
    const long = unwrapData<{ fieldErrors: Record<string, string[]>; values: Record<string, string> }>(
      await reflect(id, { kudos: "k".repeat(281) }, cookie),
    );
    expect(long.status).toBe(400);
    expect(long.data.fieldErrors.kudos?.[0]).toContain("at most 280");
    expect(long.data.values.kudos).toHaveLength(281);
  });

  it("answers 404 to anyone who did not sit in the session", async () => {
    const { user: host } = await person("rl");
    const { user: guest } = await person("rm");
    const { cookie: stranger } = await person("rn");
    const id = await endedSession(host.id, guest.id);
    expect(unwrapData(await reflect(id, { blocker: "x" }, stranger)).status).toBe(404);
  });
});

describe("both solved", () => {
  it("says so once in the room's chat when the second partner gets Accepted", async () => {
    const { user: host } = await person("bh");
    const { user: guest } = await person("bg");
    const id = await seatedSession(host.id, guest.id);
    const verdict = (v: string) => ({
      language: "javascript" as const,
      code: "x",
      verdict: v,
      passed: 1,
      total: 1,
      timeMs: 1,
    });
    await recordSubmission(host.id, "two-sum", verdict("Accepted"), id);
    await recordSubmission(guest.id, "two-sum", verdict("Wrong Answer"), id);
    const lines = async () => (await getStore().chat.listAfter(id, 0, 100)).filter((m) => m.body.startsWith("🎉"));
    expect(await lines()).toEqual([]);
    await recordSubmission(guest.id, "two-sum", verdict("Accepted"), id);
    await recordSubmission(host.id, "two-sum", verdict("Accepted"), id);
    const said = await lines();
    expect(said).toHaveLength(1);
    expect(said[0]!.body).toBe(`🎉 Both solved it: ${host.username} and ${guest.username} got Accepted.`);
  });
});
