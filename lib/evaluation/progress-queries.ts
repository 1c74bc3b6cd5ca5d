import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { applications, evaluationTemplates, interviewers, interviews, roleLoops, roles, scorecards, type RoleType } from "@/db/schema";
import { db } from "@/lib/db";
import { can } from "@/lib/access";
import { interviewCondition, owesScorecardOn } from "@/lib/access/evaluation";
import type { ScopeSubject } from "@/lib/access/scope";
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

type Row = { id: number; type: RoleType; planned: number | null; done: number; scheduled: number; due: number; redFlags: number | null };

/** Each visible application's progress, by application id. */
export function loopProgress(viewer: ScopeSubject, applicationIds: readonly number[]): Map<number, LoopProgress> {
  const result = new Map<number, LoopProgress>();
  if (applicationIds.length === 0 || !can(viewer, "interviews:view")) return result;
  const app = sql`${applications.id}`;
  const flags = can(viewer, "evaluation:view-details")
    ? sql`case when ${owesScorecardOn(viewer, app)} then null else (select coalesce(sum(json_array_length(s.red_flags)), 0) from ${scorecards} s
        where s.application_id = ${app} and s.status = 'submitted' and s.superseded_at is null) end`
    : sql`null`;
  const plan = sql`coalesce(${roleLoops.plan}, ${evaluationTemplates.plan})`;
  const query = sql`select ${applications.id} id, ${roles.type} type,
      case when json_valid(${plan}) then json_array_length(${plan}) end planned,
      (select count(*) from ${interviews} i where i.application_id = ${app} and i.status = 'completed') done,
      (select count(*) from ${interviews} i where i.application_id = ${app} and i.status = 'scheduled') scheduled,
      (select count(*) from ${interviews} i join ${interviewers} ii on ii.interview_id = i.id
        where i.application_id = ${app} and i.status = 'completed'
          and not exists (select 1 from ${scorecards} s where s.interview_id = i.id and s.interviewer_id = ii.user_id and s.status = 'submitted')) due,
      ${flags} redFlags
    from ${applications}
    join ${roles} on ${eq(roles.id, applications.roleId)}
    left join ${roleLoops} on ${eq(roleLoops.roleId, roles.id)}
    left join ${evaluationTemplates} on ${eq(evaluationTemplates.roleType, roles.type)}
    where ${and(sql`${applications.id} in (select value from json_each(${JSON.stringify(applicationIds)}))`, interviewCondition(viewer))}`;
  // Values (ids, company, viewer) are parameters: the text depends only on the viewer's kind of
  // scope, so the connection's statement cache compiles it once per kind.
  for (const r of db().all<Row>(query)) {
    result.set(r.id, normalize({ ...r, planned: r.planned ?? defaultTemplates[r.type].plan.length }));
  }
  return result;
}
