import "server-only";
import { and, gt, gte, lt, lte, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { db } from "@/lib/db";
import { organizations, trials } from "@/db/schema";
import { scopeOf, type ScopeSubject } from "@/lib/access/scope";
import { resolveTimeZone } from "@/lib/labels";
import { CHECK_IN_GAP_DAYS, DECISION_DUE_DAYS, WEEK_ONE_DUE_DAY, todayIn, type TrialFlag, type TrialStatus } from "./days";

// The rules of lib/trials/days.ts as SQL over one trial row, for lists that sort, filter, count
// and page undecided trials in the database (thousands at the 1M scale) instead of placing each
// one in JS. "Today" is the client's: a CASE over the few distinct client time zones. The
// latest check-in and the open week-one goals are columns kept by triggers (migration 0010), so
// each trial costs a few comparisons on its own row. lib/trials/attention.test.ts checks that
// these agree with trialDays() on every trial of a generated table.

/** The client's today for each distinct zone, as one CASE on organizations.timezone. */
export function clientToday(now: Date): SQL<string> {
  const zones = db().selectDistinct({ zone: organizations.timezone }).from(organizations).all();
  const fallback = todayIn(resolveTimeZone(null), now);
  const branches = zones.filter((z): z is { zone: string } => !!z.zone).map(({ zone }) => sql` when ${zone} then ${todayIn(resolveTimeZone(zone), now)}`);
  return branches.length ? sql<string>`(case ${organizations.timezone}${sql.join(branches)} else ${fallback} end)` : sql<string>`${fallback}`;
}

const plusDays = (day: SQLWrapper, n: number) => sql`date(${day}, ${`${n >= 0 ? "+" : ""}${n} days`})`;

/** The latest check-in day the viewer may see (internal ones only count for those who may read them). */
export function latestVisibleCheckIn(viewer: ScopeSubject): SQL<string | null> {
  return scopeOf(viewer).checkInVisibilities.includes("internal") ? sql`${trials.latestCheckInOn}` : sql`${trials.latestSharedCheckInOn}`;
}

/** Conditions on an undecided trial's row given its client's `today` (an SQL expression or alias). */
export function attentionRules(viewer: ScopeSubject, today: SQL) {
  const latest = latestVisibleCheckIn(viewer);
  const started = lte(trials.startsOn, today);
  const flags: Record<TrialFlag, SQL> = {
    overdue: lt(trials.endsOn, today),
    decision_due: and(gte(trials.endsOn, today), lte(trials.endsOn, plusDays(today, DECISION_DUE_DAYS)))!,
    no_check_in: and(started, lte(plusDays(sql`max(${trials.startsOn}, coalesce(${latest}, ''))`, CHECK_IN_GAP_DAYS), today))!,
    week_one_unmet: and(gt(trials.weekOneOpen, 0), lte(plusDays(trials.startsOn, WEEK_ONE_DUE_DAY - 1), today))!,
  };
  const statuses: Record<Exclude<TrialStatus, "decided">, SQL> = {
    upcoming: gt(trials.startsOn, today),
    decision_due: and(started, lte(trials.endsOn, plusDays(today, DECISION_DUE_DAYS)))!,
    active: and(started, gt(trials.endsOn, plusDays(today, DECISION_DUE_DAYS)))!,
  };
  const anyFlag = sql`(${sql.join(Object.values(flags), sql` or `)})`;
  /** 0 past end, 1 decision due, 2 other flags, 3 active, 4 upcoming (the order /trials and home show). */
  const group = sql<number>`(case when ${flags.overdue} then 0 when ${flags.decision_due} then 1 when ${statuses.upcoming} then 4 when ${anyFlag} then 2 else 3 end)`;
  return { flags, statuses, anyFlag, group };
}
