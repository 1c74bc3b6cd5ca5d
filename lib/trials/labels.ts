// The words the trial pages use (agreed for every part of #10), and the types components need,
// so app/ and components/ never import db/ for them. Types only from db/: client components
// import this module, and the schema's tables have no business in the browser's bundle.
export type { CheckInSentiment, CheckInVisibility, TrialEndReason, TrialOutcome } from "@/db/schema";
export { trialFlags, trialStatuses, type TrialFlag, type TrialStatus } from "./days";
import type { CheckInSentiment, CheckInVisibility, TrialEndReason, TrialOutcome } from "@/db/schema";
import type { TrialFlag, TrialStatus } from "./days";
import { addDays, daysBetween } from "./calendar";

export const trialFlagLabels: Record<TrialFlag, string> = {
  overdue: "Past end, no decision",
  decision_due: "Decision due",
  no_check_in: "No check-in for 3 days",
  week_one_unmet: "Week-one goals unmet",
};

export const trialStatusLabels: Record<TrialStatus, string> = {
  upcoming: "Upcoming",
  active: "Active",
  decision_due: "Decision due",
  decided: "Decided",
};

export const sentimentLabels: Record<CheckInSentiment, string> = { on_track: "On track", at_risk: "At risk", off_track: "Off track" };
export const checkInSentiments = Object.keys(sentimentLabels) as CheckInSentiment[];
export const sentimentTones = { on_track: "green", at_risk: "amber", off_track: "red" } as const satisfies Record<CheckInSentiment, string>;

export const visibilityLabels: Record<CheckInVisibility, string> = { internal: "Internal", shared: "Shared with client" };

export const outcomeLabels: Record<TrialOutcome, string> = { converted: "Converted", ended: "Ended" };

export const endReasonLabels: Record<TrialEndReason, string> = {
  skills_gap: "Skills gap",
  delivery_pace: "Delivery pace too slow",
  communication: "Communication concerns",
  overlap: "Not enough working-hours overlap",
  client_plans_changed: "Client's plans changed",
  candidate_withdrew: "Candidate withdrew",
  other: "Other",
};

/** The end reasons in the decision form's order. */
export const endReasonChoices = Object.keys(endReasonLabels) as TrialEndReason[];

export const flagTones = { overdue: "red", decision_due: "amber", no_check_in: "amber", week_one_unmet: "violet" } as const satisfies Record<TrialFlag, string>;

const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "UTC" });

/** "12 Dec" for a calendar date "YYYY-MM-DD" (the same day everywhere). */
export function formatDay(date: string): string {
  return shortDate.format(new Date(`${date}T00:00:00Z`));
}

/** "Mon" for a calendar date. */
export function formatWeekday(date: string): string {
  return weekday.format(new Date(`${date}T00:00:00Z`));
}

/**
 * "11 Nov – 24 Nov (14 days), decision on 25 Nov": the end date is the day after the last trial
 * day (start + 14 for a standard trial), the day the trial says "Decision due today".
 */
export function trialSpanLabel(startsOn: string, endsOn: string): string {
  const days = daysBetween(startsOn, endsOn);
  // Across a new year the years are said: "25 Nov – 24 Nov" hid a trial of a whole year.
  const day = startsOn.slice(0, 4) === endsOn.slice(0, 4) ? formatDay : (d: string) => `${formatDay(d)} ${d.slice(0, 4)}`;
  return `${day(startsOn)} – ${day(addDays(endsOn, -1))} (${days} ${days === 1 ? "day" : "days"}), decision on ${day(endsOn)}`;
}

/** "Extended: decision on 12 Dec" (the end date is the decision day, the day after the last day). */
export const extendedLabel = (endsOn: string) => `Extended: decision on ${formatDay(endsOn)}`;

/** "3 of 5 goals met". */
export const goalsMetLabel = (done: number, total: number) => (total ? `${done} of ${total} goals met` : "No goals set");

/** The decision's two refusals a form can say before asking anything (decision-schemas.ts uses the same words). */
export const END_REASON_REQUIRED = "Choose why the trial ended";
export const OTHER_NEEDS_NOTE = "Say why, for “Other”";

/** The refusal of a trial that would already be over when saved (the form and the server say the same). */
export const TRIAL_OVER = "This trial would be over before it is saved: check the start date";

/** A decided trial's outcome and its day on the client's calendar: "Converted 13 Nov". */
export const decidedLabel = (outcome: TrialOutcome, decidedOn: string) => `${outcomeLabels[outcome]} ${formatDay(decidedOn)}`;
