import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { prepared, preparedSql } from "@/lib/db";
import { applications, candidates, roles } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeFor, scopeOf, scopeParams } from "@/lib/access/scope";
import { cappedCount, HOME_COUNT_CAP, HOME_LIST_LIMIT, type CappedCount } from "./limits";

// A hiring manager's "Awaiting your review": their company's candidates the agency submitted and
// nobody has moved on yet, the longest-waiting first. The scope gives the company's roles (through
// roles_client_activity_idx) and each role's submitted applications are one range of the partial
// index applications_awaiting_review_idx, which holds every column the condition and the order
// read: the page is picked from index entries alone (a few hundred at most, never the agency's),
// and only its rows are joined to their candidate and role.

const DAY = 86_400_000;

export type AwaitingReview = { applicationId: number; candidateName: string; roleTitle: string; submittedAt: Date; days: number };
export type AwaitingReviewList = { rows: AwaitingReview[] } & CappedCount;

/**
 * The scope on the bare application columns: the company's roles as an IN list, so SQLite seeks
 * each role's range rather than walk every submitted application of the agency. The stage is a
 * constant, not a placeholder: a partial index is used only when the query names its condition.
 */
function condition(viewer: Viewer) {
  return and(scopeFor(viewer).applicationRows, sql`${applications.stage} = 'submitted'`);
}

/** The page's rows and their capped count, prepared once per scope shape (the rows' query is the one a test reads the plan of). */
export function awaitingReviewQueries(viewer: Viewer) {
  return prepared(`awaiting-review:${scopeOf(viewer).shape}`, (d) => {
    // Moving to a stage the client sees sets submitted_at (lib/pipeline/commands.ts) and keeps the
    // first one: a candidate submitted long ago, pulled back and submitted again waits from the first.
    const picked = d
      .select({ id: applications.id, submittedAt: sql<number>`${applications.submittedAt}`.as("picked_submitted_at") })
      .from(applications)
      .where(condition(viewer))
      .orderBy(asc(applications.submittedAt), asc(applications.id))
      .limit(sql.placeholder("limit"))
      .as("picked");
    return {
      rows: d
        .select({ applicationId: applications.id, candidateName: candidates.name, roleTitle: roles.title, submittedAt: picked.submittedAt })
        .from(picked)
        .innerJoin(applications, eq(applications.id, picked.id))
        .innerJoin(roles, eq(roles.id, applications.roleId))
        .innerJoin(candidates, eq(candidates.id, applications.candidateId))
        .orderBy(asc(picked.submittedAt), asc(applications.id))
        .prepare(),
      count: preparedSql<{ n: number }>(
        `awaiting-review-count:${scopeOf(viewer).shape}`,
        () => sql`select count(*) n from (select 1 from ${applications} where ${condition(viewer)} limit ${HOME_COUNT_CAP + 1})`,
      ),
    };
  });
}

export function awaitingReview(viewer: Viewer, now: Date, limit = HOME_LIST_LIMIT): AwaitingReviewList {
  const queries = awaitingReviewQueries(viewer);
  const params = { ...scopeParams(viewer), limit };
  const rows = queries.rows.all(params);
  const count = rows.length < limit ? { total: rows.length, capped: false } : cappedCount(queries.count.get(params)!.n);
  return {
    rows: rows.map((r) => {
      const submittedAt = new Date(r.submittedAt);
      return { ...r, submittedAt, days: Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / DAY)) };
    }),
    ...count,
  };
}
