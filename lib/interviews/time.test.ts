import { describe, expect, it } from "vitest";
import { formatSlot, formatTimeRange, isTimeZone, localToUtc, localToUtcAll, utcToLocal } from "./time";

describe("local time in a zone → UTC and back", () => {
  it.each([
    // zone, local date, local time, the UTC instant
    ["UTC", "2026-11-24", "14:00", "2026-11-24T14:00:00.000Z"],
    ["Europe/Berlin", "2026-01-15", "09:30", "2026-01-15T08:30:00.000Z"], // CET, UTC+1
    ["Europe/Berlin", "2026-07-15", "09:30", "2026-07-15T07:30:00.000Z"], // CEST, UTC+2
    ["America/New_York", "2026-03-07", "10:00", "2026-03-07T15:00:00.000Z"], // the day before clocks go forward: UTC−5
    ["America/New_York", "2026-03-08", "10:00", "2026-03-08T14:00:00.000Z"], // the day they do: UTC−4
    ["America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00.000Z"], // happens twice: the first (EDT)
    ["Pacific/Tongatapu", "2026-01-01", "09:00", "2025-12-31T20:00:00.000Z"], // UTC+13: the day before in UTC
    ["Pacific/Honolulu", "2026-01-01", "09:00", "2026-01-01T19:00:00.000Z"], // UTC−10
    ["Pacific/Honolulu", "2026-01-01", "20:00", "2026-01-02T06:00:00.000Z"], // UTC−10: the next day in UTC
  ])("%s %s %s is %s", (zone, date, time, iso) => {
    const instant = localToUtc(date, time, zone);
    expect(instant?.toISOString()).toBe(iso);
    expect(utcToLocal(instant!, zone)).toEqual({ date, time });
  });

  it.each([
    ["America/New_York", "2026-03-08", "02:30"], // skipped: clocks go from 02:00 to 03:00
    ["Europe/Berlin", "2026-03-29", "02:15"], // skipped in Europe
    ["UTC", "2026-02-30", "10:00"], // no such day
    ["UTC", "2026-02-10", "24:00"],
    ["UTC", "10/02/2026", "10:00"],
  ])("%s %s %s does not exist", (zone, date, time) => {
    expect(localToUtc(date, time, zone)).toBeUndefined();
  });

  it("gives the same instant whatever zone the computer is set to, and both instants of a time that happens twice", () => {
    const before = process.env.TZ;
    try {
      for (const system of ["UTC", "Europe/London", "Asia/Manila", "America/New_York", "Pacific/Auckland"]) {
        process.env.TZ = system;
        // London's clocks go back at 02:00 BST on 31 Oct 2027: 01:30 happens at 00:30 and at 01:30 UTC.
        expect(localToUtc("2027-10-31", "01:30", "Europe/London")?.toISOString(), system).toBe("2027-10-31T00:30:00.000Z");
        expect(
          localToUtcAll("2027-10-31", "01:30", "Europe/London").map((d) => d.toISOString()),
          system,
        ).toEqual(["2027-10-31T00:30:00.000Z", "2027-10-31T01:30:00.000Z"]);
        expect(
          localToUtcAll("2027-10-31", "03:00", "Europe/London").map((d) => d.toISOString()),
          system,
        ).toEqual(["2027-10-31T03:00:00.000Z"]);
        expect(localToUtc("2027-03-28", "01:30", "Europe/London"), system).toBeUndefined();
        expect(localToUtc("2026-07-15", "09:30", "Europe/Berlin")?.toISOString(), system).toBe("2026-07-15T07:30:00.000Z");
      }
    } finally {
      process.env.TZ = before;
    }
  });

  it("keeps the wall-clock duration across a DST change only in UTC: 14:00 UTC is 09:00 then 10:00 in New York", () => {
    expect(utcToLocal(new Date("2026-03-07T14:00:00Z"), "America/New_York").time).toBe("09:00");
    expect(utcToLocal(new Date("2026-03-09T14:00:00Z"), "America/New_York").time).toBe("10:00");
  });

  it("formats a range in a zone", () => {
    expect(formatTimeRange(new Date("2026-11-24T13:00:00Z"), 60, "Europe/Berlin")).toBe("14:00–15:00");
    expect(formatTimeRange(new Date("2026-11-24T23:30:00Z"), 90, "Pacific/Tongatapu")).toBe("12:30–14:00");
  });

  it("names each end's zone when the clocks change during the interview", () => {
    expect(formatSlot(new Date("2026-11-24T13:00:00Z"), 60, "Europe/Berlin")).toBe("Tue, 24 Nov 2026, 14:00–15:00 CET");
    // 31 Oct 2027, Berlin: 03:00 CEST becomes 02:00 CET; an hour from 02:30 CEST ends at 02:30 CET.
    expect(formatSlot(new Date("2027-10-31T00:30:00Z"), 60, "Europe/Berlin")).toBe("Sun, 31 Oct 2027, 02:30 CEST–02:30 CET");
  });
});

describe("which time zones the forms accept", () => {
  it("accepts the zones Intl knows, the second time as the first, and refuses the rest", () => {
    for (const round of [1, 2]) {
      expect(isTimeZone("Europe/Berlin"), `round ${round}`).toBe(true);
      expect(isTimeZone("Pacific/Kiritimati"), `round ${round}`).toBe(true);
      expect(isTimeZone("Mars/Olympus_Mons"), `round ${round}`).toBe(false);
      expect(isTimeZone(""), `round ${round}`).toBe(false);
      expect(isTimeZone(`Europe/${"x".repeat(70)}`), `round ${round}`).toBe(false);
    }
  });
});
