import "server-only";
import { and, count, desc, eq, inArray, isNotNull, isNull, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, organizations, roles, trials, type CheckInSentiment, type TrialOutcome } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { scopeWhere } from "@/lib/access/scope";
import { resolveTimeZone } from "@/lib/labels";
import { aggregateColumns, clientZones, latestSentiments, parseGoals, trialNames, type TrialNames } from "./aggregates";
import { attentionRules, clientToday } from "./attention";
import { todayIn, trialDays, type TrialDays, type TrialFlag } from "./days";
import type { TrialFilters } from "./schemas";

// /trials, the home sections and the client portal: trials the viewer may see, what needs
// attention first. Undecided trials (hundreds at 50k candidates, thousands at 1M) are filtered,
// sorted, counted and paged by SQL on each trial's own row (lib/trials/attention.ts: the rules of
// days.ts over the client's calendar); decided ones follow, newest decision first. Only the rows
// shown are placed on the calendar in JS and get their names, goals and latest sentiment.

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

/** How many undecided trials match, and the page of them, what needs attention first. */
export function undecidedTrials(
  viewer: Viewer,
  where: (rules: ReturnType<typeof attentionRules>) => SQL | undefined,
  now: Date,
  { limit, offset = 0 }: { limit: number; offset?: number },
): { rows: PlacedTrial[]; total: number } {
  const rules = attentionRules(viewer, clientToday(now));
  // Each trial with its application, role and client (whose time zone says what today is there).
  const condition = and(scopeWhere(viewer).trials, isNull(trials.outcome), where(rules));
  const total = db()
    .select({ n: count() })
    .from(trials)
    .innerJoin(applications, eq(applications.id, trials.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .where(condition)
    .get()!.n;
  if (limit <= 0 || offset >= total) return { rows: [], total };
  const ids = db()
    .select({ id: trials.id })
    .from(trials)
    .innerJoin(applications, eq(applications.id, trials.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .where(condition)
    .orderBy(rules.group, trials.endsOn, trials.id)
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => r.id);
  return { rows: placeInOrder(viewer, ids, now), total };
}

/** The trials of these ids, placed on their clients' calendars, in the ids' order. */
function placeInOrder(viewer: Viewer, ids: number[], now: Date): PlacedTrial[] {
  if (!ids.length) return [];
  const order = new Map(ids.map((id, i) => [id, i]));
  const light = lightQuery(viewer, inArray(trials.id, ids)).all();
  light.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return place(light, now);
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
  return { rows: withNames(viewer, placeInOrder(viewer, ids, now)), total };
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
  const status = filters.status === "decided" ? undefined : filters.status;
  const undecided =
    filters.status === "decided"
      ? { rows: [], total: 0 }
      : undecidedTrials(
          viewer,
          (rules) => and(where, status ? rules.statuses[status] : undefined, filters.flag ? rules.flags[filters.flag as TrialFlag] : undefined),
          now,
          { limit: TRIALS_PAGE_SIZE, offset },
        );
  const shown = withNames(viewer, undecided.rows);
  const wantDecided = !filters.flag && (!filters.status || filters.status === "decided");
  const decided = wantDecided
    ? decidedTrials(viewer, where, now, {
        limit: TRIALS_PAGE_SIZE - shown.length,
        offset: Math.max(0, offset - undecided.total),
        byClient: !!(agency && filters.client),
      })
    : { rows: [], total: 0 };
  const total = undecided.total + decided.total;
  return { rows: [...shown, ...decided.rows], total, page, pages: Math.max(1, Math.ceil(total / TRIALS_PAGE_SIZE)) };
}

/** The home page's "Trials needing attention": any flag, the most urgent first, at most `limit`. */
export function trialsNeedingAttention(viewer: Viewer, now: Date, limit = 8): { rows: TrialRow[]; total: number } {
  const flagged = undecidedTrials(viewer, (rules) => rules.anyFlag, now, { limit });
  return { rows: withNames(viewer, flagged.rows), total: flagged.total };
}

/** The client portal: undecided trials first (what needs attention first), then the latest decided ones. */
export function portalTrials(viewer: Viewer, now: Date, limit = 20) {
  const current = undecidedTrials(viewer, () => undefined, now, { limit });
  const decided = decidedTrials(viewer, undefined, now, { limit: 10 });
  return { current: withNames(viewer, current.rows), currentTotal: current.total, decided: decided.rows, decidedTotal: decided.total };
}
