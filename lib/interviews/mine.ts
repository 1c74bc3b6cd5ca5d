import "server-only";
import { and, asc, eq, gt, gte, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { prepared } from "@/lib/db";
import { applications, candidates, interviewers, interviews, organizations, roles, type InterviewKind, type InterviewStatus } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { interviewCondition, owing } from "@/lib/access/evaluation";
import { scopeOf, scopeParams } from "@/lib/access/scope";
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

/** The three lists: what the viewer owes, what they have coming, and what they have between two times. */
export type MyList = "owed" | "upcoming" | "between";

/**
 * The values a list's placeholders take: `now` for owed and upcoming (an interview lasts at most
 * MAX_DURATION minutes, so one still running started after `since`), `from` and `to` for between.
 */
type ListValues = { now: number; since: number } | { from: number; to: number };

/**
 * Each list's condition on the viewer's own interviewer rows, with placeholders for the times:
 * - owed: the blind rule's "owes" (lib/access/evaluation.ts), once it is due: held (or marked completed);
 * - upcoming: still on the calendar and not yet over. The `since` bound lets the calendar index
 *   seek instead of walking the interviewer's past;
 * - between: still on the calendar and starting in [from, to).
 */
const listConditions: Record<MyList, { condition: (viewer: Viewer) => SQL | undefined; sortKey: typeof interviewers.startsAt | typeof interviewers.endsAt }> = {
  owed: {
    condition: (viewer) => and(owing(viewer, "placeholders"), or(eq(interviewers.status, "completed"), lte(interviewers.endsAt, sql.placeholder("now")))),
    sortKey: interviewers.endsAt,
  },
  upcoming: {
    condition: () =>
      and(eq(interviewers.status, "scheduled"), gt(interviewers.startsAt, sql.placeholder("since")), gt(interviewers.endsAt, sql.placeholder("now"))),
    sortKey: interviewers.startsAt,
  },
  between: {
    condition: () =>
      and(eq(interviewers.status, "scheduled"), gte(interviewers.startsAt, sql.placeholder("from")), lt(interviewers.startsAt, sql.placeholder("to"))),
    sortKey: interviewers.startsAt,
  },
};

/**
 * One list, prepared once per scope shape: the interviewer's own rows matching the list's
 * condition, first picked and cut to the `limit` placeholder on their own (the interviewer's index
 * entries, with the application and role only when the viewer's scope needs them), then joined to
 * their interview, candidate, role and client — so only the rows shown are joined.
 */
export function myListQuery(viewer: Viewer, list: MyList) {
  const key = `my-interviews:${list}:${scopeOf(viewer).shape}:${can(viewer, "interviews:view")}`;
  return prepared(key, (d) => {
    const { condition, sortKey } = listConditions[list];
    const scope = interviewCondition(viewer, "placeholders");
    let pick = d
      .select({ id: interviewers.interviewId, sortKey: sql<number>`${sortKey}`.as("sort_key") })
      .from(interviewers)
      .$dynamic();
    if (scope) pick = pick.innerJoin(applications, eq(applications.id, interviewers.applicationId)).innerJoin(roles, eq(roles.id, applications.roleId));
    const picked = pick
      .where(and(eq(interviewers.userId, sql.placeholder("viewer")), scope, condition(viewer)))
      .orderBy(asc(sortKey), asc(interviewers.interviewId))
      .limit(sql.placeholder("limit"))
      .as("picked");
    return d
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
      .orderBy(asc(picked.sortKey), asc(interviews.id))
      .prepare();
  });
}

/** The values to run `myListQuery(viewer, list)` with. */
export function myListParams(viewer: Viewer, values: ListValues, limit: number) {
  return { ...scopeParams(viewer), ...values, limit };
}

/** The times the owed and upcoming lists are run with. */
export const listTimes = (now: Date) => ({ now: now.getTime(), since: now.getTime() - MAX_DURATION * 60_000 });

/**
 * The viewer's interviews still on the calendar (scheduled: not held, canceled or missed) starting
 * between `from` (inclusive) and `to` (exclusive), soonest first, at most `limit`: the home's
 * "today and tomorrow". Same index walk as the lists above.
 */
export function myInterviewsBetween(viewer: Viewer, from: Date, to: Date, limit: number): MyInterview[] {
  return myListQuery(viewer, "between")
    .all(myListParams(viewer, { from: from.getTime(), to: to.getTime() }, limit))
    .map((r) => ({ ...r, overdue: false }));
}

/** The scorecards the viewer owes (overdue first), at most `limit`. */
export function myOwed(viewer: Viewer, now: Date, limit: number): MyInterview[] {
  return myListQuery(viewer, "owed")
    .all(myListParams(viewer, listTimes(now), limit))
    .map((r) => ({ ...r, overdue: isOverdue(r, now) }));
}

/** The viewer's upcoming interviews (still on the calendar and not over), soonest first, at most `limit`. */
export function myUpcoming(viewer: Viewer, now: Date, limit: number): MyInterview[] {
  return myListQuery(viewer, "upcoming")
    .all(myListParams(viewer, listTimes(now), limit))
    .map((r) => ({ ...r, overdue: false }));
}

/** The first `limit` scorecards the viewer owes (overdue first) and the first `limit` upcoming interviews, with whether more follow. */
export function myInterviews(viewer: Viewer, now: Date, limit = MY_LIST_LIMIT): MyInterviews {
  const owed = myOwed(viewer, now, limit + 1);
  const upcoming = myUpcoming(viewer, now, limit + 1);
  return { owed: owed.slice(0, limit), owedMore: owed.length > limit, upcoming: upcoming.slice(0, limit), upcomingMore: upcoming.length > limit };
}
