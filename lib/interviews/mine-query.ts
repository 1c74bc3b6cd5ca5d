import "server-only";
import { and, asc, eq, gt, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { prepared } from "@/lib/db";
import { applications, candidates, interviewers, interviews, organizations, roles, type InterviewKind, type InterviewStatus } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import type { Stage } from "@/lib/domain";
import { can } from "@/lib/access";
import { interviewCondition, owing } from "@/lib/access/evaluation";
import { scopeOf, scopeParams } from "@/lib/access/scope";
import { scorecardDueRow } from "./due-sql";
import { MAX_DURATION } from "./limits";

// The /interviews page: what the signed-in interviewer has coming and the scorecards they owe.
// Each interviewer row carries its interview's status, times and application and whether this
// interviewer's scorecard is submitted (kept by triggers, migration 0016), so both lists are ranges
// of the viewer's own index entries: the calendar (interviewers_calendar_idx) by start, and what
// they owe (interviewers_owed_idx) among their unsubmitted rows alone. The cost is what the viewer
// has coming or owes, never every interview they have held (a busy interviewer, thousands).
// This file builds the lists' statements; mine-counts.ts counts them; mine.ts runs them for pages.

/** Rows per page of each list, as in the other lists (roles, candidates, trials). */
export const MY_PAGE_SIZE = 25;
/** Counting a list stops here ("1,000+"): the pages stay reachable, the count stays bounded. */
export const MY_COUNT_CAP = 1_000;

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
  /** The application's stage now: an interview can outlive its candidate's rejection or withdrawal. */
  stage: Stage;
  overdue: boolean;
};

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
    condition: (viewer) => and(owing(viewer, "placeholders"), scorecardDueRow(sql.placeholder("now"))),
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

/** The viewer's own interviewer rows on `list`, within their scope (joining the application and role only when the scope needs them). */
export function ownRows(d: Db, viewer: Viewer, list: MyList, columns: Record<string, SQL.Aliased | typeof interviewers.interviewId>) {
  const scope = interviewCondition(viewer, "placeholders");
  let pick = d.select(columns).from(interviewers).$dynamic();
  if (scope) pick = pick.innerJoin(applications, eq(applications.id, interviewers.applicationId)).innerJoin(roles, eq(roles.id, applications.roleId));
  return { pick, where: and(eq(interviewers.userId, sql.placeholder("viewer")), scope, listConditions[list].condition(viewer)) };
}

/**
 * One list, prepared once per scope shape: the interviewer's own rows matching the list's
 * condition, first picked and cut to the `limit` placeholder (from `offset`) on their own (the interviewer's index
 * entries, with the application and role only when the viewer's scope needs them), then joined to
 * their interview, candidate, role and client — so only the rows shown are joined.
 */
export function myListQuery(viewer: Viewer, list: MyList) {
  const key = `my-interviews:${list}:${scopeOf(viewer).shape}:${can(viewer, "interviews:view")}`;
  return prepared(key, (d) => {
    const { sortKey } = listConditions[list];
    const { pick, where } = ownRows(d, viewer, list, { id: interviewers.interviewId, sortKey: sql<number>`${sortKey}`.as("sort_key") });
    const picked = pick
      .where(where)
      .orderBy(asc(sortKey), asc(interviewers.interviewId))
      .limit(sql.placeholder("limit"))
      .offset(sql.placeholder("offset"))
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
        stage: applications.stage,
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
export function myListParams(viewer: Viewer, values: ListValues, limit: number, offset = 0) {
  return { ...scopeParams(viewer), ...values, limit, offset };
}

/** The times the owed and upcoming lists are run with. */
export const listTimes = (now: Date) => ({ now: now.getTime(), since: now.getTime() - MAX_DURATION * 60_000 });
