import "server-only";
import type { Viewer } from "@/lib/auth/current-user";
import type { Stage } from "@/lib/domain";
import { exitStages, isExitStage } from "@/lib/pipeline/stages";
import { isOverdue } from "./due";
import { countList, myOwedCounts } from "./mine-counts";
import { listTimes, MY_COUNT_CAP, MY_PAGE_SIZE, myListParams, myListQuery, type MyInterview } from "./mine-query";

// The /interviews page: what the signed-in interviewer has coming and the scorecards they owe.
// Each interviewer row carries its interview's status, times and application and whether this
// interviewer's scorecard is submitted (kept by triggers, migration 0016), so both lists are ranges
// of the viewer's own index entries: the calendar (interviewers_calendar_idx) by start, and what
// they owe (interviewers_owed_idx) among their unsubmitted rows alone. The cost is what the viewer
// has coming or owes, never every interview they have held (a busy interviewer, thousands).
// The statements are built in mine-query.ts and counted in mine-counts.ts.

export { MY_COUNT_CAP, MY_PAGE_SIZE, listTimes, myListParams, myListQuery, type MyInterview, type MyList } from "./mine-query";
export { myListCountQuery, myOwedCountQuery, myOwedCounts, type OwedCounts } from "./mine-counts";

const leftLabels: Record<(typeof exitStages)[number], string> = { rejected: "Candidate was rejected", withdrawn: "Candidate withdrew" };

/** What an interview's row says when its candidate has left the pipeline (an exit stage) since it was scheduled. */
export function candidateLeft(stage: Stage): string | null {
  return isExitStage(stage) ? leftLabels[stage as (typeof exitStages)[number]] : null;
}

/** One page of a list: its rows, how many there are (at least, when `atLeast`), which page of how many. */
export type MyListPage = { rows: MyInterview[]; total: number; atLeast: boolean; page: number; pages: number };

export type MyInterviews = { owed: MyListPage & { overdue: number }; upcoming: MyListPage };

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
