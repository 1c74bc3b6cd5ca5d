import "server-only";
import { and, count, desc, eq, gt, isNotNull, isNull, lt, lte, gte, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, candidates, organizations, roles, trials, users, type CheckInSentiment, type TrialOutcome } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { scopeWhere } from "@/lib/access/scope";
import { resolveTimeZone } from "@/lib/labels";
import { trialAggregates } from "./aggregates";
import { addDays, todayIn, trialDays, type TrialDays, type TrialFlag } from "./days";
import type { TrialFilters } from "./schemas";

// /trials, the home sections and the client portal: trials the viewer may see, what needs
// attention first. Undecided trials are few (hundreds at 50k candidates, thousands at 1M): they
// are all loaded with light columns, placed on the client's calendar in JS and sorted there.
// Decided trials are many: they come after, paged by SQL, newest decision first.

export const TRIALS_PAGE_SIZE = 50;

export type TrialRow = {
  id: number;
  candidateId: number;
  candidateName: string;
  roleId: number;
  roleTitle: string;
  clientId: number;
  clientName: string;
  ownerName: string;
  startsOn: string;
  endsOn: string;
  outcome: TrialOutcome | null;
  decidedAt: Date | null;
  days: TrialDays;
  goalsDone: number;
  goalsTotal: number;
  latestSentiment: CheckInSentiment | null;
};

type Base = Omit<TrialRow, "days" | "goalsDone" | "goalsTotal" | "latestSentiment"> & { zone: string | null };

function baseQuery(where: SQL | undefined) {
  return db()
    .select({
      id: trials.id,
      candidateId: candidates.id,
      candidateName: candidates.name,
      roleId: roles.id,
      roleTitle: roles.title,
      clientId: organizations.id,
      clientName: organizations.name,
      zone: organizations.timezone,
      ownerName: users.name,
      startsOn: trials.startsOn,
      endsOn: trials.endsOn,
      outcome: trials.outcome,
      decidedAt: trials.decidedAt,
    })
    .from(trials)
    .innerJoin(applications, eq(applications.id, trials.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .innerJoin(users, eq(users.id, trials.onboardingOwnerId))
    .where(where);
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

/** 0 overdue, 1 decision due, 2 other flags, 3 active, 4 upcoming. */
function attentionGroup(days: TrialDays): number {
  if (days.flags.includes("overdue")) return 0;
  if (days.flags.includes("decision_due")) return 1;
  if (days.status === "upcoming") return 4;
  return days.flags.length ? 2 : 3;
}

function place(row: Base, agg: ReturnType<typeof trialAggregates> extends Map<number, infer A> ? A : never, now: Date): TrialRow {
  const { zone, ...rest } = row;
  const days = trialDays(
    {
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      outcome: row.outcome,
      zone: resolveTimeZone(zone),
      latestCheckInOn: agg.latestCheckInOn,
      weekOneDone: agg.weekOneDone,
    },
    now,
  );
  return { ...rest, days, goalsDone: agg.goalsDone, goalsTotal: agg.goalsTotal, latestSentiment: agg.latestSentiment };
}

/** Every undecided trial the viewer may see (within `where`), placed and sorted: what needs attention first. */
export function undecidedTrials(viewer: Viewer, where: SQL | undefined, now: Date): TrialRow[] {
  const base = baseQuery(and(scopeWhere(viewer).trials, isNull(trials.outcome), where)).all() as Base[];
  const aggregates = trialAggregates(
    viewer,
    base.map((b) => b.id),
  );
  const rows = base.map((b) => place(b, aggregates.get(b.id)!, now));
  return rows.sort((a, b) => attentionGroup(a.days) - attentionGroup(b.days) || a.days.daysLeft - b.days.daysLeft || a.id - b.id);
}

/** Decided trials the viewer may see (within `where`), newest decision first. */
export function decidedTrials(viewer: Viewer, where: SQL | undefined, now: Date, limit: number, offset = 0): { rows: TrialRow[]; total: number } {
  const condition = and(scopeWhere(viewer).trials, isNotNull(trials.outcome), where);
  const total =
    db()
      .select({ n: count() })
      .from(trials)
      .innerJoin(applications, eq(applications.id, trials.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .where(condition)
      .get()?.n ?? 0;
  if (limit <= 0 || offset >= total) return { rows: [], total };
  const base = baseQuery(condition).orderBy(desc(trials.decidedAt), desc(trials.id)).limit(limit).offset(offset).all() as Base[];
  const ids = base.map((b) => b.id);
  const aggregates = trialAggregates(viewer, ids, ids);
  return { rows: base.map((b) => place(b, aggregates.get(b.id)!, now)), total };
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
  const wantDecided = !filters.flag && (!filters.status || filters.status === "decided");
  const wantUndecided = filters.status !== "decided";

  const undecided = wantUndecided
    ? undecidedTrials(viewer, and(where, undecidedNarrowing(filters, now)), now).filter(
        (r) => (!filters.status || r.days.status === filters.status) && (!filters.flag || r.days.flags.includes(filters.flag as TrialFlag)),
      )
    : [];
  // The latest sentiment only for the page's rows: the sort does not need it.
  const fromUndecided = fillSentiments(viewer, undecided.slice(offset, offset + TRIALS_PAGE_SIZE));
  const decidedOffset = Math.max(0, offset - undecided.length);
  const decided = wantDecided ? decidedTrials(viewer, where, now, TRIALS_PAGE_SIZE - fromUndecided.length, decidedOffset) : { rows: [], total: 0 };
  const total = undecided.length + decided.total;
  return { rows: [...fromUndecided, ...decided.rows], total, page, pages: Math.max(1, Math.ceil(total / TRIALS_PAGE_SIZE)) };
}

export type AttentionList = { rows: TrialRow[]; total: number };

/** The home page's "Trials needing attention": any flag, the most urgent first, at most `limit`. */
export function trialsNeedingAttention(viewer: Viewer, now: Date, limit = 8): AttentionList {
  const flagged = undecidedTrials(viewer, lte(trials.startsOn, addDays(todayIn("UTC", now), 1)), now).filter((r) => r.days.flags.length > 0);
  return { rows: fillSentiments(viewer, flagged.slice(0, limit)), total: flagged.length };
}

/** The client portal: undecided trials first (what needs attention first), then the latest decided ones. */
export function portalTrials(viewer: Viewer, now: Date, limit = 20): { current: TrialRow[]; currentTotal: number; decided: TrialRow[]; decidedTotal: number } {
  const all = undecidedTrials(viewer, undefined, now);
  const decided = decidedTrials(viewer, undefined, now, 10);
  return { current: fillSentiments(viewer, all.slice(0, limit)), currentTotal: all.length, decided: decided.rows, decidedTotal: decided.total };
}

function fillSentiments(viewer: Viewer, rows: TrialRow[]): TrialRow[] {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return rows;
  const sentiments = trialAggregates(viewer, ids, ids);
  return rows.map((r) => ({ ...r, latestSentiment: sentiments.get(r.id)!.latestSentiment }));
}
