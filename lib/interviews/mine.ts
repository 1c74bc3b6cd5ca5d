import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, candidates, interviewers, interviews, organizations, roles, type InterviewKind, type InterviewStatus } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { interviewCondition } from "@/lib/access/evaluation";
import { isOverdue } from "./due";

// The /interviews page: what the signed-in interviewer has coming and the scorecards they owe.
// Both lists start from the viewer's rows in the interviewers_user_idx (user_id, interview_id)
// and reach each interview, application and role by primary key: the cost is this interviewer's
// interviews, never the whole table (about 120,000 at 50,000 candidates).

/** Rows per list; a busier interviewer is told how many more there are not shown. */
export const MY_LIST_LIMIT = 50;

export type MyInterview = {
  id: number;
  applicationId: number;
  kind: InterviewKind;
  status: InterviewStatus;
  startsAt: Date;
  durationMinutes: number;
  candidateName: string;
  roleTitle: string;
  clientName: string;
  overdue: boolean;
};

export type MyInterviews = { owed: MyInterview[]; owedMore: boolean; upcoming: MyInterview[]; upcomingMore: boolean };

const endMs = sql`(${interviews.startsAt} + ${interviews.durationMinutes} * 60000)`;

function mine(viewer: Viewer, condition: SQL, order: SQL[], limit: number) {
  return db()
    .select({
      id: interviews.id,
      applicationId: interviews.applicationId,
      kind: interviews.kind,
      status: interviews.status,
      startsAt: interviews.startsAt,
      durationMinutes: interviews.durationMinutes,
      candidateName: candidates.name,
      roleTitle: roles.title,
      clientName: organizations.name,
    })
    .from(interviewers)
    .innerJoin(interviews, eq(interviews.id, interviewers.interviewId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .where(and(eq(interviewers.userId, viewer.id), interviewCondition(viewer), condition))
    .orderBy(...order)
    .limit(limit);
}

/** The two lists' queries (built, not run): the page runs them, and a test reads their plans. */
export function myListQueries(viewer: Viewer, now: Date) {
  const t = now.getTime();
  return {
    owed: mine(
      viewer,
      sql`(${interviews.status} = 'completed' or (${interviews.status} = 'scheduled' and ${endMs} <= ${t}))
        and not exists (select 1 from scorecards s where s.interview_id = ${interviews.id} and s.interviewer_id = ${viewer.id} and s.status = 'submitted')`,
      [asc(endMs), asc(interviews.id)],
      MY_LIST_LIMIT + 1,
    ),
    upcoming: mine(viewer, sql`${interviews.status} = 'scheduled' and ${endMs} > ${t}`, [asc(interviews.startsAt), asc(interviews.id)], MY_LIST_LIMIT + 1),
  };
}

/**
 * The viewer's scorecards owed — on interviews completed, or still scheduled but ended, with no
 * submitted scorecard of theirs — longest ended first (so the overdue ones lead), and their
 * upcoming interviews (scheduled and not yet over), soonest first.
 */
export function myInterviews(viewer: Viewer, now: Date): MyInterviews {
  const queries = myListQueries(viewer, now);
  const owedRows = queries.owed.all();
  const upcomingRows = queries.upcoming.all();
  const owed = owedRows.slice(0, MY_LIST_LIMIT).map((r) => ({ ...r, overdue: isOverdue(r, now) }));
  return {
    owed,
    owedMore: owedRows.length > MY_LIST_LIMIT,
    upcoming: upcomingRows.slice(0, MY_LIST_LIMIT).map((r) => ({ ...r, overdue: false })),
    upcomingMore: upcomingRows.length > MY_LIST_LIMIT,
  };
}
