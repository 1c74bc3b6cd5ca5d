import { describe, expect, it } from "vitest";
import { trialDays } from "./days";
import type { TrialRow } from "./list";
import { presentTrialRow } from "./present";

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
    ["converted", "2026-11-01", "2026-11-15", "converted", "Converted"],
  ])("%s", (_name, startsOn, endsOn, outcome, expected) => {
    expect(row(startsOn, endsOn, outcome)).toBe(expected);
  });
});
