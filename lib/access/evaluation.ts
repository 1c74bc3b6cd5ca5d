import "server-only";
import { and, eq, inArray, or, sql, type Column, type SQL } from "drizzle-orm";
import { interviewers, scorecards, users } from "@/db/schema";
import { can } from "./permissions";
import { scopeFor, scopeWhere, type ScopeSubject } from "./scope";

// Who sees which interviews and scorecards. Interviews and scorecards belong to an application,
// so every query joins `applications` and `roles` and takes the viewer's application condition
// too (`scopeWhere(viewer).applications`); these are the evaluation-specific halves.
//
// The blind rule: while a viewer owes a scorecard on an application (they interview on one of its
// scheduled or completed interviews and have not submitted their scorecard for it), they see no
// other scorecard of that application, nor its scores or recommendations. Their own scorecards
// they always see. Interviewers of another company are seen only with
// "scorecards:view-all-interviewers" (a client's hiring manager sees their own company's).

/**
 * How a condition carries the viewer: their ids as values (a query built for this request), or as
 * the placeholders `viewer` and `org` of a prepared query (bound with `scopeParams`; key the query
 * by `scopeOf(viewer).shape`).
 */
export type Binding = "values" | "placeholders";

/** Interview statuses on which an interviewer owes a scorecard. */
export const OWING_STATUSES = ["scheduled", "completed"] as const;

/**
 * The viewer's own interviewer rows still owing a scorecard: an interview of these statuses whose
 * scorecard they have not submitted. Each interviewer row carries its interview's status and
 * application and whether the scorecard is submitted (kept by triggers, migration 0016), so this
 * is a range of interviewers_owed_idx: the viewer's unsubmitted rows, never every interview they held.
 */
export const owing = (viewer: ScopeSubject, binding: Binding = "values") =>
  and(
    eq(interviewers.userId, binding === "values" ? viewer.id : sql.placeholder("viewer")),
    eq(interviewers.scorecardSubmitted, false),
    inArray(interviewers.status, [...OWING_STATUSES]),
  )!;

/**
 * SQL: the viewer owes a scorecard on the application whose id is `applicationId` (a column or a
 * value). Correlated: use it in a condition on a row that carries the application id.
 */
export function owesScorecardOn(viewer: ScopeSubject, applicationId: SQL | number, binding: Binding = "values"): SQL {
  return sql`exists (select 1 from ${interviewers} where ${owing(viewer, binding)} and ${interviewers.applicationId} = ${applicationId})`;
}

/**
 * SQL subquery: the ids of every application the viewer owes a scorecard on (the same rule as
 * `owesScorecardOn`). Uncorrelated, so a list of many applications (the comparison view) runs it
 * once through the viewer's index entries instead of once per row.
 */
function owedApplicationIds(viewer: ScopeSubject, binding: Binding): SQL {
  // Never a NULL in the list: `x not in (…, null)` is never true, and would hide every score.
  return sql`select ${interviewers.applicationId} from ${interviewers} where ${owing(viewer, binding)} and ${interviewers.applicationId} is not null`;
}

/**
 * `owesScorecardOn` for a query over many applications (`applicationId` is the row's application
 * id column): uncorrelated, so the viewer's owed rows are read once for the whole list instead of
 * once per row.
 */
export function owesScorecardOnRows(viewer: ScopeSubject, applicationId: SQL | Column, binding: Binding = "values"): SQL {
  return sql`${applicationId} in (${owedApplicationIds(viewer, binding)})`;
}

/** Interviews the viewer may see, in a query joining `applications` and `roles`. */
export function interviewCondition(viewer: ScopeSubject, binding: Binding = "values"): SQL | undefined {
  if (!can(viewer, "interviews:view")) return sql`0`;
  return (binding === "values" ? scopeWhere(viewer) : scopeFor(viewer)).applications;
}

/**
 * Scorecards the viewer may see, in a query joining `applications` and `roles` (for the
 * application condition) and `users` as the interviewer (for their company): their own, any
 * revision; others' only once submitted, when the viewer does not owe one on that application,
 * and only their own company's people unless they see every interviewer's.
 */
export function scorecardCondition(viewer: ScopeSubject, interviewer: typeof users = users, binding: Binding = "values"): SQL | undefined {
  if (!can(viewer, "scorecards:fill") && !can(viewer, "scorecards:view-all-interviewers")) return sql`0`;
  const values = binding === "values";
  const others = and(
    eq(scorecards.status, "submitted"),
    sql`not ${owesScorecardOn(viewer, sql`${scorecards.applicationId}`, binding)}`,
    can(viewer, "scorecards:view-all-interviewers") ? undefined : eq(interviewer.organizationId, values ? viewer.organizationId : sql.placeholder("org")),
  );
  return and(
    (values ? scopeWhere(viewer) : scopeFor(viewer)).applications,
    or(eq(scorecards.interviewerId, values ? viewer.id : sql.placeholder("viewer")), others),
  );
}

/**
 * Whether the viewer may see an application's evaluation summary (its weighted score, coverage,
 * means and recommendations, computed from every submitted scorecard): with
 * "evaluation:view-summary", and not while they owe a scorecard on it. The caller has already
 * loaded the application through the viewer's scope.
 */
export function summaryCondition(viewer: ScopeSubject, applicationId: SQL | number, binding: Binding = "values"): SQL {
  if (!can(viewer, "evaluation:view-summary")) return sql`0`;
  return sql`not ${owesScorecardOn(viewer, applicationId, binding)}`;
}

/**
 * `summaryCondition` for a query over many applications: the rows whose application's scores the
 * viewer may see (`applicationId` is the application id column of the row).
 */
export function summaryRowsCondition(viewer: ScopeSubject, applicationId: SQL | Column, binding: Binding = "values"): SQL {
  if (!can(viewer, "evaluation:view-summary")) return sql`0`;
  return sql`${applicationId} not in (${owedApplicationIds(viewer, binding)})`;
}

/** Who gave one input to a figure (a rating, a recommendation, a scorecard's red flags). */
export type Contributor = { interviewerId: number; organizationId: number };

/**
 * Whether a viewer may see an aggregate (an attribute's mean, the recommendations, the red-flag
 * count) made of `inputs`. One who does not see every interviewer's scorecards (a client's hiring
 * manager) reads their own company's one by one, their own included; anyone else's — the agency's
 * interviewers' — only in a figure where two or more such people are in it. With exactly one, the
 * figure is that person's input once the ones the viewer can read are taken away: a "mean" of one
 * agency rating beside a colleague's is the agency's rating. Counted by person (one interviewer
 * on two interviews is still one person).
 */
export function aggregateVisible(viewer: ScopeSubject, inputs: Contributor[]): boolean {
  if (can(viewer, "scorecards:view-all-interviewers")) return true;
  const unseen = new Set(inputs.filter((i) => i.organizationId !== viewer.organizationId).map((i) => i.interviewerId));
  return unseen.size !== 1;
}
