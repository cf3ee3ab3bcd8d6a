import { describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import { loadOwnProgress, roomProgressFor } from "~/modules/progress/progress.server";
import { sessionAftercare } from "~/modules/progress/session-aftercare.server";
import * as partnersRoute from "~/routes/partners";

import { person, seatedSession } from "../../tests/support/people";
import { formRequest, getRequest, settle, testContext, unwrapData } from "../../tests/support/requests";

const args = (request: Request) => ({ request, context: testContext(), params: {} }) as never;
type PartnersData = Awaited<ReturnType<typeof partnersRoute.loader>>;
type Failure = { fieldErrors: Record<string, string[]>; values?: Record<string, string> };

/** Two people who finished a session and saved each other as partners. */
async function pair() {
  const a = await person("sa");
  const b = await person("sb");
  const sessionId = await seatedSession(a.user.id, b.user.id);
  await getStore().sessions.end(sessionId, "host-ended", new Date());
  await getStore().partners.add(a.user.id, b.user.id, new Date());
  await getStore().partners.add(b.user.id, a.user.id, new Date());
  return { a, b, sessionId };
}

const choose = (cookie: string, fields: Record<string, string>) =>
  settle(() =>
    partnersRoute.action(args(formRequest("/partners", { intent: "streak-unit", timeZone: "UTC", ...fields }, cookie))),
  );

const partnerList = async (cookie: string) =>
  (await partnersRoute.loader(args(getRequest("/partners", cookie)))) as PartnersData;

describe("the pair's streak choice on the partner list", () => {
  it("is weeks until either partner picks days, then days in the chooser's zone for both, everywhere", async () => {
    const { a, b, sessionId } = await pair();
    expect((await partnerList(a.cookie)).partners[0]!.streak).toMatchObject({ unit: "week", current: 1 });

    const saved = (await choose(b.cookie, { partnerId: a.user.id, unit: "day", timeZone: "Asia/Tokyo" })) as Response;
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe("/partners");

    // The same for both partners: stored once for the pair.
    for (const cookie of [a.cookie, b.cookie]) {
      expect((await partnerList(cookie)).partners[0]!.streak).toMatchObject({
        unit: "day",
        timeZone: "Asia/Tokyo",
        current: 1,
      });
    }
    // The progress page, the record after the session and the room show days too.
    const progress = await loadOwnProgress(a.user.id);
    expect(progress.pairStreaks[0]).toMatchObject({ unit: "day", timeZone: "Asia/Tokyo", current: 1 });
    expect((await sessionAftercare(a.user.id, sessionId)).pairStreaks[0]).toMatchObject({ unit: "day", current: 1 });
    const session = (await getStore().sessions.findById(sessionId))!;
    expect((await roomProgressFor(b.user.id, session, [])).streak).toMatchObject({ unit: "day", current: 1 });

    // The other partner is told.
    const toA = await getStore().notifications.listForUser(a.user.id, 20);
    expect(toA.find((n) => n.type === "pair-streak")).toMatchObject({
      title: `${b.user.username} now counts your pair streak in days`,
      link: "/partners",
    });
    expect((await getStore().notifications.listForUser(b.user.id, 20)).some((n) => n.type === "pair-streak")).toBe(
      false,
    );

    // Either may change it back; weeks keep UTC whatever zone the form sends.
    expect(((await choose(a.cookie, { partnerId: b.user.id, unit: "week" })) as Response).status).toBe(302);
    expect((await partnerList(b.cookie)).partners[0]!.streak).toMatchObject({ unit: "week", timeZone: "UTC" });
    const toB = await getStore().notifications.listForUser(b.user.id, 20);
    expect(toB.find((n) => n.type === "pair-streak")?.title).toContain("in weeks");
  });

  it("refuses an unknown unit with a 400 next to the field and keeps the choice", async () => {
    const { a, b } = await pair();
    const { status, data } = unwrapData<Failure>(await choose(a.cookie, { partnerId: b.user.id, unit: "months" }));
    expect(status).toBe(400);
    expect(data.fieldErrors.unit).toEqual(["Choose weeks or days"]);
    expect(data.values?.unit).toBe("months");
    expect(await getStore().pairStreaks.setting(a.user.id, b.user.id)).toBeNull();
  });

  it("lets only a member of the pair change it", async () => {
    const { a, b } = await pair();
    const stranger = await person("sx");
    const { status, data } = unwrapData<Failure>(await choose(stranger.cookie, { partnerId: b.user.id, unit: "day" }));
    expect(status).toBe(400);
    expect(data.fieldErrors.partner).toEqual(["Choose one of your practice partners"]);
    expect(await getStore().pairStreaks.setting(stranger.user.id, b.user.id)).toBeNull();
    expect(await getStore().pairStreaks.setting(a.user.id, b.user.id)).toBeNull();
    const anonymous = (await choose("", { partnerId: b.user.id, unit: "day" })) as Response;
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toContain("/login");
  });
});
