import "server-only";
import { and, asc, eq, gt, gte, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, candidates, interviewers, interviews, organizations, roles, type InterviewKind, type InterviewStatus } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { interviewCondition, owing } from "@/lib/access/evaluation";
import { isOverdue } from "./due";
import { MAX_DURATION } from "./limits";

// The /interviews page: what the signed-in interviewer has coming and the scorecards they owe.
// Each interviewer row carries its interview's status, times and application and whether this
// interviewer's scorecard is submitted (kept by triggers, migration 0016), so both lists are ranges
// of the viewer's own index entries: the calendar (interviewers_calendar_idx) by start, and what
// they owe (interviewers_owed_idx) among their unsubmitted rows alone. The cost is what the viewer
// has coming or owes, never every interview they have held (a busy interviewer, thousands).

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

/**
 * One list: the interviewer's own rows matching `condition`, first picked and cut to `limit` on
 * their own (the interviewer's index entries, with the application and role only when the viewer's
 * scope needs them), then joined to their interview, candidate, role and client — so only the rows
 * shown are joined.
 */
function mine(viewer: Viewer, condition: SQL | undefined, sortKey: typeof interviewers.startsAt | typeof interviewers.endsAt, limit: number) {
  const scope = interviewCondition(viewer);
  let pick = db()
    .select({ id: interviewers.interviewId, sortKey: sql<number>`${sortKey}`.as("sort_key") })
    .from(interviewers)
    .$dynamic();
  if (scope) pick = pick.innerJoin(applications, eq(applications.id, interviewers.applicationId)).innerJoin(roles, eq(roles.id, applications.roleId));
  const picked = pick
    .where(and(eq(interviewers.userId, viewer.id), scope, condition))
    .orderBy(asc(sortKey), asc(interviewers.interviewId))
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

/** The blind rule's "owes" (lib/access/evaluation.ts), once it is due: held (or marked completed). */
const owedCondition = (viewer: Viewer, now: Date) => and(owing(viewer), or(eq(interviewers.status, "completed"), lte(interviewers.endsAt, now)));

/**
 * Still on the calendar and not yet over. An interview lasts at most MAX_DURATION minutes, so one
 * still running started within that: the bound lets the calendar index seek instead of walking the
 * interviewer's past.
 */
const upcomingCondition = (now: Date) =>
  and(eq(interviewers.status, "scheduled"), gt(interviewers.startsAt, new Date(now.getTime() - MAX_DURATION * 60_000)), gt(interviewers.endsAt, now));

/** The two lists' queries (built, not run): the page runs them, and a test reads their plans. */
export function myListQueries(viewer: Viewer, now: Date, limit = MY_LIST_LIMIT + 1) {
  return {
    owed: mine(viewer, owedCondition(viewer, now), interviewers.endsAt, limit),
    upcoming: mine(viewer, upcomingCondition(now), interviewers.startsAt, limit),
  };
}

/**
 * The viewer's interviews still on the calendar (scheduled: not held, canceled or missed) starting
 * between `from` (inclusive) and `to` (exclusive), soonest first, at most `limit`: the home's
 * "today and tomorrow". Same index walk as the lists above.
 */
export function myInterviewsBetween(viewer: Viewer, from: Date, to: Date, limit: number): MyInterview[] {
  const condition = and(eq(interviewers.status, "scheduled"), gte(interviewers.startsAt, from), lt(interviewers.startsAt, to));
  return mine(viewer, condition, interviewers.startsAt, limit)
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
