import { describe, expect, it } from "vitest";
import { agendaDay, timeAgo, todayAndTomorrow } from "./days";

describe("today and tomorrow on the viewer's calendar", () => {
  it.each([
    // now, zone, from, to
    ["2026-11-24T12:00:00Z", "UTC", "2026-11-24T00:00:00.000Z", "2026-11-26T00:00:00.000Z"],
    // 23:30 in New York is already the 25th in UTC: the day is New York's.
    ["2026-11-25T04:30:00Z", "America/New_York", "2026-11-24T05:00:00.000Z", "2026-11-26T05:00:00.000Z"],
    ["2026-11-24T12:00:00Z", "Pacific/Auckland", "2026-11-24T11:00:00.000Z", "2026-11-26T11:00:00.000Z"],
    // Clocks go forward in Lisbon on 29 March: tomorrow is 23 hours long.
    ["2026-03-28T12:00:00Z", "Europe/Lisbon", "2026-03-28T00:00:00.000Z", "2026-03-29T23:00:00.000Z"],
    // Santiago skips midnight when its clocks go forward (6 September 2026): that day starts at 01:00.
    ["2026-09-05T15:00:00Z", "America/Santiago", "2026-09-05T04:00:00.000Z", "2026-09-07T03:00:00.000Z"],
  ])("at %s in %s: from %s to %s", (now, zone, from, to) => {
    const window = todayAndTomorrow(new Date(now), zone);
    expect([window.from.toISOString(), window.to.toISOString()]).toEqual([from, to]);
  });

  it("heads an interview Today, Tomorrow or with its day", () => {
    const now = new Date("2026-11-24T22:00:00Z");
    expect(agendaDay(new Date("2026-11-24T23:30:00Z"), now, "UTC")).toBe("Today");
    expect(agendaDay(new Date("2026-11-25T00:30:00Z"), now, "UTC")).toBe("Tomorrow");
    expect(agendaDay(new Date("2026-11-25T00:30:00Z"), now, "America/New_York")).toBe("Today");
    expect(agendaDay(new Date("2026-11-27T09:00:00Z"), now, "UTC")).toBe("Fri 27 Nov");
  });

  it.each([
    // now, instant, zone, heading: the days are the zone's, across DST changes and far from UTC.
    ["2026-03-28T23:30:00Z", "2026-03-29T22:30:00Z", "Europe/Lisbon", "Tomorrow"], // 23:30 on the 29th, after clocks went forward
    ["2026-03-28T23:30:00Z", "2026-03-29T23:30:00Z", "Europe/Lisbon", "Mon 30 Mar"],
    ["2026-11-24T12:00:00Z", "2026-11-25T10:59:00Z", "Pacific/Auckland", "Today"], // 23:59 on the 25th there
    ["2026-11-24T12:00:00Z", "2026-11-25T11:00:00Z", "Pacific/Auckland", "Tomorrow"],
    ["2026-09-05T15:00:00Z", "2026-09-06T04:00:00Z", "America/Santiago", "Tomorrow"], // the day that starts at 01:00
    ["2026-12-31T23:00:00Z", "2027-01-01T09:00:00Z", "UTC", "Tomorrow"],
  ])("at %s, an interview at %s in %s is headed %s", (now, instant, zone, heading) => {
    expect(agendaDay(new Date(instant), new Date(now), zone)).toBe(heading);
  });

  it("says how long ago", () => {
    const now = new Date("2026-11-24T12:00:00Z");
    const ago = (ms: number) => timeAgo(new Date(now.getTime() - ms), now);
    expect([ago(10_000), ago(60_000), ago(40 * 60_000), ago(3_600_000), ago(5 * 3_600_000), ago(86_400_000), ago(12 * 86_400_000)]).toEqual([
      "just now",
      "1 minute ago",
      "40 minutes ago",
      "1 hour ago",
      "5 hours ago",
      "1 day ago",
      "12 days ago",
    ]);
  });
});
