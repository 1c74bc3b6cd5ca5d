// Where an application's interview loop stands — "3 of 5 interviews done, 1 scorecard due" — as
// pure functions: the counting rule once, and the words the board, the list and the candidate page
// show. lib/evaluation/progress-queries.ts counts the same things in SQL for many applications.
import type { InterviewStatus } from "@/db/schema";
import { scorecardDue } from "@/lib/interviews/due";

export type LoopProgress = {
  /** Completed interviews, of any kind. */
  done: number;
  /** Interviews in the role's plan. */
  planned: number;
  /** Interviews scheduled and not yet held. */
  scheduled: number;
  /** Interviewers who have not submitted their scorecard of an interview held (completed, or scheduled and over: lib/interviews/due.ts). */
  due: number;
  /** Red flags on the current submitted scorecards; null when the viewer may not see them. */
  redFlags: number | null;
};

/** An interview as counted here: its status and time, how many interviewers it has and how many of them submitted. */
export type CountedInterview = { status: InterviewStatus; startsAt: Date; durationMinutes: number; interviewers: number; submitted: number };

/**
 * The rule: done = completed interviews; due = interviewers without a submitted scorecard of an
 * interview whose scorecards are due (completed, or still scheduled and over), as /interviews owes them.
 */
export function countProgress(planned: number, interviews: CountedInterview[], redFlags: number | null = null, now = new Date()): LoopProgress {
  return normalize({
    done: interviews.filter((i) => i.status === "completed").length,
    planned,
    scheduled: interviews.filter((i) => i.status === "scheduled").length,
    due: interviews.filter((i) => scorecardDue(i, now)).reduce((n, i) => n + Math.max(0, i.interviewers - i.submitted), 0),
    redFlags,
  });
}

/** Counts as they come from SQL (null for nothing): whole, non-negative numbers. */
export function normalize(p: {
  done: number | null;
  planned: number | null;
  scheduled: number | null;
  due: number | null;
  redFlags: number | null;
}): LoopProgress {
  const whole = (n: number | null) => Math.max(0, Math.floor(n ?? 0));
  return {
    done: whole(p.done),
    planned: whole(p.planned),
    scheduled: whole(p.scheduled),
    due: whole(p.due),
    redFlags: p.redFlags === null ? null : whole(p.redFlags),
  };
}

/** Whether there is anything to show: an interview held or booked, or a scorecard owed. */
export const hasProgress = (p: LoopProgress) => p.done > 0 || p.scheduled > 0 || p.due > 0;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 of 5 interviews done, 1 scorecard due" (more than planned: "6 interviews done, 5 planned"). */
export function describeProgress(p: LoopProgress): string {
  const done =
    p.planned === 0
      ? `${plural(p.done, "interview")} done`
      : p.done > p.planned
        ? `${plural(p.done, "interview")} done, ${p.planned} planned`
        : `${p.done} of ${plural(p.planned, "interview")} done`;
  return [done, p.due > 0 ? `${plural(p.due, "scorecard")} due` : null].filter(Boolean).join(", ");
}

/** "3/5 · 1 due", for a table cell. */
export function shortProgress(p: LoopProgress): string {
  const ratio = `${p.done}/${Math.max(p.planned, p.done)}`;
  return p.due > 0 ? `${ratio} · ${p.due} due` : ratio;
}

/** "2 red flags"; null when there are none or the viewer may not see them. */
export function describeFlags(p: LoopProgress): string | null {
  return p.redFlags ? plural(p.redFlags, "red flag") : null;
}

/** Everything in words, for a screen reader: "3 of 5 interviews done, 1 scorecard due, 2 red flags". */
export function describeAll(p: LoopProgress): string {
  return [describeProgress(p), describeFlags(p)].filter(Boolean).join(", ");
}

/** As compact as a board card's meta line allows: "3/5", with "· 1 due" when scorecards are owed and "⚑ 2" when flags were raised. */
export function compactProgress(p: LoopProgress): string {
  // Non-breaking inside each part ("1\u00a0due", "⚑\u00a02"): a narrow card wraps the line only between parts.
  const ratio = `${p.done}/${Math.max(p.planned, p.done)}${p.due ? ` · ${p.due}\u00a0due` : ""}`;
  return p.redFlags ? `${ratio} ⚑\u00a0${p.redFlags}` : ratio;
}
