import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { inIds, prepared } from "@/lib/db";
import { applications, candidates, organizations, roles, trialCheckIns, trialGoals, trials, users, type CheckInSentiment } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeFor, scopeOf, scopeParams } from "@/lib/access/scope";
import { latestVisibleCheckIn } from "./attention";

// What a trial list needs besides the trial row, for the rows shown: its goal counts (a correlated
// subquery, an index seek each) and the latest check-in day the viewer may see (a column the
// triggers of migration 0010 keep), then the names and the latest sentiment.

/** Columns for a query on trials: the latest check-in day the viewer may see, and "total:done:week-one-undone" of the goals. */
export function aggregateColumns(viewer: Viewer) {
  return {
    latestCheckInOn: latestVisibleCheckIn(viewer),
    // Qualified by hand: in a query on trials alone, Drizzle leaves columns unqualified, and inside
    // this subquery a bare "id" would be the goal's.
    goals: sql<string>`(select count(*) || ':' || count(g.done_at) || ':' || "trials"."week_one_open" from ${trialGoals} g where g.trial_id = "trials"."id")`,
  };
}

export function parseGoals(goals: string | null): { total: number; done: number; weekOneUndone: number } {
  const [total = 0, done = 0, weekOneUndone = 0] = (goals ?? "").split(":").map(Number);
  return { total, done, weekOneUndone };
}

export type TrialNames = { candidateId: number; candidateName: string; roleId: number; roleTitle: string; clientName: string; ownerName: string };

/** Names of the trials shown (ids already scoped by the caller's query): candidate (name only), role, client, owner. */
export function trialNames(ids: readonly number[]): Map<number, TrialNames> {
  if (!ids.length) return new Map();
  const rows = prepared("trial-names", (d) =>
    d
      .select({
        id: trials.id,
        candidateId: candidates.id,
        candidateName: candidates.name,
        roleId: roles.id,
        roleTitle: roles.title,
        clientName: organizations.name,
        ownerName: users.name,
      })
      .from(trials)
      .innerJoin(applications, eq(applications.id, trials.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .innerJoin(organizations, eq(organizations.id, roles.clientId))
      .innerJoin(users, eq(users.id, trials.onboardingOwnerId))
      .where(inIds(trials.id, "ids"))
      .prepare(),
  ).all({ ids: JSON.stringify(ids) });
  return new Map(rows.map(({ id, ...names }) => [id, names]));
}

/** The latest check-in's sentiment (of those the viewer may see) of each trial shown. */
export function latestSentiments(viewer: Viewer, ids: readonly number[]): Map<number, CheckInSentiment> {
  const out = new Map<number, CheckInSentiment>();
  if (!ids.length) return out;
  const rows = prepared(`trial-sentiments:${scopeOf(viewer).shape}`, (d) =>
    d
      .select({ trialId: trialCheckIns.trialId, sentiment: trialCheckIns.sentiment })
      .from(trialCheckIns)
      .innerJoin(trials, eq(trials.id, trialCheckIns.trialId))
      .innerJoin(applications, eq(applications.id, trials.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .where(and(inIds(trialCheckIns.trialId, "ids"), scopeFor(viewer).checkIns))
      .orderBy(trialCheckIns.trialId, desc(trialCheckIns.on), desc(trialCheckIns.id))
      .prepare(),
  ).all({ ids: JSON.stringify(ids), ...scopeParams(viewer) });
  for (const r of rows) if (!out.has(r.trialId)) out.set(r.trialId, r.sentiment);
  return out;
}
