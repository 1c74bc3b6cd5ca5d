import type Database from "better-sqlite3";
import type { Ids } from "../access-matrix.expectations";
import type { Records } from "./records";
import type { Owner } from "./users";

// The ids (and current versions) an action cell posts for one owner's records, read fresh before
// each post: a refused write must fail on access, not on a stale version.

const COMPANY_USER: Record<Owner, string | null> = { agency: "sam@agency.test", A: "hiring@northwind.test", B: "hiring@acme.test" };

export function idsOf(db: Database.Database, records: Records, owner: Owner): Ids {
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const value = (sql: string, ...args: unknown[]) =>
    (db
      .prepare(sql)
      .pluck()
      .get(...args) as number | undefined) ?? undefined;
  const application = num(records.application[owner]);
  const trial = num(records.trial[owner]);
  const interview = num(records.interview[owner]);
  const goal = trial === undefined ? undefined : value("select id from trial_goals where trial_id = ? order by id limit 1", trial);
  const scorecard =
    interview === undefined
      ? undefined
      : value("select id from scorecards where interview_id = ? and status = 'submitted' and superseded_at is null order by id limit 1", interview);
  return {
    role: application === undefined ? num(records.role[owner]) : value("select role_id from applications where id = ?", application),
    candidate: num(records.candidate[owner]),
    application,
    applicationVersion: application === undefined ? undefined : value("select version from applications where id = ?", application),
    interview,
    trial,
    trialVersion: trial === undefined ? undefined : value("select version from trials where id = ?", trial),
    goal,
    goalVersion: goal === undefined ? undefined : value("select version from trial_goals where id = ?", goal),
    scorecard,
    scorecardVersion: scorecard === undefined ? undefined : value("select version from scorecards where id = ?", scorecard),
    user: COMPANY_USER[owner] ? value("select id from users where email = ?", COMPANY_USER[owner]) : undefined,
    client: num(records.client[owner]),
  };
}

/**
 * An input for an action refused on its permission: every common id field set to the owner's
 * records, so that a check that were missing would reach a real record of theirs.
 */
export function genericInput(ids: Ids): Record<string, unknown> {
  return {
    id: ids.application,
    roleId: ids.role,
    candidateId: ids.candidate,
    applicationId: ids.application,
    applicationIds: ids.application === undefined ? [] : [ids.application],
    interviewId: ids.interview,
    trialId: ids.trial,
    goalId: ids.goal,
    scorecardId: ids.scorecard,
    userId: ids.user,
    clientId: ids.client,
    version: ids.applicationVersion ?? 1,
  };
}
