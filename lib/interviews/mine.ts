import "server-only";
import { and, asc, count, eq, gt, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { prepared } from "@/lib/db";
import { applications, candidates, interviewers, interviews, organizations, roles, type InterviewKind, type InterviewStatus } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import type { Stage } from "@/lib/domain";
import { exitStages, isExitStage } from "@/lib/pipeline/stages";
import { can } from "@/lib/access";
import { interviewCondition, owing } from "@/lib/access/evaluation";
import { scopeOf, scopeParams } from "@/lib/access/scope";
import { isOverdue, OVERDUE_AFTER_MS } from "./due";
import { scorecardDueRow } from "./due-sql";
import { MAX_DURATION } from "./limits";

// The /interviews page: what the signed-in interviewer has coming and the scorecards they owe.
// Each interviewer row carries its interview's status, times and application and whether this
// interviewer's scorecard is submitted (kept by triggers, migration 0016), so both lists are ranges
// of the viewer's own index entries: the calendar (interviewers_calendar_idx) by start, and what
// they owe (interviewers_owed_idx) among their unsubmitted rows alone. The cost is what the viewer
// has coming or owes, never every interview they have held (a busy interviewer, thousands).

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

const leftLabels: Record<(typeof exitStages)[number], string> = { rejected: "Candidate was rejected", withdrawn: "Candidate withdrew" };

/** What an interview's row says when its candidate has left the pipeline (an exit stage) since it was scheduled. */
export function candidateLeft(stage: Stage): string | null {
  return isExitStage(stage) ? leftLabels[stage as (typeof exitStages)[number]] : null;
}

/** One page of a list: its rows, how many there are (at least, when `atLeast`), which page of how many. */
export type MyListPage = { rows: MyInterview[]; total: number; atLeast: boolean; page: number; pages: number };

export type MyInterviews = { owed: MyListPage & { overdue: number }; upcoming: MyListPage };

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
function ownRows(d: Db, viewer: Viewer, list: MyList, columns: Record<string, SQL.Aliased | typeof interviewers.interviewId>) {
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

/**
 * How many rows `list` has for the viewer, counted up to `cap` (a placeholder); with `overdueBefore`
 * (a placeholder), only the rows whose interview ended before it. The same index range as the list.
 */
export function myListCountQuery(viewer: Viewer, list: MyList, overdue: boolean) {
  const key = `my-interviews-count:${list}:${overdue}:${scopeOf(viewer).shape}:${can(viewer, "interviews:view")}`;
  return prepared(key, (d) => {
    const { pick, where } = ownRows(d, viewer, list, { one: sql`1`.as("one") });
    const rows = pick
      .where(and(where, overdue ? lt(interviewers.endsAt, sql.placeholder("overdueBefore")) : undefined))
      .limit(sql.placeholder("cap"))
      .as("counted");
    return d.select({ n: count() }).from(rows).prepare();
  });
}

/** The values to run `myListQuery(viewer, list)` with. */
export function myListParams(viewer: Viewer, values: ListValues, limit: number, offset = 0) {
  return { ...scopeParams(viewer), ...values, limit, offset };
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

/** One page of `list`: the page asked for, or the last one when it asks past the end (`counted`: the list's count, when known). */
function listPage(viewer: Viewer, list: "owed" | "upcoming", now: Date, asked: number, counted = countList(viewer, list, now)): MyListPage {
  const times = listTimes(now);
  const pages = Math.max(1, Math.ceil(counted / MY_PAGE_SIZE));
  const page = Math.min(Math.max(1, asked), pages);
  const rows = myListQuery(viewer, list)
    .all(myListParams(viewer, times, MY_PAGE_SIZE, (page - 1) * MY_PAGE_SIZE))
    .map((r) => ({ ...r, overdue: list === "owed" && isOverdue(r, now) }));
  return { rows, total: counted, atLeast: counted >= MY_COUNT_CAP, page, pages };
}

/**
 * The /interviews page: a page of the scorecards the viewer owes (overdue first, with how many are
 * overdue) and a page of their upcoming interviews, each list paged on its own.
 */
export function myInterviews(viewer: Viewer, now: Date, pages: { owed?: number; upcoming?: number } = {}): MyInterviews {
  const owedCounts = myOwedCounts(viewer, now);
  const owed = listPage(viewer, "owed", now, pages.owed ?? 1, owedCounts.total);
  return { owed: { ...owed, overdue: owedCounts.overdue }, upcoming: listPage(viewer, "upcoming", now, pages.upcoming ?? 1) };
}

/** How many rows `list` has for the viewer, up to MY_COUNT_CAP. */
function countList(viewer: Viewer, list: "owed" | "upcoming", now: Date): number {
  return myListCountQuery(viewer, list, false).get({ ...myListParams(viewer, listTimes(now), 0), cap: MY_COUNT_CAP })?.n ?? 0;
}

/**
 * How many scorecards the viewer owes and how many of them are overdue, in one walk of their owed
 * range stopped at `cap` (a placeholder): both exact below the cap.
 */
export function myOwedCountQuery(viewer: Viewer) {
  const key = `my-owed-counts:${scopeOf(viewer).shape}:${can(viewer, "interviews:view")}`;
  return prepared(key, (d) => {
    const { pick, where } = ownRows(d, viewer, "owed", { endsAt: sql<number>`${interviewers.endsAt}`.as("owed_ends_at") });
    const rows = pick.where(where).limit(sql.placeholder("cap")).as("counted");
    return d
      .select({ n: count(), overdue: sql<number>`coalesce(sum(${rows.endsAt} < ${sql.placeholder("overdueBefore")}), 0)` })
      .from(rows)
      .prepare();
  });
}

/** How many of the scorecards the viewer owes are overdue, up to MY_COUNT_CAP: when there are too many to count them in one walk. */
function countOverdue(viewer: Viewer, now: Date): number {
  return (
    myListCountQuery(viewer, "owed", true).get({
      ...myListParams(viewer, listTimes(now), 0),
      cap: MY_COUNT_CAP,
      overdueBefore: now.getTime() - OVERDUE_AFTER_MS,
    })?.n ?? 0
  );
}

/** Owed scorecards counted: each count stops at MY_COUNT_CAP, and says so. */
export type OwedCounts = { total: number; atLeast: boolean; overdue: number; overdueAtLeast: boolean };

/** How many scorecards the viewer owes and how many of them are overdue: for a list that shows only the first few. */
export function myOwedCounts(viewer: Viewer, now: Date): OwedCounts {
  const values = { ...myListParams(viewer, listTimes(now), 0), cap: MY_COUNT_CAP, overdueBefore: now.getTime() - OVERDUE_AFTER_MS };
  const { n: total, overdue: walked } = myOwedCountQuery(viewer).get(values) ?? { n: 0, overdue: 0 };
  const atLeast = total >= MY_COUNT_CAP;
  // The walk stopped at the cap, maybe before some overdue ones: those are counted on their own.
  const overdue = atLeast ? countOverdue(viewer, now) : walked;
  return { total, atLeast, overdue, overdueAtLeast: overdue >= MY_COUNT_CAP };
}
