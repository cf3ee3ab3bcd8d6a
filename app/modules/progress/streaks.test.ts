import { describe, expect, it } from "vitest";

import { dayKeyIn, weekOf } from "./day-keys";
import { computeStreaks, zoneAt, type ZoneSpan } from "./streaks";

const at = (iso: string) => new Date(iso);
const zone = (timeZone: string, from = "1970-01-01T00:00:00Z"): ZoneSpan => ({ timeZone, from: at(from) });

function streaksOf(moments: string[], zones: ZoneSpan[], now: string) {
  return computeStreaks({ moments: moments.map(at), zones, fallbackZone: "UTC", now: at(now) });
}

describe("day keys", () => {
  it("uses the zone's calendar date and Monday weeks", () => {
    expect(dayKeyIn(at("2026-01-05T23:30:00Z"), "UTC")).toBe("2026-01-05");
    expect(dayKeyIn(at("2026-01-05T23:30:00Z"), "Europe/Berlin")).toBe("2026-01-06");
    expect(weekOf("2026-01-11")).toBe("2026-01-05"); // Sunday belongs to the week that began on Monday
    expect(weekOf("2026-01-12")).toBe("2026-01-12");
  });
});

describe("streaks at midnight", () => {
  it("splits 23:59 and 00:01 local into two days, where UTC would see one", () => {
    const moments = ["2026-01-05T22:59:00Z", "2026-01-05T23:01:00Z"];
    const berlin = streaksOf(moments, [zone("Europe/Berlin")], "2026-01-06T12:00:00Z");
    expect([...berlin.days.keys()]).toEqual(["2026-01-05", "2026-01-06"]);
    expect(berlin.current).toBe(2);
    const utc = streaksOf(moments, [], "2026-01-06T12:00:00Z");
    expect(utc.current).toBe(1);
  });

  it("does not break on a day that is not over yet, and breaks once it is", () => {
    const moments = ["2026-01-05T10:00:00Z", "2026-01-06T10:00:00Z"];
    expect(streaksOf(moments, [], "2026-01-07T23:59:00Z")).toMatchObject({ current: 2, practisedToday: false });
    expect(streaksOf(moments, [], "2026-01-08T00:00:30Z")).toMatchObject({ current: 0, longest: 2 });
  });
});

describe("streaks across DST changes", () => {
  it("spring forward (New York, 8 March 2026): the 23-hour day is one day", () => {
    const moments = [
      "2026-03-08T04:30:00Z", // 7 March 23:30 EST
      "2026-03-09T03:30:00Z", // 8 March 23:30 EDT
      "2026-03-09T04:15:00Z", // 9 March 00:15 EDT
    ];
    const s = streaksOf(moments, [zone("America/New_York")], "2026-03-09T16:00:00Z");
    expect([...s.days.keys()]).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
    expect(s.current).toBe(3);
  });

  it("fall back (New York, 1 November 2026): 01:30 twice and 23:30 stay on the same day", () => {
    const moments = [
      "2026-11-01T03:59:00Z", // 31 October 23:59 EDT
      "2026-11-01T05:30:00Z", // 1 November 01:30 EDT
      "2026-11-01T06:30:00Z", // 1 November 01:30 EST
      "2026-11-02T04:30:00Z", // 1 November 23:30 EST
    ];
    const s = streaksOf(moments, [zone("America/New_York")], "2026-11-02T12:00:00Z");
    expect(Object.fromEntries(s.days)).toEqual({ "2026-10-31": 1, "2026-11-01": 3 });
    expect(s.current).toBe(2);
  });
});

describe("streaks while travelling", () => {
  const newYorkThenTokyo = [zone("America/New_York"), zone("Asia/Tokyo", "2026-01-11T15:00:00Z")];

  it("keeps each moment in the zone in effect then", () => {
    const moments = [
      "2026-01-11T03:00:00Z", // 10 January 22:00 in New York
      "2026-01-11T13:00:00Z", // 11 January 08:00 in New York, before the flight
      "2026-01-12T01:00:00Z", // 12 January 10:00 in Tokyo
    ];
    const s = streaksOf(moments, newYorkThenTokyo, "2026-01-12T02:00:00Z");
    expect([...s.days.keys()]).toEqual(["2026-01-10", "2026-01-11", "2026-01-12"]);
    expect(s.current).toBe(3);
    // Read in Tokyo time alone, the first two would fall on the 11th and 11th.
    const tokyoOnly = streaksOf(moments, [zone("Asia/Tokyo")], "2026-01-12T02:00:00Z");
    expect([...tokyoOnly.days.keys()]).toEqual(["2026-01-11", "2026-01-12"]);
  });

  it("picks the zone in effect at an instant", () => {
    expect(zoneAt(newYorkThenTokyo, at("2026-01-11T14:59:59Z"), "UTC")).toBe("America/New_York");
    expect(zoneAt(newYorkThenTokyo, at("2026-01-11T15:00:00Z"), "UTC")).toBe("Asia/Tokyo");
    expect(zoneAt([], at("2026-01-11T15:00:00Z"), "UTC")).toBe("UTC");
  });

  it("does not count a date the user never lived (a jump east across the date line) as missed", () => {
    const zones = [zone("Etc/GMT+12"), zone("Pacific/Kiritimati", "2026-01-11T11:00:00Z")];
    // 10 January 20:00 at UTC-12, then 12 January 02:00 at UTC+14: the 11th never happened.
    const s = streaksOf(["2026-01-11T08:00:00Z", "2026-01-11T12:00:00Z"], zones, "2026-01-11T12:30:00Z");
    expect([...s.days.keys()]).toEqual(["2026-01-10", "2026-01-12"]);
    expect(s.current).toBe(2);
    expect(s.frozenDays).toEqual([]);
  });
});

describe("freezes", () => {
  // 5 January 2026 is a Monday.
  const day = (d: number) => `2026-01-${String(d).padStart(2, "0")}T12:00:00Z`;

  it("three days in a week earn a freeze that covers one missed day", () => {
    const s = streaksOf([day(5), day(6), day(7), day(9)], [], day(9));
    expect(s.current).toBe(4);
    expect(s.frozenDays).toEqual(["2026-01-08"]);
    expect(s.freezeHeld).toBe(false);
  });

  it("two days in a week earn nothing: a miss breaks the streak", () => {
    const s = streaksOf([day(5), day(6), day(8)], [], day(8));
    expect(s.current).toBe(1);
    expect(s.longest).toBe(2);
  });

  it("one freeze covers one day: two missed days in a row break the streak", () => {
    const s = streaksOf([day(5), day(6), day(7), day(10)], [], day(10));
    expect(s.current).toBe(1);
    expect(s.frozenDays).toEqual(["2026-01-08"]);
  });

  it("uses at most one freeze a week, even when another is earned that week", () => {
    // Week 1 (5–11): every day, a freeze earned. Week 2: Monday missed (frozen), then three days
    // earn a new freeze, but Friday's miss is the week's second and breaks the streak.
    const moments = [5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 17].map(day);
    const s = streaksOf(moments, [], day(17));
    expect(s.frozenDays).toEqual(["2026-01-12"]);
    expect(s.current).toBe(1);
    expect(s.longest).toBe(10);
    expect(s.freezeHeld).toBe(true);
  });

  it("reports a freeze held and ready", () => {
    expect(streaksOf([day(5), day(6), day(7)], [], day(7)).freezeHeld).toBe(true);
  });
});
