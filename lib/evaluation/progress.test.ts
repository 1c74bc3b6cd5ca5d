import { describe, expect, it } from "vitest";
import {
  compactProgress,
  countProgress,
  describeAll,
  describeFlags,
  describeProgress,
  hasProgress,
  normalize,
  shortProgress,
  type CountedInterview,
  type LoopProgress,
} from "./progress";

const now = new Date("2026-11-24T12:00:00Z");
const at = (hours: number) => ({ startsAt: new Date(now.getTime() + hours * 3_600_000), durationMinutes: 60 });
const held = (interviewers: number, submitted: number): CountedInterview => ({ status: "completed", ...at(-48), interviewers, submitted });
const booked: CountedInterview = { status: "scheduled", ...at(24), interviewers: 2, submitted: 0 };
// Still "scheduled", but it ended an hour ago: nobody marked it held, and its scorecards are owed all the same.
const overNotMarked: CountedInterview = { status: "scheduled", ...at(-2), interviewers: 2, submitted: 1 };
const canceled: CountedInterview = { status: "canceled", ...at(-48), interviewers: 1, submitted: 0 };
const noShow: CountedInterview = { status: "no_show", ...at(-48), interviewers: 1, submitted: 0 };

describe("countProgress", () => {
  it.each<[string, number, CountedInterview[], Pick<LoopProgress, "done" | "scheduled" | "due">]>([
    ["no interviews", 5, [], { done: 0, scheduled: 0, due: 0 }],
    ["one held, scorecard in", 5, [held(1, 1)], { done: 1, scheduled: 0, due: 0 }],
    ["one held by two, one scorecard in", 5, [held(2, 1)], { done: 1, scheduled: 0, due: 1 }],
    ["three held, two owed, one booked", 5, [held(1, 1), held(2, 1), held(1, 0), booked], { done: 3, scheduled: 1, due: 2 }],
    ["a booked interview owes nothing yet", 5, [booked], { done: 0, scheduled: 1, due: 0 }],
    ["a scheduled interview that is over owes its scorecards, as /interviews says", 5, [overNotMarked, booked], { done: 0, scheduled: 2, due: 1 }],
    ["canceled and no-show neither count as done nor owe", 5, [canceled, noShow, held(1, 1)], { done: 1, scheduled: 0, due: 0 }],
    ["more held than planned (any kind counts)", 2, [held(1, 1), held(1, 1), held(1, 1)], { done: 3, scheduled: 0, due: 0 }],
    ["a stray extra scorecard never makes due negative", 5, [held(1, 2)], { done: 1, scheduled: 0, due: 0 }],
  ])("%s", (_, planned, interviews, expected) => {
    expect(countProgress(planned, interviews, null, now)).toEqual({ ...expected, planned, redFlags: null });
  });

  it("carries the red flags as given (null: not the viewer's to see)", () => {
    expect(countProgress(5, [held(1, 1)], 2).redFlags).toBe(2);
    expect(countProgress(5, [held(1, 1)]).redFlags).toBeNull();
  });
});

describe("the words", () => {
  const p = (done: number, planned: number, due = 0, scheduled = 0, redFlags: number | null = null): LoopProgress => ({
    done,
    planned,
    due,
    scheduled,
    redFlags,
  });
  it.each<[LoopProgress, string, string]>([
    [p(0, 5), "0 of 5 interviews done", "0/5"],
    [p(1, 5), "1 of 5 interviews done", "1/5"],
    [p(3, 5, 1), "3 of 5 interviews done, 1 scorecard due", "3/5 · 1 due"],
    [p(3, 5, 2), "3 of 5 interviews done, 2 scorecards due", "3/5 · 2 due"],
    [p(5, 5), "5 of 5 interviews done", "5/5"],
    [p(1, 1), "1 of 1 interview done", "1/1"],
    [p(6, 5), "6 interviews done, 5 planned", "6/6"],
    [p(1, 0), "1 interview done", "1/1"],
    [p(2, 0, 1), "2 interviews done, 1 scorecard due", "2/2 · 1 due"],
  ])("%o", (progress, long, short) => {
    expect(describeProgress(progress)).toBe(long);
    expect(shortProgress(progress)).toBe(short);
  });

  it.each<[number | null, string | null]>([
    [null, null],
    [0, null],
    [1, "1 red flag"],
    [3, "3 red flags"],
  ])("red flags %s → %s", (redFlags, text) => {
    expect(describeFlags(p(1, 5, 0, 0, redFlags))).toBe(text);
  });

  it.each<[LoopProgress, string, string]>([
    [p(3, 5, 1, 0, 2), "3 of 5 interviews done, 1 scorecard due, 2 red flags", "3/5 · 1\u00a0due ⚑\u00a02"],
    [p(3, 5, 0, 0, 0), "3 of 5 interviews done", "3/5"],
    [p(3, 5, 0, 0, null), "3 of 5 interviews done", "3/5"],
    [p(6, 5, 0, 0, 1), "6 interviews done, 5 planned, 1 red flag", "6/6 ⚑\u00a01"],
  ])("a board card's %o: %s / %s", (progress, words, compact) => {
    expect(describeAll(progress)).toBe(words);
    expect(compactProgress(progress)).toBe(compact);
  });

  it.each<[LoopProgress, boolean]>([
    [p(0, 5), false],
    [p(0, 5, 0, 1), true],
    [p(1, 5), true],
    [p(0, 5, 1), true],
  ])("shows progress for %o: %s", (progress, shown) => {
    expect(hasProgress(progress)).toBe(shown);
  });
});

describe("normalize", () => {
  it("turns SQL's nulls and stray values into whole, non-negative counts, keeping a hidden flag count null", () => {
    expect(normalize({ done: null, planned: 5, scheduled: null, due: -1, redFlags: null })).toEqual({
      done: 0,
      planned: 5,
      scheduled: 0,
      due: 0,
      redFlags: null,
    });
    expect(normalize({ done: 2, planned: 5, scheduled: 1, due: 1, redFlags: 0 })).toEqual({ done: 2, planned: 5, scheduled: 1, due: 1, redFlags: 0 });
  });
});
