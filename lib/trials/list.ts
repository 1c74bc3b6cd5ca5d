import "server-only";
import { and, count, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { prepared } from "@/lib/db";
import { readCounters } from "@/lib/counters";
import { trials } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { scopeFor, scopeOf, scopeParams, seesEveryTrial } from "@/lib/access/scope";
import { attentionRules, clientCalendar } from "./attention";
import type { TrialFlag } from "./days";
import { placeInOrder, type TrialRow } from "./rows";
import type { TrialFilters } from "./schemas";

// /trials, the home sections and the client portal: trials the viewer may see, what needs
// attention first. Undecided trials (hundreds at 50k candidates, thousands at 1M) are filtered,
// sorted, counted and paged by SQL on each trial's own row (lib/trials/attention.ts: the rules of
// days.ts over the client's calendar); decided ones follow, newest decision first. Only the rows
// shown are placed on the calendar in JS and get their names, goals and latest sentiment (rows.ts).

export type { TrialRow } from "./rows";

export const TRIALS_PAGE_SIZE = 25;

/**
 * A list's filter for a prepared query: `key` names the conditions that are on (it is part of the
 * statement's key), `where` builds them with placeholders, `values` binds them.
 */
export type TrialFilter = {
  key: string;
  where: (rules: ReturnType<typeof attentionRules>) => SQL | undefined;
  values: Record<string, unknown>;
};

const noFilter: TrialFilter = { key: "all", where: () => undefined, values: {} };

/** How many undecided trials match, and the page of them, what needs attention first. */
export function undecidedTrials(
  viewer: Viewer,
  filter: TrialFilter,
  now: Date,
  { limit, offset = 0 }: { limit: number; offset?: number },
): { rows: TrialRow[]; total: number } {
  const calendar = clientCalendar(now);
  // The scope and the rules read the trial's own row: no join. One pair of statements per scope
  // shape, grouping of zones and filter.
  const queries = prepared(`undecided-trials:${scopeOf(viewer).shape}:${calendar.key}:${filter.key}`, (d) => {
    const rules = attentionRules(viewer, calendar);
    const filtered = filter.where(rules);
    const condition = and(scopeFor(viewer).trials, isNull(trials.outcome), filtered);
    return {
      // Every undecided trial (the agency, unfiltered): the kept count, not count(*) over thousands.
      everyTrial: seesEveryTrial(scopeOf(viewer)) && !filtered,
      total: d.select({ n: count() }).from(trials).where(condition).prepare(),
      ids: d
        .select({ id: trials.id })
        .from(trials)
        .where(condition)
        .orderBy(rules.group, trials.endsOn, trials.id)
        .limit(sql.placeholder("limit"))
        .offset(sql.placeholder("offset"))
        .prepare(),
    };
  });
  const values = { ...scopeParams(viewer), ...calendar.values, ...filter.values, limit, offset };
  const total = queries.everyTrial ? readCounters()("trials:undecided") : queries.total.get(values)!.n;
  if (limit <= 0 || offset >= total) return { rows: [], total };
  const ids = queries.ids.all(values).map((r) => r.id);
  return { rows: placeInOrder(viewer, ids, now), total };
}

/**
 * The count and a page of ids of the decided trials in scope and filter, prepared once per scope
 * shape and filter; the ids walk trials_decided_idx (the agency) or trials_client_decided_idx (a
 * company's) and stop after the page.
 */
export function decidedQueries(viewer: Viewer, filter: Pick<TrialFilter, "key"> & { where: SQL | undefined }) {
  return prepared(`decided-trials:${scopeOf(viewer).shape}:${filter.key}`, (d) => {
    const condition = and(scopeFor(viewer).trials, isNotNull(trials.outcome), filter.where);
    return {
      total: d.select({ n: count() }).from(trials).where(condition).prepare(),
      // The page's ids first, then their aggregates: a sort with correlated columns would compute them for every decided trial.
      ids: d
        .select({ id: trials.id })
        .from(trials)
        .where(condition)
        .orderBy(desc(trials.decidedAt), desc(trials.id))
        .limit(sql.placeholder("limit"))
        .offset(sql.placeholder("offset"))
        .prepare(),
    };
  });
}

/** Decided trials the viewer may see (within the filter), newest decision first, and how many in all. */
export function decidedTrials(
  viewer: Viewer,
  filter: Omit<TrialFilter, "where"> & { where: SQL | undefined },
  now: Date,
  { limit, offset = 0 }: { limit: number; offset?: number },
): { rows: TrialRow[]; total: number } {
  const everyTrial = seesEveryTrial(scopeOf(viewer)) && !filter.where;
  const queries = decidedQueries(viewer, filter);
  const values = { ...scopeParams(viewer), ...filter.values, limit, offset };
  // Every decided trial (the agency, unfiltered): the kept count, not count(*) over tens of thousands.
  const total = everyTrial ? readCounters()("trials:decided") : queries.total.get(values)!.n;
  if (limit <= 0 || offset >= total) return { rows: [], total };
  const ids = queries.ids.all(values).map((r) => r.id);
  return { rows: placeInOrder(viewer, ids, now), total };
}

export type TrialList = { rows: TrialRow[]; total: number; page: number; pages: number };

/** /trials: the viewer's trials, filtered, what needs attention first, TRIALS_PAGE_SIZE a page with the count. */
export function listTrials(viewer: Viewer, filters: TrialFilters, now: Date): TrialList {
  const agency = can(viewer, "clients:view-all");
  const client = agency && filters.client ? filters.client : undefined;
  const owner = agency && filters.owner ? filters.owner : undefined;
  // The client and owner filters, with placeholders (`key` says which are on).
  const where = and(
    client ? eq(trials.clientId, sql.placeholder("client")) : undefined,
    owner ? eq(trials.onboardingOwnerId, sql.placeholder("owner")) : undefined,
  );
  const on = `${client ? "client" : ""}:${owner ? "owner" : ""}`;
  const values = { client, owner };
  const page = filters.page ?? 1;
  const offset = (page - 1) * TRIALS_PAGE_SIZE;
  const status = filters.status === "decided" ? undefined : filters.status;
  const flag = filters.flag as TrialFlag | undefined;
  const undecided =
    filters.status === "decided"
      ? { rows: [], total: 0 }
      : undecidedTrials(
          viewer,
          {
            key: `${on}:${status ?? ""}:${flag ?? ""}`,
            where: (rules) => and(where, status ? rules.statuses[status] : undefined, flag ? rules.flags[flag] : undefined),
            values,
          },
          now,
          { limit: TRIALS_PAGE_SIZE, offset },
        );
  const wantDecided = !filters.flag && (!filters.status || filters.status === "decided");
  const decided = wantDecided
    ? decidedTrials(viewer, { key: on, where, values }, now, {
        limit: TRIALS_PAGE_SIZE - undecided.rows.length,
        offset: Math.max(0, offset - undecided.total),
      })
    : { rows: [], total: 0 };
  const total = undecided.total + decided.total;
  return { rows: [...undecided.rows, ...decided.rows], total, page, pages: Math.max(1, Math.ceil(total / TRIALS_PAGE_SIZE)) };
}

/** The home page shows "100+" beyond this: counting further would cost every flagged trial. */
export const ATTENTION_COUNT_CAP = 100;

/**
 * The home page's "Trials needing attention": any flag, the soonest end first (past end, then
 * decision due, then the rest), at most `limit`; and how many, up to the cap. Both walk the
 * undecided trials in end-date order and stop early, so home costs the same at any size.
 */
export function trialsNeedingAttention(viewer: Viewer, now: Date, limit = 8): { rows: TrialRow[]; total: number; capped: boolean } {
  const calendar = clientCalendar(now);
  const flagged = prepared(`attention-trials:${scopeOf(viewer).shape}:${calendar.key}`, (d) =>
    d
      .select({ id: trials.id })
      .from(trials)
      .where(and(scopeFor(viewer).trials, isNull(trials.outcome), attentionRules(viewer, calendar).anyFlag))
      .orderBy(trials.endsOn, trials.id)
      .limit(ATTENTION_COUNT_CAP + 1)
      .prepare(),
  )
    .all({ ...scopeParams(viewer), ...calendar.values })
    .map((r) => r.id);
  const rows = placeInOrder(viewer, flagged.slice(0, limit), now);
  return { rows, total: Math.min(flagged.length, ATTENTION_COUNT_CAP), capped: flagged.length > ATTENTION_COUNT_CAP };
}

/** The client portal: undecided trials first (what needs attention first), then the latest decided ones; up to `limit` of each. */
export function portalTrials(viewer: Viewer, now: Date, limit = 20) {
  const current = undecidedTrials(viewer, noFilter, now, { limit });
  const decided = decidedTrials(viewer, { ...noFilter, where: undefined }, now, { limit });
  return { current: current.rows, currentTotal: current.total, decided: decided.rows, decidedTotal: decided.total };
}
