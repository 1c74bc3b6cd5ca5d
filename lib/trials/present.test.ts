import { describe, expect, it } from "vitest";
import { trialDays } from "./days";
import type { TrialRow } from "./list";
import { listedCheckIns, presentTrialRow } from "./present";

// The list's "Days left" column, as a person reads it on 22 Nov 2026 (UTC).
const now = new Date("2026-11-22T12:00:00Z");
const row = (startsOn: string, endsOn: string, outcome: string | null = null) =>
  presentTrialRow({
    id: 1,
    candidateName: "Ada",
    roleTitle: "Lead Engineer",
    clientName: "Northwind Labs",
    ownerName: "Riley",
    goalsDone: 1,
    goalsTotal: 4,
    latestSentiment: null,
    outcome,
    days: trialDays({ startsOn, endsOn, outcome, zone: "UTC", latestCheckInOn: null, weekOneDone: [] }, now),
  } as unknown as TrialRow).daysLeft;

describe("a trial row's days left", () => {
  it.each([
    ["a running trial counts to its end", "2026-11-20", "2026-12-04", null, "12 days"],
    ["a trial starting in 8 days will run its 14, not 22", "2026-11-30", "2026-12-14", null, "14 days"],
    ["a trial starting tomorrow, its 14", "2026-11-23", "2026-12-07", null, "14 days"],
    ["past its end with no decision", "2026-11-01", "2026-11-15", null, "—"],
    ["converted: nothing left to count", "2026-11-01", "2026-11-15", "converted", "—"],
  ])("%s", (_name, startsOn, endsOn, outcome, expected) => {
    expect(row(startsOn, endsOn, outcome)).toBe(expected);
  });
});

describe("a trial row's day", () => {
  const day = (outcome: string | null, decidedOn: string | null) =>
    presentTrialRow({
      id: 1,
      goalsDone: 0,
      goalsTotal: 0,
      outcome,
      decidedOn,
      days: trialDays({ startsOn: "2026-11-01", endsOn: "2026-11-15", outcome, zone: "UTC", latestCheckInOn: null, weekOneDone: [] }, now),
    } as unknown as TrialRow).day;
  it("says how and when a decided trial was decided, and that an undecided one past its end is late", () => {
    expect(day("converted", "2026-11-13")).toBe("Converted 13 Nov");
    expect(day("ended", "2026-11-16")).toBe("Ended 16 Nov");
    expect(day(null, null)).toBe("Decision 7 days late");
  });
});

describe("the check-ins a trial's page lists", () => {
  const checkIns = (n: number) => Array.from({ length: n }, (_, i) => ({ id: n - i }));
  it("lists up to ten with no link", () => {
    expect(listedCheckIns(7, checkIns(10), false)).toEqual({ listed: checkIns(10), more: null });
    expect(listedCheckIns(7, checkIns(3), true)).toEqual({ listed: checkIns(3), more: null });
  });
  it("lists the latest ten of more, and links to all of them", () => {
    const { listed, more } = listedCheckIns(7, checkIns(45), false);
    expect(listed.map((c) => c.id)).toEqual([45, 44, 43, 42, 41, 40, 39, 38, 37, 36]);
    expect(more).toEqual({ href: "/trials/7?checkins=all#check-ins", label: "Show all 45 check-ins" });
  });
  it("lists all when asked, and links back to the latest", () => {
    const { listed, more } = listedCheckIns(7, checkIns(11), true);
    expect(listed).toHaveLength(11);
    expect(more).toEqual({ href: "/trials/7#check-ins", label: "Show only the latest 10" });
  });
});
