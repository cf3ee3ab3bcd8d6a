import ICAL from "ical.js";

import { expect, newPerson, signUp, test } from "./fixtures";

/**
 * A scheduled session between two people in two browsers: the reminder reaches both, the
 * calendar file parses, and when the partner does not come the host is offered quick match.
 * The scheduler's clock is moved with the test-only trigger (SCHEDULING_TEST_TRIGGER, set in
 * playwright.config.ts), never by waiting twenty minutes.
 */

// The reader's own zone: the wall time typed in the form is read in it.
test.use({ timezoneId: "Asia/Kolkata" });

test("a scheduled session reminds both, exports a calendar file and handles a no-show", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const host = await signUp(page);
  await page.goto("/scheduled");
  // Chromium names the zone by its older alias.
  await expect(page.getByTestId("time-zone")).toContainText(/Asia\/(Kolkata|Calcutta)/);
  // Fifteen minutes from now, as the browser's clock shows it in its zone: far enough that the
  // server's own 30-second tick does not send the reminder before the test moves the clock.
  const { wall, instant } = await page.evaluate(() => {
    const d = new Date(Date.now() + 15 * 60_000);
    d.setSeconds(0, 0);
    const pad = (n: number) => String(n).padStart(2, "0");
    return {
      wall: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`,
      instant: d.toISOString(),
    };
  });
  await page.getByLabel("Problem").fill("two-sum");
  await page.getByLabel("Starts at").fill(wall);
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page).toHaveURL(/\/scheduled\/[\w-]{22}$/);
  const id = page.url().split("/").pop()!;

  // The partner finds it under Upcoming in the lobby and reserves the seat.
  const partner = await newPerson(browser, baseURL);
  const guest = await signUp(partner.page);
  await partner.page.goto("/sessions");
  const row = partner.page.getByTestId("upcoming-session").filter({ hasText: host.username });
  await row.getByRole("link", { name: "Reserve the seat" }).click();
  await partner.page.getByTestId("reserve-seat").click();
  await expect(partner.page.getByTestId("scheduled-session")).toContainText(`with ${guest.username}`);
  await partner.page.goto("/sessions");
  await page.reload();
  // Both centres are connected (their first list arrived) before the clock moves.
  for (const p of [page, partner.page])
    await expect(p.getByTestId("notification-centre")).toHaveAttribute("data-live", "true");

  // Under ten minutes before the start: the reminder, live, for both.
  const tick = async (minutes: number) => {
    const response = await page.request.post("/api/test/scheduling-tick", { form: { minutes: String(minutes) } });
    expect(response.status()).toBe(200);
  };
  await tick(5.5);
  for (const p of [page, partner.page])
    await expect(
      p.locator("[data-sonner-toast]").filter({ hasText: "Your session starts in 10 minutes" }),
    ).toBeVisible();
  await expect(partner.page.getByTestId("notification-count")).toHaveText(/\d+/);

  // The calendar file: same UID, the start, the link; parsed as a calendar would.
  const ics = await page.request.get(`/scheduled/${id}/calendar.ics`);
  expect(ics.headers()["content-type"]).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
  const event = calendar.getFirstSubcomponent("vevent")!;
  expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
  expect(event.getFirstPropertyValue("uid")).toBe(`${id}@peerprep`);
  expect(event.getFirstPropertyValue("sequence")).toBe(0);
  expect((event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe(instant);
  expect(String(event.getFirstPropertyValue("url"))).toMatch(new RegExp(`/scheduled/${id}$`));
  expect(String(event.getFirstPropertyValue("summary"))).toContain("Two Sum");
  // The partner's own download is allowed; a stranger's is not.
  expect((await partner.page.request.get(`/scheduled/${id}/calendar.ics`)).status()).toBe(200);

  // The start: the room opens for the host. The partner never comes.
  await tick(15.5);
  await expect(
    partner.page.locator("[data-sonner-toast]").filter({ hasText: "Your scheduled session is open" }),
  ).toBeVisible();
  await tick(26);
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Your partner did not show up" })).toBeVisible();
  await page.goto(`/scheduled/${id}`);
  const offer = page.getByTestId("no-show");
  await expect(offer).toContainText(`${guest.username} did not show up`);
  await expect(offer.getByTestId("no-show-quick-match")).toHaveAttribute("href", "/match");
  await expect(offer.getByRole("link", { name: "Practise solo" })).toHaveAttribute("href", "/problems/two-sum");
  // The history of scheduled sessions records it.
  await page.goto("/scheduled");
  await expect(page.getByTestId("no-shows")).toContainText(`${guest.username} did not come`);

  await partner.context.close();
});
