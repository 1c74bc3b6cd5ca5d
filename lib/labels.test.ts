import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, initials, resolveTimeZone } from "./labels";

describe("times in the viewer's zone, with the zone named", () => {
  const summer = new Date("2026-07-15T12:05:00Z");
  const winter = new Date("2026-11-21T13:05:00Z");
  it.each([
    ["UTC", summer, "15 Jul 2026, 12:05 UTC"],
    ["UTC", winter, "21 Nov 2026, 13:05 UTC"],
    ["Europe/Berlin", summer, "15 Jul 2026, 14:05 CEST"],
    ["Europe/Berlin", winter, "21 Nov 2026, 14:05 CET"],
    // Auckland is ahead of UTC by 12 h in July (winter there) and 13 h in November: the next day.
    ["Pacific/Auckland", summer, "16 Jul 2026, 00:05 GMT+12"],
    ["Pacific/Auckland", winter, "22 Nov 2026, 02:05 GMT+13"],
  ])("%s, %s → %s", (zone, at, expected) => {
    expect(formatDateTime(at, zone)).toBe(expected);
  });

  it("a day is the day it was where the viewer is; a calendar date is the same everywhere", () => {
    expect(formatDate(new Date("2026-11-02T23:30:00Z"), "UTC")).toBe("2 Nov 2026");
    expect(formatDate(new Date("2026-11-02T23:30:00Z"), "Europe/Berlin")).toBe("3 Nov 2026");
    expect(formatDate("2026-11-03", "Pacific/Auckland")).toBe("3 Nov 2026");
    expect(formatDate(null)).toBe("—");
  });

  it.each([
    ["Europe/Berlin", "Europe/Berlin"],
    ["europe/berlin", "Europe/Berlin"],
    ["Pacific/Auckland", "Pacific/Auckland"],
    ["Mars/Olympus_Mons", "UTC"],
    ["", "UTC"],
    [undefined, "UTC"],
    ["<script>", "UTC"],
    ["A".repeat(100), "UTC"],
  ])("the tz cookie %j is read as %j", (cookie, zone) => {
    expect(resolveTimeZone(cookie)).toBe(zone);
    expect(() => formatDateTime(new Date(), resolveTimeZone(cookie))).not.toThrow();
  });
});

describe("a name's initials, for the header's badge", () => {
  it.each([
    ["Alex Morgan", "AM"],
    ["  riley   van der chen ", "RC"],
    ["Zoë", "Z"],
    ["Émile Ånström", "ÉÅ"],
    ["𝒜lice Smith", "𝒜S"],
    ["", ""],
  ])("%j → %j", (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
