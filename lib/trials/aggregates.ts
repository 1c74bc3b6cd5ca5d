import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, candidates, organizations, roles, trialCheckIns, trialGoals, trials, users, type CheckInSentiment } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeWhere } from "@/lib/access/scope";

// What a trial list needs besides the trial row: its goal counts and latest visible check-in (as
// correlated subqueries, each an index seek — grouping every goal and check-in of thousands of
// trials cost ten times more), and for the rows actually shown, the names and latest sentiment.

/**
 * Columns for a query on trials that joins their application and role: the latest check-in date
 * the viewer may see (the scope's check-in condition, correlated with the outer trial) and
 * "total:done:week-one-undone" of the goals.
 */
export function aggregateColumns(viewer: Viewer) {
  const visible = scopeWhere(viewer).checkIns;
  return {
    latestCheckInOn: sql<
      string | null
    >`(select max(${trialCheckIns.on}) from ${trialCheckIns} where ${trialCheckIns.trialId} = ${trials.id}${visible ? sql` and ${visible}` : sql``})`,
    goals: sql<string>`(select count(*) || ':' || count(${trialGoals.doneAt}) || ':' || count(case when ${trialGoals.week} = 1 and ${trialGoals.doneAt} is null then 1 end) from ${trialGoals} where ${trialGoals.trialId} = ${trials.id})`,
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
  const rows = db()
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
    .where(inArray(trials.id, [...ids]))
    .all();
  return new Map(rows.map(({ id, ...names }) => [id, names]));
}

/** The latest check-in's sentiment (of those the viewer may see) of each trial shown. */
export function latestSentiments(viewer: Viewer, ids: readonly number[]): Map<number, CheckInSentiment> {
  const out = new Map<number, CheckInSentiment>();
  if (!ids.length) return out;
  const rows = db()
    .select({ trialId: trialCheckIns.trialId, sentiment: trialCheckIns.sentiment })
    .from(trialCheckIns)
    .innerJoin(trials, eq(trials.id, trialCheckIns.trialId))
    .innerJoin(applications, eq(applications.id, trials.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(inArray(trialCheckIns.trialId, [...ids]), scopeWhere(viewer).checkIns))
    .orderBy(trialCheckIns.trialId, desc(trialCheckIns.on), desc(trialCheckIns.id))
    .all();
  for (const r of rows) if (!out.has(r.trialId)) out.set(r.trialId, r.sentiment);
  return out;
}

/** Each client's time zone, by one query for the clients of the trials loaded. */
export function clientZones(clientIds: readonly number[]): Map<number, string | null> {
  const ids = [...new Set(clientIds)];
  if (!ids.length) return new Map();
  return new Map(
    db()
      .select({ id: organizations.id, zone: organizations.timezone })
      .from(organizations)
      .where(inArray(organizations.id, ids))
      .all()
      .map((o) => [o.id, o.zone]),
  );
}
