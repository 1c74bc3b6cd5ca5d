import { daysBetween } from "./calendar";

// Where a trial stands on the client's calendar: day N of M, what it is waiting for, and the flags
// that make it need attention. Pure, with "now" as an argument, so tables can test every boundary
// (DST, zones far from UTC) without a clock. Dates are calendar days "YYYY-MM-DD" in the client's
// zone; arithmetic on them is done in UTC, where every day has 24 hours.

export const trialStatuses = ["upcoming", "active", "decision_due", "decided"] as const;
export type TrialStatus = (typeof trialStatuses)[number];

export const trialFlags = ["overdue", "decision_due", "no_check_in", "week_one_unmet"] as const;
export type TrialFlag = (typeof trialFlags)[number];

/** Days without a visible check-in before an active trial is flagged. */
export const CHECK_IN_GAP_DAYS = 3;
/** A decision is due when the end is this many days away or less. */
export const DECISION_DUE_DAYS = 2;
/** From this trial day on, every week-one goal should be done. */
export const WEEK_ONE_DUE_DAY = 8;

export type TrialDaysInput = {
  startsOn: string;
  endsOn: string;
  outcome: string | null;
  /** The client's IANA zone (UTC when the client has none). */
  zone: string;
  /** The latest check-in the viewer may see ("YYYY-MM-DD"), if any. */
  latestCheckInOn: string | null;
  /** Done states of the week-one goals. */
  weekOneDone: readonly boolean[];
  /** Today in `zone` at `now`, when the caller has it already (a list computes it once per zone). */
  today?: string;
};

export type TrialDays = {
  status: TrialStatus;
  /** Today's trial day (1 on the start date; ≤ 0 before it). */
  dayNumber: number;
  /** endsOn − startsOn: 14 for a standard trial. */
  length: number;
  /** endsOn − today (negative once past). */
  daysLeft: number;
  label: string;
  flags: TrialFlag[];
  /** Today in the client's zone. */
  today: string;
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const todays = new Map<string, string>();
const QUARTER_HOUR = 15 * 60_000;

function formatDay(zone: string, at: Date): string {
  let f = dateFormats.get(zone);
  if (!f) dateFormats.set(zone, (f = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: zone })));
  const parts = f.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * Today's date ("YYYY-MM-DD") in `zone` at the instant `now`: one cached formatter per zone, as
 * lists ask for every row. Today's zones change date only on a quarter hour of UTC, so the date
 * is kept per zone and quarter hour — when the quarter hour's first and last instant agree (an
 * odd historical or custom offset gets no cached answer).
 */
export function todayIn(zone: string, now: Date): string {
  const quarter = Math.floor(now.getTime() / QUARTER_HOUR);
  const key = `${zone} ${quarter}`;
  const kept = todays.get(key);
  if (kept !== undefined) return kept;
  const first = formatDay(zone, new Date(quarter * QUARTER_HOUR));
  if (first !== formatDay(zone, new Date((quarter + 1) * QUARTER_HOUR - 1))) return formatDay(zone, now);
  // A day's worth of quarter hours for a few hundred zones at most; the bound guards a runaway.
  if (todays.size >= 10_000) todays.clear();
  todays.set(key, first);
  return first;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function trialDays(input: TrialDaysInput, now: Date): TrialDays {
  const today = input.today ?? todayIn(input.zone, now);
  const length = daysBetween(input.startsOn, input.endsOn);
  const dayNumber = daysBetween(input.startsOn, today) + 1;
  const daysLeft = daysBetween(today, input.endsOn);
  const base = { dayNumber, length, daysLeft, today };
  if (input.outcome) return { ...base, status: "decided", label: "Decided", flags: [] };

  const upcoming = dayNumber < 1;
  const status: TrialStatus = upcoming ? "upcoming" : daysLeft <= DECISION_DUE_DAYS ? "decision_due" : "active";
  const flags: TrialFlag[] = [];
  if (daysLeft < 0) flags.push("overdue");
  else if (daysLeft <= DECISION_DUE_DAYS) flags.push("decision_due");
  if (!upcoming) {
    const since = input.latestCheckInOn && input.latestCheckInOn > input.startsOn ? input.latestCheckInOn : input.startsOn;
    if (daysBetween(since, today) >= CHECK_IN_GAP_DAYS) flags.push("no_check_in");
  }
  if (dayNumber >= WEEK_ONE_DUE_DAY && input.weekOneDone.some((done) => !done)) flags.push("week_one_unmet");

  let label: string;
  if (upcoming) label = dayNumber === 0 ? "Starts tomorrow" : `Starts in ${plural(1 - dayNumber, "day")}`;
  else if (daysLeft > 0) label = `Day ${dayNumber} of ${length}`;
  else if (daysLeft === 0) label = "Decision due today";
  // Not "Ended": that is an outcome. The trial ran its days and its decision is late.
  else label = `Decision ${plural(-daysLeft, "day")} late`;
  return { ...base, status, label, flags };
}

/** "Past end, no decision" first: the order in which flags are shown and sorted. */
export function flagRank(flags: readonly TrialFlag[]): number {
  if (flags.includes("overdue")) return 0;
  if (flags.includes("decision_due")) return 1;
  if (flags.length) return 2;
  return 3;
}
