import "server-only";
import { eq, sql } from "drizzle-orm";
import { inIds, prepared } from "@/lib/db";
import { applications, candidates, organizations, roles, trialCheckIns, trialGoals, trials, users, type CheckInSentiment } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeFor } from "@/lib/access/scope";
import { latestVisibleCheckIn } from "./attention";

// What a trial list needs besides the trial row, for the rows shown: its goal counts and the
// latest check-in's sentiment the viewer may see (correlated subqueries, each an index seek, the
// latter stepping back past check-ins a client may not read), the
// latest check-in day the viewer may see (a column the triggers of migration 0010 keep), then the names.

/**
 * Columns for a query on trials: the latest check-in day and sentiment the viewer may see, and
 * "total:done:week-one-undone" of the goals.
 */
export function aggregateColumns(viewer: Viewer) {
  const visible = scopeFor(viewer).checkInRows;
  return {
    latestCheckInOn: latestVisibleCheckIn(viewer),
    // Qualified by hand: in a query on trials alone, Drizzle leaves columns unqualified, and inside
    // these subqueries a bare "id" would be the goal's or the check-in's.
    goals: sql<string>`(select count(*) || ':' || count(g.done_at) || ':' || "trials"."week_one_open" from ${trialGoals} g where g.trial_id = "trials"."id")`,
    // The newest day first, and on one day the check-in written last: trial_check_ins_trial_idx (trial, day, rowid) walked backwards.
    latestSentiment: sql<CheckInSentiment | null>`(select "trial_check_ins"."sentiment" from ${trialCheckIns} where "trial_check_ins"."trial_id" = "trials"."id"${visible ? sql` and ${visible}` : sql``} order by "trial_check_ins"."on" desc, "trial_check_ins"."id" desc limit 1)`,
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
