import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { applications, evaluationTemplates, interviewers, interviews, reportApplicationRatings, roleLoops, roles, type RoleType } from "@/db/schema";
import { inIds, preparedSql } from "@/lib/db";
import { can } from "@/lib/access";
import { interviewCondition, owesScorecardOnRows } from "@/lib/access/evaluation";
import { scopeOf, scopeParams, type ScopeSubject } from "@/lib/access/scope";
import { scorecardDueRow } from "@/lib/interviews/due-sql";
import { defaultTemplates } from "./defaults";
import { normalize, type LoopProgress } from "./progress";

// The loop progress of many applications at once — a board's cards, a page of the list, a
// candidate's roles — in one statement, never one per application. Counted as in
// lib/evaluation/progress.ts `countProgress`. Applications the viewer may not see (another
// company's, not yet submitted for a client) are simply absent, like interviews they may not see.
//
// The red-flag count is the agency's ("evaluation:view-details") and follows the blind rule: it is
// read from other people's scorecards, so a viewer who owes a scorecard on the application gets
// null, as for its scores.
//
// Each count reads one index range and no table row: the interviews by (application, status), and
// the interviewer rows by (application, submitted, status, end), whose copies of their interview's
// application, status and end the triggers of migration 0016 keep (0021 added both indexes).

type Row = { id: number; type: RoleType; planned: number | null; done: number; scheduled: number; due: number; redFlags: number | null };

/** Each visible application's progress, by application id. */
export function loopProgress(viewer: ScopeSubject, applicationIds: readonly number[], now = new Date()): Map<number, LoopProgress> {
  const result = new Map<number, LoopProgress>();
  if (applicationIds.length === 0 || !can(viewer, "interviews:view")) return result;
  const details = can(viewer, "evaluation:view-details");
  // One statement per scope shape: the ids (one JSON array), the company and the viewer are placeholders.
  const query = preparedSql<Row>(`loop-progress:${scopeOf(viewer).shape}:${details}`, () => {
    const app = sql`${applications.id}`;
    // The red flags ticked on the application's current submitted scorecards, as the triggers of
    // 0018_evaluation_rollup keep them (the comparison reads the same count): one key lookup, not
    // every scorecard's JSON on each card.
    const flags = details
      ? sql`case when ${owesScorecardOnRows(viewer, app, "placeholders")} then null else coalesce((select r.red_flags from ${reportApplicationRatings} r
        where r.application_id = ${app}), 0) end`
      : sql`null`;
    const plan = sql`coalesce(${roleLoops.plan}, ${evaluationTemplates.plan})`;
    return sql`select ${applications.id} id, ${roles.type} type,
      case when json_valid(${plan}) then json_array_length(${plan}) end planned,
      (select count(*) from ${interviews} i where i.application_id = ${app} and i.status = 'completed') done,
      (select count(*) from ${interviews} i where i.application_id = ${app} and i.status = 'scheduled') scheduled,
      (select count(*) from ${interviewers}
        where ${interviewers.applicationId} = ${app} and ${interviewers.scorecardSubmitted} = 0 and ${scorecardDueRow(sql.placeholder("now"))}) due,
      ${flags} redFlags
    from ${applications}
    join ${roles} on ${eq(roles.id, applications.roleId)}
    left join ${roleLoops} on ${eq(roleLoops.roleId, roles.id)}
    left join ${evaluationTemplates} on ${eq(evaluationTemplates.roleType, roles.type)}
    where ${and(inIds(applications.id, "ids"), interviewCondition(viewer, "placeholders"))}`;
  });
  for (const r of query.all({ ids: JSON.stringify(applicationIds), now: now.getTime(), ...scopeParams(viewer) })) {
    result.set(r.id, normalize({ ...r, planned: r.planned ?? defaultTemplates[r.type].plan.length }));
  }
  return result;
}
