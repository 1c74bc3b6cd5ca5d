import "server-only";
import { and, count, desc, eq, inArray, max, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, roles, trialCheckIns, trialGoals, trials, type CheckInSentiment } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeWhere } from "@/lib/access/scope";

// Per-trial goal counts and latest visible check-ins for a set of trials, each by one grouped
// query (never one query per row). The ids come from a viewer-scoped query; the check-ins are
// scoped again here, so a client never counts (or learns the date of) an internal check-in.

export type TrialAggregate = {
  goalsTotal: number;
  goalsDone: number;
  weekOneDone: boolean[];
  latestCheckInOn: string | null;
  latestSentiment: CheckInSentiment | null;
};

const CHUNK = 2_000;
function chunks(ids: readonly number[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(ids.slice(i, i + CHUNK));
  return out;
}

const empty = (): TrialAggregate => ({ goalsTotal: 0, goalsDone: 0, weekOneDone: [], latestCheckInOn: null, latestSentiment: null });

/** Goals and latest visible check-in date of each trial; `sentimentFor` names the trials whose latest sentiment is wanted (a page's rows). */
export function trialAggregates(viewer: Viewer, ids: readonly number[], sentimentFor: readonly number[] = []): Map<number, TrialAggregate> {
  const out = new Map<number, TrialAggregate>(ids.map((id) => [id, empty()]));
  const d = db();
  const scope = scopeWhere(viewer);
  for (const part of chunks(ids)) {
    const goals = d
      .select({
        trialId: trialGoals.trialId,
        total: count(),
        done: sql<number>`sum(${trialGoals.doneAt} is not null)`,
        weekOne: sql<number>`sum(${trialGoals.week} = 1)`,
        weekOneDone: sql<number>`sum(${trialGoals.week} = 1 and ${trialGoals.doneAt} is not null)`,
      })
      .from(trialGoals)
      .where(inArray(trialGoals.trialId, part))
      .groupBy(trialGoals.trialId)
      .all();
    for (const g of goals) {
      const a = out.get(g.trialId)!;
      a.goalsTotal = g.total;
      a.goalsDone = g.done ?? 0;
      // Only whether each is done matters to the flags: done ones first, then the rest.
      a.weekOneDone = Array.from({ length: g.weekOne ?? 0 }, (_, i) => i < (g.weekOneDone ?? 0));
    }
    const latest = d
      .select({ trialId: trialCheckIns.trialId, on: max(trialCheckIns.on) })
      .from(trialCheckIns)
      .innerJoin(trials, eq(trials.id, trialCheckIns.trialId))
      .innerJoin(applications, eq(applications.id, trials.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .where(and(inArray(trialCheckIns.trialId, part), scope.checkIns))
      .groupBy(trialCheckIns.trialId)
      .all();
    for (const l of latest) out.get(l.trialId)!.latestCheckInOn = l.on;
  }
  const wanted = sentimentFor.filter((id) => out.has(id));
  if (wanted.length) {
    const rows = d
      .select({ trialId: trialCheckIns.trialId, sentiment: trialCheckIns.sentiment })
      .from(trialCheckIns)
      .innerJoin(trials, eq(trials.id, trialCheckIns.trialId))
      .innerJoin(applications, eq(applications.id, trials.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .where(and(inArray(trialCheckIns.trialId, wanted), scope.checkIns))
      .orderBy(trialCheckIns.trialId, desc(trialCheckIns.on), desc(trialCheckIns.id))
      .all();
    for (const r of rows) {
      const a = out.get(r.trialId)!;
      a.latestSentiment ??= r.sentiment;
    }
  }
  return out;
}
