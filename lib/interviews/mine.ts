import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, candidates, interviewers, interviews, organizations, roles, type InterviewKind, type InterviewStatus } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { interviewCondition } from "@/lib/access/evaluation";
import { isOverdue } from "./due";

// The /interviews page: what the signed-in interviewer has coming and the scorecards they owe.
// Both lists start from the viewer's rows in the interviewers_user_idx (user_id, interview_id)
// and reach each interview by primary key: the cost is this interviewer's interviews, never the
// whole table (about 120,000 at 50,000 candidates).

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

/**
 * One list: the interviewer's interviews matching `condition`, first picked and cut to `limit` on
 * their own (the interviewer index, each interview by key, and the application and role only when
 * the viewer's scope needs them), then joined to their candidate, role and client — so a busy
 * interviewer's thousands of interviews cost an index walk, and only the rows shown are joined.
 */
function mine(viewer: Viewer, condition: SQL, sortKey: SQL, limit: number) {
  const scope = interviewCondition(viewer);
  let pick = db()
    .select({ id: interviews.id, sortKey: sql<number>`${sortKey}`.as("sort_key") })
    .from(interviewers)
    .innerJoin(interviews, eq(interviews.id, interviewers.interviewId))
    .$dynamic();
  if (scope) pick = pick.innerJoin(applications, eq(applications.id, interviews.applicationId)).innerJoin(roles, eq(roles.id, applications.roleId));
  const picked = pick
    .where(and(eq(interviewers.userId, viewer.id), scope, condition))
    .orderBy(asc(sortKey), asc(interviews.id))
    .limit(limit)
    .as("picked");
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
    .from(picked)
    .innerJoin(interviews, eq(interviews.id, picked.id))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .orderBy(asc(picked.sortKey), asc(interviews.id));
}

const owedCondition = (viewer: Viewer, t: number) =>
  sql`(${interviews.status} = 'completed' or (${interviews.status} = 'scheduled' and ${endMs} <= ${t}))
    and not exists (select 1 from scorecards s where s.interview_id = ${interviews.id} and s.interviewer_id = ${viewer.id} and s.status = 'submitted')`;
const upcomingCondition = (t: number) => sql`${interviews.status} = 'scheduled' and ${endMs} > ${t}`;

/** The two lists' queries (built, not run): the page runs them, and a test reads their plans. */
export function myListQueries(viewer: Viewer, now: Date, limit = MY_LIST_LIMIT + 1) {
  const t = now.getTime();
  return {
    owed: mine(viewer, owedCondition(viewer, t), endMs, limit),
    upcoming: mine(viewer, upcomingCondition(t), sql`${interviews.startsAt}`, limit),
  };
}

/**
 * The viewer's interviews still on the calendar (scheduled: not held, canceled or missed) starting
 * between `from` (inclusive) and `to` (exclusive), soonest first, at most `limit`: the home's
 * "today and tomorrow". Same index walk as the lists above.
 */
export function myInterviewsBetween(viewer: Viewer, from: Date, to: Date, limit: number): MyInterview[] {
  const condition = sql`${interviews.status} = 'scheduled' and ${interviews.startsAt} >= ${from.getTime()} and ${interviews.startsAt} < ${to.getTime()}`;
  return mine(viewer, condition, sql`${interviews.startsAt}`, limit)
    .all()
    .map((r) => ({ ...r, overdue: false }));
}

/** The first `limit` scorecards the viewer owes (overdue first) and the first `limit` upcoming interviews, with whether more follow. */
export function myInterviews(viewer: Viewer, now: Date, limit = MY_LIST_LIMIT): MyInterviews {
  const queries = myListQueries(viewer, now, limit + 1);
  const owedRows = queries.owed.all();
  const upcomingRows = queries.upcoming.all();
  const owed = owedRows.slice(0, limit).map((r) => ({ ...r, overdue: isOverdue(r, now) }));
  return {
    owed,
    owedMore: owedRows.length > limit,
    upcoming: upcomingRows.slice(0, limit).map((r) => ({ ...r, overdue: false })),
    upcomingMore: upcomingRows.length > limit,
  };
}
