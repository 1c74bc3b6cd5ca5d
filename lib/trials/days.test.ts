import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "./calendar";
import { flagRank, todayIn, trialDays, type TrialDaysInput } from "./days";

// A standard trial: 2 Nov (Monday) to 16 Nov 2026, in UTC unless a row says otherwise.
const base: TrialDaysInput = { startsOn: "2026-11-02", endsOn: "2026-11-16", outcome: null, zone: "UTC", latestCheckInOn: null, weekOneDone: [] };
const at = (iso: string) => new Date(iso);

describe("trialDays: day N, days left, label and status", () => {
  it.each([
    ["day 1", {}, "2026-11-02T09:00:00Z", 1, 14, "Day 1 of 14", "active"],
    ["day 6", {}, "2026-11-07T09:00:00Z", 6, 9, "Day 6 of 14", "active"],
    ["day 12: two days left, decision due", {}, "2026-11-13T09:00:00Z", 12, 3, "Day 12 of 14", "active"],
    ["day 13: decision due", {}, "2026-11-14T09:00:00Z", 13, 2, "Day 13 of 14", "decision_due"],
    ["day 14", {}, "2026-11-15T09:00:00Z", 14, 1, "Day 14 of 14", "decision_due"],
    ["the end date", {}, "2026-11-16T09:00:00Z", 15, 0, "Decision due today", "decision_due"],
    ["day 15+ without decision", {}, "2026-11-18T09:00:00Z", 17, -2, "Decision 2 days late", "decision_due"],
    ["one day past", {}, "2026-11-17T09:00:00Z", 16, -1, "Decision 1 day late", "decision_due"],
    ["starts next week", { startsOn: "2026-11-09", endsOn: "2026-11-23" }, "2026-11-02T09:00:00Z", -6, 21, "Starts in 7 days", "upcoming"],
    ["starts tomorrow", { startsOn: "2026-11-03", endsOn: "2026-11-17" }, "2026-11-02T09:00:00Z", 0, 15, "Starts tomorrow", "upcoming"],
    ["extended: day 16 of 21", { endsOn: "2026-11-23" }, "2026-11-17T09:00:00Z", 16, 6, "Day 16 of 21", "active"],
    ["decided", { outcome: "converted" }, "2026-11-20T09:00:00Z", 19, -4, "Decided", "decided"],
  ] as const)("%s", (_name, over, now, dayNumber, daysLeft, label, status) => {
    const d = trialDays({ ...base, ...over }, at(now));
    expect({ dayNumber: d.dayNumber, daysLeft: d.daysLeft, label: d.label, status: d.status }).toEqual({ dayNumber, daysLeft, label, status });
  });

  it("follows the extended length: day N of M", () => {
    expect(trialDays({ ...base, endsOn: "2026-11-23" }, at("2026-11-04T12:00:00Z")).label).toBe("Day 3 of 21");
  });
});

describe("trialDays in the client's time zone", () => {
  // Europe/Berlin leaves summer time on Sunday 25 Oct 2026 and enters it on Sunday 29 Mar 2026.
  it.each([
    ["Berlin, autumn DST, 00:30 local on the change day", "2026-10-20", "2026-10-24T22:30:00Z", 6],
    ["Berlin, autumn DST, 23:30 local on the change day", "2026-10-20", "2026-10-25T22:30:00Z", 6],
    ["Berlin, autumn DST, 00:30 local the day after", "2026-10-20", "2026-10-25T23:30:00Z", 7],
    ["Berlin, spring DST, 00:30 local on the change day", "2026-03-25", "2026-03-28T23:30:00Z", 5],
    ["Berlin, spring DST, 23:30 local on the change day", "2026-03-25", "2026-03-29T21:30:00Z", 5],
    ["Berlin, spring DST, 00:30 local the day after", "2026-03-25", "2026-03-29T22:30:00Z", 6],
  ] as const)("%s", (_name, startsOn, now, day) => {
    const d = trialDays({ ...base, startsOn, endsOn: addDays(startsOn, 14), zone: "Europe/Berlin" }, at(now));
    expect(d.dayNumber).toBe(day);
  });

  it("a client at UTC+13 (Auckland in summer) is already on the next day", () => {
    // 11:30 UTC on 1 Nov is 00:30 on 2 Nov in Auckland: day 1 there, still "starts tomorrow" in UTC.
    const now = at("2026-11-01T11:30:00Z");
    expect(trialDays({ ...base, zone: "Pacific/Auckland" }, now).label).toBe("Day 1 of 14");
    expect(trialDays(base, now).label).toBe("Starts tomorrow");
  });

  it("a client at UTC−10 (Honolulu) is still on the day before", () => {
    // 05:00 UTC on 16 Nov is 19:00 on 15 Nov in Honolulu: day 14 there, the end date in UTC.
    const now = at("2026-11-16T05:00:00Z");
    expect(trialDays({ ...base, zone: "Pacific/Honolulu" }, now).label).toBe("Day 14 of 14");
    expect(trialDays(base, now).label).toBe("Decision due today");
  });

  it("todayIn answers the client's date", () => {
    expect(todayIn("Pacific/Tongatapu", at("2026-11-01T11:30:00Z"))).toBe("2026-11-02");
    expect(todayIn("Pacific/Honolulu", at("2026-11-01T09:30:00Z"))).toBe("2026-10-31");
  });

  it("todayIn, kept per quarter hour, agrees with the zone's own calendar at every minute, across zones at odd offsets and a DST change", () => {
    // Monrovia was at -0:44:30 until 1972: its date changed off the quarter hour (00:44:30 UTC).
    const calendar = (zone: string, now: Date) =>
      new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
    const monrovia = Date.parse("1970-06-01T00:30:00Z");
    for (let second = 0; second < 30 * 60; second += 30) {
      const now = new Date(monrovia + second * 1000);
      expect(todayIn("Africa/Monrovia", now)).toBe(calendar("Africa/Monrovia", now));
    }
    const zones = ["Asia/Kathmandu", "Australia/Eucla", "Pacific/Chatham", "America/St_Johns", "Europe/Berlin", "Pacific/Kiritimati", "Pacific/Pago_Pago"];
    // 48 hours around Europe's and Chatham's autumn and spring changes, minute by minute.
    for (const start of ["2026-10-24T12:00:00Z", "2026-04-04T12:00:00Z"]) {
      for (let minute = 0; minute < 48 * 60; minute++) {
        const now = new Date(Date.parse(start) + minute * 60_000);
        for (const zone of zones)
          if (todayIn(zone, now) !== calendar(zone, now))
            expect([zone, now.toISOString(), todayIn(zone, now)]).toEqual([zone, now.toISOString(), calendar(zone, now)]);
      }
    }
  });
});

describe("trialDays flags at their boundaries", () => {
  const flagsAt = (over: Partial<TrialDaysInput>, now: string) => trialDays({ ...base, ...over }, at(now)).flags;

  it("no_check_in: on from 3 days after the latest check-in (or the start)", () => {
    expect(flagsAt({}, "2026-11-04T09:00:00Z")).not.toContain("no_check_in"); // day 3, 2 days since the start
    expect(flagsAt({}, "2026-11-05T09:00:00Z")).toContain("no_check_in"); // day 4, 3 days since the start
    expect(flagsAt({ latestCheckInOn: "2026-11-05" }, "2026-11-07T09:00:00Z")).not.toContain("no_check_in");
    expect(flagsAt({ latestCheckInOn: "2026-11-05" }, "2026-11-08T09:00:00Z")).toContain("no_check_in");
    expect(flagsAt({ startsOn: "2026-11-09", endsOn: "2026-11-23" }, "2026-11-08T09:00:00Z")).not.toContain("no_check_in"); // upcoming
  });

  it("week_one_unmet: from day 8 while a week-one goal is not done", () => {
    expect(flagsAt({ weekOneDone: [true, false] }, "2026-11-08T09:00:00Z")).not.toContain("week_one_unmet"); // day 7
    expect(flagsAt({ weekOneDone: [true, false] }, "2026-11-09T09:00:00Z")).toContain("week_one_unmet"); // day 8
    expect(flagsAt({ weekOneDone: [true, true] }, "2026-11-09T09:00:00Z")).not.toContain("week_one_unmet");
    expect(flagsAt({ weekOneDone: [] }, "2026-11-09T09:00:00Z")).not.toContain("week_one_unmet");
  });

  it("decision_due: from 2 days before the end to the end date; overdue after it", () => {
    expect(flagsAt({}, "2026-11-13T09:00:00Z")).not.toContain("decision_due"); // 3 days left
    expect(flagsAt({}, "2026-11-14T09:00:00Z")).toContain("decision_due"); // 2 days left
    expect(flagsAt({}, "2026-11-16T09:00:00Z")).toContain("decision_due"); // the end date
    expect(flagsAt({}, "2026-11-16T09:00:00Z")).not.toContain("overdue");
    expect(flagsAt({}, "2026-11-17T09:00:00Z")).toEqual(expect.arrayContaining(["overdue"]));
    expect(flagsAt({}, "2026-11-17T09:00:00Z")).not.toContain("decision_due");
  });

  it("a decided trial has no flags", () => {
    expect(flagsAt({ outcome: "ended", weekOneDone: [false] }, "2026-11-20T09:00:00Z")).toEqual([]);
  });

  it("ranks overdue, then decision due, then other flags, then none", () => {
    expect([flagRank(["overdue", "no_check_in"]), flagRank(["decision_due"]), flagRank(["week_one_unmet"]), flagRank([])]).toEqual([0, 1, 2, 3]);
  });

  it("date arithmetic", () => {
    expect(addDays("2026-10-20", 14)).toBe("2026-11-03");
    expect(daysBetween("2026-03-25", "2026-04-08")).toBe(14);
  });
});
