import { describe, expect, it } from "vitest";
import { isOverdue, scorecardDue } from "./due";

const now = new Date("2026-11-24T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe("scorecards due and overdue (now: 24 Nov 12:00 UTC)", () => {
  it.each([
    // status, started hours ago, minutes long, due, overdue
    ["scheduled", -2, 60, false, false], // still to come
    ["scheduled", 0.5, 60, false, false], // under way
    ["scheduled", 1, 60, true, false], // just ended, never marked completed
    ["completed", 2, 60, true, false],
    ["completed", 25, 60, true, false], // ended exactly 24 h ago: not yet overdue
    ["completed", 25.01, 60, true, true],
    ["scheduled", 30, 45, true, true],
    ["completed", 24 * 14, 60, true, true],
    ["canceled", 48, 60, false, false],
    ["no_show", 48, 60, false, false],
  ] as const)("%s, %s h ago, %s min → due %s, overdue %s", (status, ago, minutes, due, overdue) => {
    const interview = { status, startsAt: hoursAgo(ago), durationMinutes: minutes };
    expect(scorecardDue(interview, now)).toBe(due);
    expect(isOverdue(interview, now)).toBe(overdue);
  });
});
