import "server-only";
import { and, count, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, roles, trials, type CheckInSentiment, type TrialOutcome } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { scopeWhere } from "@/lib/access/scope";
import { resolveTimeZone } from "@/lib/labels";
import { aggregateColumns, clientZones, latestSentiments, parseGoals, trialNames, type TrialNames } from "./aggregates";
import { addDays } from "./calendar";
import { todayIn, trialDays, type TrialDays, type TrialFlag } from "./days";
import type { TrialFilters } from "./schemas";

// /trials, the home sections and the client portal: trials the viewer may see, what needs
// attention first. Undecided trials are few (hundreds at 50k candidates, thousands at 1M): all of
// them are loaded with light columns, placed on the client's calendar in JS and sorted there;
// names and sentiments are fetched only for the rows shown. Decided trials are many: they come
// after, paged by SQL, newest decision first.

export const TRIALS_PAGE_SIZE = 50;

/** A trial placed on its client's calendar, before its names are fetched. */
export type PlacedTrial = {
  id: number;
  clientId: number;
  startsOn: string;
  endsOn: string;
  outcome: TrialOutcome | null;
  decidedAt: Date | null;
  days: TrialDays;
  goalsDone: number;
  goalsTotal: number;
};

export type TrialRow = PlacedTrial & TrialNames & { latestSentiment: CheckInSentiment | null };

function lightQuery(viewer: Viewer, where: SQL | undefined) {
  return db()
    .select({
      id: trials.id,
      clientId: roles.clientId,
      startsOn: trials.startsOn,
      endsOn: trials.endsOn,
      outcome: trials.outcome,
      decidedAt: trials.decidedAt,
      ...aggregateColumns(viewer),
    })
    .from(trials)
    .innerJoin(applications, eq(applications.id, trials.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(scopeWhere(viewer).trials, where))
    .$dynamic();
}

type Light = Awaited<ReturnType<ReturnType<typeof lightQuery>["all"]>>[number];

function place(rows: Light[], now: Date): PlacedTrial[] {
  const zones = clientZones(rows.map((r) => r.clientId));
  // Today depends only on the zone: computed once per zone, not once per trial.
  const todays = new Map<string, string>();
  return rows.map(({ latestCheckInOn, goals, ...row }) => {
    const zone = resolveTimeZone(zones.get(row.clientId));
    if (!todays.has(zone)) todays.set(zone, todayIn(zone, now));
    const g = parseGoals(goals);
    // The flag only asks whether some week-one goal is undone: one "not done" stands for them all.
    const weekOneDone = g.weekOneUndone ? [false] : [];
    const days = trialDays({ ...row, zone, today: todays.get(zone), latestCheckInOn, weekOneDone }, now);
    return { ...row, days, goalsDone: g.done, goalsTotal: g.total };
  });
}

/** Names and latest sentiments for the rows shown. */
export function withNames(viewer: Viewer, rows: PlacedTrial[]): TrialRow[] {
  const ids = rows.map((r) => r.id);
  const names = trialNames(ids);
  const sentiments = latestSentiments(viewer, ids);
  return rows.filter((r) => names.has(r.id)).map((r) => ({ ...r, ...names.get(r.id)!, latestSentiment: sentiments.get(r.id) ?? null }));
}

/** 0 overdue, 1 decision due, 2 other flags, 3 active, 4 upcoming. */
function attentionGroup(days: TrialDays): number {
  if (days.flags.includes("overdue")) return 0;
  if (days.flags.includes("decision_due")) return 1;
  if (days.status === "upcoming") return 4;
  return days.flags.length ? 2 : 3;
}

/** Every undecided trial the viewer may see (within `where`), placed and sorted: what needs attention first. */
export function undecidedTrials(viewer: Viewer, where: SQL | undefined, now: Date): PlacedTrial[] {
  const rows = place(lightQuery(viewer, and(isNull(trials.outcome), where)).all(), now).map((trial) => ({ trial, group: attentionGroup(trial.days) }));
  rows.sort((a, b) => a.group - b.group || a.trial.days.daysLeft - b.trial.days.daysLeft || a.trial.id - b.trial.id);
  return rows.map((r) => r.trial);
}

/** Decided trials the viewer may see (within `where`), newest decision first, and how many in all. */
export function decidedTrials(
  viewer: Viewer,
  where: SQL | undefined,
  now: Date,
  { limit, offset = 0, byClient = false }: { limit: number; offset?: number; byClient?: boolean },
): { rows: TrialRow[]; total: number } {
  const condition = and(scopeWhere(viewer).trials, isNotNull(trials.outcome), where);
  // The agency's count needs no join (the outcome index answers it) unless `where` names the client.
  const joined = byClient || scopeWhere(viewer).trials !== undefined;
  const counted = db().select({ n: count() }).from(trials).$dynamic();
  const total = (
    joined ? counted.innerJoin(applications, eq(applications.id, trials.applicationId)).innerJoin(roles, eq(roles.id, applications.roleId)) : counted
  )
    .where(condition)
    .get()!.n;
  if (limit <= 0 || offset >= total) return { rows: [], total };
  // The page's ids first, then their aggregates: a sort with correlated columns would compute them for every decided trial.
  const ids = db()
    .select({ id: trials.id })
    .from(trials)
    .innerJoin(applications, eq(applications.id, trials.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(condition)
    .orderBy(desc(trials.decidedAt), desc(trials.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => r.id);
  const order = new Map(ids.map((id, i) => [id, i]));
  const light = ids.length ? lightQuery(viewer, inArray(trials.id, ids)).all() : [];
  light.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { rows: withNames(viewer, place(light, now)), total };
}

/** Filters that narrow undecided trials in SQL: a client's date is UTC's ± 1 day, JS decides exactly. */
function undecidedNarrowing(filters: Pick<TrialFilters, "status" | "flag">, now: Date): SQL | undefined {
  const utc = todayIn("UTC", now);
  const [before, after] = [addDays(utc, -1), addDays(utc, 1)];
  const notUpcoming = lte(trials.startsOn, after);
  const narrow: SQL[] = [];
  if (filters.status === "upcoming") narrow.push(gt(trials.startsOn, before));
  if (filters.status === "active") narrow.push(notUpcoming, gt(trials.endsOn, after));
  if (filters.status === "decision_due") narrow.push(notUpcoming, lte(trials.endsOn, addDays(utc, 3)));
  if (filters.flag === "overdue") narrow.push(lt(trials.endsOn, after));
  if (filters.flag === "decision_due") narrow.push(gte(trials.endsOn, before), lte(trials.endsOn, addDays(utc, 3)));
  if (filters.flag === "no_check_in" || filters.flag === "week_one_unmet") narrow.push(notUpcoming);
  return narrow.length ? and(...narrow) : undefined;
}

export type TrialList = { rows: TrialRow[]; total: number; page: number; pages: number };

/** /trials: the viewer's trials, filtered, what needs attention first, 50 a page with the count. */
export function listTrials(viewer: Viewer, filters: TrialFilters, now: Date): TrialList {
  const agency = can(viewer, "clients:view-all");
  const where = and(
    agency && filters.client ? eq(roles.clientId, filters.client) : undefined,
    agency && filters.owner ? eq(trials.onboardingOwnerId, filters.owner) : undefined,
  );
  const page = filters.page ?? 1;
  const offset = (page - 1) * TRIALS_PAGE_SIZE;
  const undecided =
    filters.status === "decided"
      ? []
      : undecidedTrials(viewer, and(where, undecidedNarrowing(filters, now)), now).filter(
          (r) => (!filters.status || r.days.status === filters.status) && (!filters.flag || r.days.flags.includes(filters.flag as TrialFlag)),
        );
  const shown = withNames(viewer, undecided.slice(offset, offset + TRIALS_PAGE_SIZE));
  const wantDecided = !filters.flag && (!filters.status || filters.status === "decided");
  const decided = wantDecided
    ? decidedTrials(viewer, where, now, {
        limit: TRIALS_PAGE_SIZE - shown.length,
        offset: Math.max(0, offset - undecided.length),
        byClient: !!(agency && filters.client),
      })
    : { rows: [], total: 0 };
  const total = undecided.length + decided.total;
  return { rows: [...shown, ...decided.rows], total, page, pages: Math.max(1, Math.ceil(total / TRIALS_PAGE_SIZE)) };
}

/** The home page's "Trials needing attention": any flag, the most urgent first, at most `limit`. */
export function trialsNeedingAttention(viewer: Viewer, now: Date, limit = 8): { rows: TrialRow[]; total: number } {
  const flagged = undecidedTrials(viewer, lte(trials.startsOn, addDays(todayIn("UTC", now), 1)), now).filter((r) => r.days.flags.length > 0);
  return { rows: withNames(viewer, flagged.slice(0, limit)), total: flagged.length };
}

/** The client portal: undecided trials first (what needs attention first), then the latest decided ones. */
export function portalTrials(viewer: Viewer, now: Date, limit = 20) {
  const current = undecidedTrials(viewer, undefined, now);
  const decided = decidedTrials(viewer, undefined, now, { limit: 10 });
  return { current: withNames(viewer, current.slice(0, limit)), currentTotal: current.length, decided: decided.rows, decidedTotal: decided.total };
}
