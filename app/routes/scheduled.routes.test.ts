import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";

import { person } from "../../tests/support/people";
import { formRequest, getRequest, settle, testContext, unwrapData } from "../../tests/support/requests";
import * as notificationsPage from "./notifications";
import * as scheduledIndex from "./scheduled._index";
import * as scheduledPage from "./scheduled.$id";
import * as calendar from "./scheduled.$id.calendar[.]ics";

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString().slice(0, 16);

async function schedule(cookie: string, fields: Record<string, string> = {}) {
  const response = await settle(() =>
    scheduledIndex.action({
      request: formRequest(
        "/scheduled",
        { problem: "two-sum", visibility: "public", startsAt: inAnHour(), timeZone: "UTC", duration: "45", ...fields },
        cookie,
      ),
      context: testContext(),
    } as never),
  );
  return response;
}

describe("scheduling routes", () => {
  it("schedules from the wall time in the reader's zone and redirects to the new page", async () => {
    const host = await person("sr");
    // India has no daylight saving: 19:00 there is always 13:30 UTC.
    const day = new Date(Date.now() + 30 * 24 * 3_600_000).toISOString().slice(0, 10);
    const response = (await schedule(host.cookie, { startsAt: `${day}T19:00`, timeZone: "Asia/Kolkata" })) as Response;
    expect(response.status).toBe(302);
    const id = response.headers.get("Location")!.split("/").pop()!;
    expect((await getStore().scheduled.findById(id))?.startsAt.toISOString()).toBe(`${day}T13:30:00.000Z`);
  });

  it("answers bad input with 400 next to the field, keeping what was typed", async () => {
    const host = await person("sb");
    const result = unwrapData<{ fieldErrors: Record<string, string[]>; values: Record<string, string> }>(
      await schedule(host.cookie, { startsAt: "soon", problem: "Two Sum" }),
    );
    expect(result.status).toBe(400);
    expect(result.data.fieldErrors.startsAt?.[0]).toMatch(/date and time/);
    expect(result.data.values.problem).toBe("Two Sum");
    const past = unwrapData<{ fieldErrors: Record<string, string[]> }>(
      await schedule(host.cookie, { startsAt: "2020-01-01T10:00" }),
    );
    expect(past.status).toBe(400);
    expect(past.data.fieldErrors.startsAt?.[0]).toMatch(/future/);
  });

  it("shows a private scheduled session only to its members; the calendar file too", async () => {
    const host = await person("sp");
    const stranger = await person("ss");
    const response = (await schedule(host.cookie, { visibility: "private", password: "open sesame" })) as Response;
    const id = response.headers.get("Location")!.split("/").pop()!;
    const load = (cookie: string) =>
      scheduledPage.loader({
        request: getRequest(`/scheduled/${id}`, cookie),
        params: { id },
        context: testContext(),
      } as never);
    const asStranger = await load(stranger.cookie);
    expect(asStranger).toEqual({ kind: "locked", id, full: false, cancelled: false });
    expect(JSON.stringify(asStranger)).not.toContain(host.user.username);
    const asHost = await load(host.cookie);
    expect(asHost).toMatchObject({ kind: "member", role: "host" });
    expect(JSON.stringify(asHost)).not.toMatch(/\$2[aby]\$/);

    const ics = (cookie: string) =>
      settle(() =>
        calendar.loader({
          request: getRequest(`/scheduled/${id}/calendar.ics`, cookie),
          params: { id },
          context: testContext(),
        } as never),
      );
    await expect(ics(stranger.cookie)).rejects.toMatchObject({ init: { status: 404 } });
    const file = (await ics(host.cookie)) as Response;
    expect(file.headers.get("Content-Type")).toMatch(/^text\/calendar/);
    const event = new ICAL.Component(ICAL.parse(await file.text())).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("uid")).toBe(`${id}@peerprep`);
    expect(String(event.getFirstPropertyValue("url"))).toMatch(new RegExp(`/scheduled/${id}$`));

    // The right password reserves the seat: then the stranger is a member.
    const wrong = await settle(() =>
      scheduledPage.action({
        request: formRequest(`/scheduled/${id}`, { intent: "reserve", password: "nope" }, stranger.cookie),
        params: { id },
        context: testContext(),
      } as never),
    );
    expect(unwrapData(wrong).status).toBe(403);
    const right = (await settle(() =>
      scheduledPage.action({
        request: formRequest(`/scheduled/${id}`, { intent: "reserve", password: "open sesame" }, stranger.cookie),
        params: { id },
        context: testContext(),
      } as never),
    )) as Response;
    expect(right.status).toBe(302);
    expect(await load(stranger.cookie)).toMatchObject({ kind: "member", role: "guest" });
  });

  it("the notifications page lists only the reader's own and marks one read by form", async () => {
    const me = await person("np");
    const other = await person("nq");
    const { notify } = await import("~/modules/notifications/notifications.server");
    const mine = await notify({
      userId: me.user.id,
      type: "invitation",
      title: "for me",
      body: "b",
      link: null,
      dedupeKey: "p1",
    });
    const theirs = await notify({
      userId: other.user.id,
      type: "invitation",
      title: "not mine",
      body: "b",
      link: null,
      dedupeKey: "p2",
    });
    const page = unwrapData<{ items: Array<{ title: string }>; unread: number }>(
      await notificationsPage.loader({
        request: getRequest("/notifications", me.cookie),
        context: testContext(),
      } as never),
    );
    expect(page.data.items.map((n) => n.title)).toEqual(["for me"]);
    const post = (id: string) =>
      settle(() =>
        notificationsPage.action({
          request: formRequest("/notifications", { intent: "read", id }, me.cookie),
          context: testContext(),
        } as never),
      );
    await post(theirs.id);
    expect(await getStore().notifications.countUnread(other.user.id)).toBe(1);
    expect(((await post(mine.id)) as Response).status).toBe(302);
    expect(await getStore().notifications.countUnread(me.user.id)).toBe(0);
  });
});
