import "server-only";
import { and, count, lt, sql } from "drizzle-orm";
import { prepared } from "@/lib/db";
import { interviewers } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { scopeOf } from "@/lib/access/scope";
import { OVERDUE_AFTER_MS } from "./due";
import { listTimes, MY_COUNT_CAP, myListParams, ownRows, type MyList } from "./mine-query";

// How many interviews an interviewer's lists hold (mine-query.ts): each count walks the same
// range of the viewer's own index entries as its list, and stops at MY_COUNT_CAP.

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

/** How many rows `list` has for the viewer, up to MY_COUNT_CAP. */
export function countList(viewer: Viewer, list: "owed" | "upcoming", now: Date): number {
  return myListCountQuery(viewer, list, false).get({ ...myListParams(viewer, listTimes(now), 0), cap: MY_COUNT_CAP })!.n;
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

/** The values of an owed count: the owed list's times, the cap, and before when an interview must have ended to be overdue. */
const owedCountValues = (viewer: Viewer, now: Date) => ({
  ...myListParams(viewer, listTimes(now), 0),
  cap: MY_COUNT_CAP,
  overdueBefore: now.getTime() - OVERDUE_AFTER_MS,
});

/** Owed scorecards counted: each count stops at MY_COUNT_CAP, and says so. */
export type OwedCounts = { total: number; atLeast: boolean; overdue: number; overdueAtLeast: boolean };

/** How many scorecards the viewer owes and how many of them are overdue: for a list that shows only the first few. */
export function myOwedCounts(viewer: Viewer, now: Date): OwedCounts {
  const values = owedCountValues(viewer, now);
  // A count with no group by answers one row, also when nothing matches.
  const { n: total, overdue: walked } = myOwedCountQuery(viewer).get(values)!;
  const atLeast = total >= MY_COUNT_CAP;
  // The walk stopped at the cap, maybe before some overdue ones: those are counted on their own.
  const overdue = atLeast ? myListCountQuery(viewer, "owed", true).get(values)!.n : walked;
  return { total, atLeast, overdue, overdueAtLeast: overdue >= MY_COUNT_CAP };
}
