import "server-only";
import { and, gt, gte, lt, lte, sql, type SQL } from "drizzle-orm";
import { prepared } from "@/lib/db";
import { organizations, trials } from "@/db/schema";
import { scopeOf, type ScopeSubject } from "@/lib/access/scope";
import { resolveTimeZone } from "@/lib/labels";
import { addDays } from "./calendar";
import { CHECK_IN_GAP_DAYS, DECISION_DUE_DAYS, WEEK_ONE_DUE_DAY, todayIn, type TrialFlag, type TrialStatus } from "./days";

// The rules of lib/trials/days.ts as SQL over one trial row, for lists that sort, filter, count
// and page undecided trials in the database (thousands at the 1M scale) instead of placing each
// one in JS. "Today" is the client's: each rule is one CASE over the trial's zone (the few zones
// whose date differs), so the zone is tested once per row and the rule then compares the row's
// columns with dates bound as placeholders. The client's zone, the latest check-in and the open
// week-one goals are columns kept by triggers (migration 0010), so each trial costs a few
// comparisons on its own row, with no join. lib/trials/attention.test.ts checks that these agree
// with trialDays() on every trial of a generated table.

/** A day of the client's calendar relative to their today, as SQL: `day(0)` is today, `day(2)` the day after tomorrow. */
export type ClientDay = (offset: number) => SQL<string>;

/** The days around the client's today that the rules below ask for. */
const OFFSETS = [0, DECISION_DUE_DAYS, -CHECK_IN_GAP_DAYS, -(WEEK_ONE_DUE_DAY - 1)];

/** The clients' calendars at one instant, for a prepared query. */
export type ClientCalendar = {
  /** Which zones share a date (not the dates): part of a prepared query's key. */
  key: string;
  /**
   * A rule over one trial's row, written against its client's calendar (`day`), as one CASE over
   * the trial's copy of its client's zone: the zone is tested once per row, and each branch compares
   * the row's columns with its group's dates (placeholders).
   */
  perZone: (rule: (day: ClientDay) => SQL) => SQL;
  /** The placeholders' values: each group of zones' dates. */
  values: Record<string, string>;
};

const zonesQuery = () => prepared("client-zones", (d) => d.selectDistinct({ zone: organizations.timezone }).from(organizations).prepare());

/**
 * The client's today (and the days around it) for each distinct zone. The dates are computed here
 * and bound as placeholders, so the SQL compares columns with values (no date() call per row) and
 * its text changes only when the grouping of zones by date does (a few dozen groupings a day, the
 * same every day), which is what `key` names.
 */
export function clientCalendar(now: Date): ClientCalendar {
  const fallback = todayIn(resolveTimeZone(null), now);
  // Only zones whose date differs from the fallback's need a branch: at most a few at any hour.
  const byDay = new Map<string, string[]>();
  for (const { zone } of zonesQuery().all()) {
    const today = zone ? todayIn(resolveTimeZone(zone), now) : fallback;
    if (zone && today !== fallback) byDay.set(today, [...(byDay.get(today) ?? []), zone]);
  }
  const groups = [...byDay];
  const name = (group: number | "rest", offset: number) => `day_${group}_${offset < 0 ? `m${-offset}` : offset}`;
  const values: Record<string, string> = {};
  for (const offset of OFFSETS) {
    values[name("rest", offset)] = addDays(fallback, offset);
    groups.forEach(([today], i) => (values[name(i, offset)] = addDays(today, offset)));
  }
  const dayOf =
    (group: number | "rest"): ClientDay =>
    (offset) => {
      if (!OFFSETS.includes(offset)) throw new Error(`clientCalendar: no day ${offset} (add it to OFFSETS)`);
      return sql<string>`${sql.placeholder(name(group, offset))}`;
    };
  const perZone = (rule: (day: ClientDay) => SQL) =>
    groups.length
      ? sql`(case${sql.join(
          groups.map(
            ([, zones], i) =>
              sql` when ${trials.clientZone} in (${sql.join(
                zones.map((z) => sql`${z}`),
                sql`, `,
              )}) then ${rule(dayOf(i))}`,
          ),
        )} else ${rule(dayOf("rest"))} end)`
      : rule(dayOf("rest"));
  return { key: groups.map(([, zones]) => zones.join(",")).join("|"), perZone, values };
}

/** The latest check-in day the viewer may see (internal ones only count for those who may read them). */
export function latestVisibleCheckIn(viewer: ScopeSubject): SQL<string | null> {
  return scopeOf(viewer).checkInVisibilities.includes("internal") ? sql`${trials.latestCheckInOn}` : sql`${trials.latestSharedCheckInOn}`;
}

/** The rules on an undecided trial's row against one calendar (`day`). */
function rulesOn(viewer: ScopeSubject, day: ClientDay) {
  const latest = latestVisibleCheckIn(viewer);
  const today = day(0);
  const started = lte(trials.startsOn, today);
  const decisionDue = day(DECISION_DUE_DAYS);
  const flags: Record<TrialFlag, SQL> = {
    overdue: lt(trials.endsOn, today),
    decision_due: and(gte(trials.endsOn, today), lte(trials.endsOn, decisionDue))!,
    // 3+ days since the latest visible check-in, or since the start when there is none.
    no_check_in: and(started, lte(sql`max(${trials.startsOn}, coalesce(${latest}, ''))`, day(-CHECK_IN_GAP_DAYS)))!,
    // Day 8 or later: the start is 7 days ago or more.
    week_one_unmet: and(gt(trials.weekOneOpen, 0), lte(trials.startsOn, day(-(WEEK_ONE_DUE_DAY - 1))))!,
  };
  const statuses: Record<Exclude<TrialStatus, "decided">, SQL> = {
    upcoming: gt(trials.startsOn, today),
    decision_due: and(started, lte(trials.endsOn, decisionDue))!,
    active: and(started, gt(trials.endsOn, decisionDue))!,
  };
  const anyFlag = sql`(${sql.join(Object.values(flags), sql` or `)})`;
  /** 0 past end, 1 decision due, 2 other flags, 3 active, 4 upcoming (the order /trials and home show). */
  const group = sql<number>`(case when ${flags.overdue} then 0 when ${flags.decision_due} then 1 when ${statuses.upcoming} then 4 when ${anyFlag} then 2 else 3 end)`;
  return { flags, statuses, anyFlag, group };
}

type Rules = ReturnType<typeof rulesOn>;

/** Conditions on an undecided trial's row, each against its client's calendar. */
export function attentionRules(viewer: ScopeSubject, calendar: ClientCalendar): Rules {
  /** One rule of `rulesOn`, per zone group. */
  const perZone = (rule: (rules: Rules) => SQL) => calendar.perZone((day) => rule(rulesOn(viewer, day)));
  return {
    flags: {
      overdue: perZone((r) => r.flags.overdue),
      decision_due: perZone((r) => r.flags.decision_due),
      no_check_in: perZone((r) => r.flags.no_check_in),
      week_one_unmet: perZone((r) => r.flags.week_one_unmet),
    },
    statuses: {
      upcoming: perZone((r) => r.statuses.upcoming),
      decision_due: perZone((r) => r.statuses.decision_due),
      active: perZone((r) => r.statuses.active),
    },
    anyFlag: perZone((r) => r.anyFlag),
    group: perZone((r) => r.group) as SQL<number>,
  };
}
