import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, candidates, organizations, roles, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeWhere } from "@/lib/access/scope";
import { daysInStage, preTrialStages } from "@/lib/pipeline/stages";
import { cappedCount, HOME_COUNT_CAP, HOME_LIST_LIMIT, type CappedCount } from "./limits";

// "Stale applications": in the open roles the viewer owns, applications before the trial whose
// stage has not changed for a week, oldest first. At 1M applications a recruiter owns ~900 roles
// with ~60,000 applications before trial, ~25,000 of them stale: sorting those would cost the
// whole pipeline. Each (role, stage) pair is already sorted by stage_changed_at in
// applications_role_stage_changed_idx, so the oldest rows overall are among the oldest of each
// pair: one seek per pair for its oldest (the "head"), the pairs with the `limit` oldest heads,
// and at most `limit` rows from each of those (up to the `limit`-th oldest head when there are that
// many pairs: anything later has at least `limit` rows before it). The cost is the viewer's roles,
// never their rows.

export const STALE_AFTER_DAYS = 7;
const DAY = 86_400_000;

export type StaleApplication = {
  applicationId: number;
  candidateName: string;
  roleTitle: string;
  clientName: string;
  stage: Stage;
  stageChangedAt: Date;
  days: number;
};

/** `ownsOpenRoles`: whether an empty list means "all moving" or "no open roles of yours". */
export type StaleList = { rows: StaleApplication[]; ownsOpenRoles: boolean } & CappedCount;

/** The ids of the `limit` oldest stale applications (the query a test reads the plan of). */
export function staleIdsQuery(viewer: Viewer, cutoff: number, limit: number) {
  const owned = and(eq(roles.ownerId, viewer.id), eq(roles.status, "open"), scopeWhere(viewer).roles);
  const stages = JSON.stringify(preTrialStages);
  return sql<{ id: number }>`with heads as (
      select ${roles.id} role_id, s.value stage,
        (select min(h.stage_changed_at) from ${applications} h where h.role_id = ${roles.id} and h.stage = s.value) head
      from ${roles}, json_each(${stages}) s where ${owned}
    ), oldest as (
      select role_id, stage, head from heads where head <= ${cutoff} order by head limit ${limit}
    )
    select a.id from oldest o join ${applications} a on a.id in (
      select x.id from ${applications} x where x.role_id = o.role_id and x.stage = o.stage and x.stage_changed_at <= (select case when count(*) < ${limit} then ${cutoff} else max(head) end from oldest)
      order by x.stage_changed_at limit ${limit}
    )
    order by a.stage_changed_at, a.id limit ${limit}`;
}

/** How many stale applications the viewer has, counted up to the cap. */
export function staleCountQuery(viewer: Viewer, cutoff: number) {
  const owned = and(eq(roles.ownerId, viewer.id), eq(roles.status, "open"), scopeWhere(viewer).roles);
  return sql<{ n: number }>`select count(*) n from (
    select 1 from ${applications} where role_id in (select ${roles.id} from ${roles} where ${owned})
      and stage in (${sql.join(
        preTrialStages.map((s) => sql`${s}`),
        sql`, `,
      )}) and stage_changed_at <= ${cutoff}
    limit ${HOME_COUNT_CAP + 1})`;
}

export function staleApplications(viewer: Viewer, now: Date, limit = HOME_LIST_LIMIT): StaleList {
  const cutoff = now.getTime() - STALE_AFTER_DAYS * DAY;
  const ids = db()
    .all<{ id: number }>(staleIdsQuery(viewer, cutoff, limit))
    .map((r) => r.id);
  if (!ids.length) {
    const owned = db()
      .select({ id: roles.id })
      .from(roles)
      .where(and(eq(roles.ownerId, viewer.id), eq(roles.status, "open"), scopeWhere(viewer).roles))
      .limit(1)
      .all();
    return { rows: [], total: 0, capped: false, ownsOpenRoles: owned.length > 0 };
  }
  const rows = db()
    .select({
      applicationId: applications.id,
      candidateName: candidates.name,
      roleTitle: roles.title,
      clientName: organizations.name,
      stage: applications.stage,
      stageChangedAt: applications.stageChangedAt,
    })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .where(and(inArray(applications.id, ids), scopeWhere(viewer).applications))
    .orderBy(asc(applications.stageChangedAt), asc(applications.id))
    .all();
  const count = ids.length < limit ? { total: ids.length, capped: false } : cappedCount(db().get<{ n: number }>(staleCountQuery(viewer, cutoff)).n);
  return { rows: rows.map((r) => ({ ...r, days: daysInStage(r.stageChangedAt, now) })), ownsOpenRoles: true, ...count };
}
