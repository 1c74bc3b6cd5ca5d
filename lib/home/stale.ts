import "server-only";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, candidates, organizations, roles, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeWhere } from "@/lib/access/scope";
import { daysInStage, preTrialStages } from "@/lib/pipeline/stages";
import { cappedCount, HOME_COUNT_CAP, HOME_LIST_LIMIT, type CappedCount } from "./limits";

// "Stale applications": in the open roles the viewer owns, applications before the trial whose
// stage has not changed for a week, oldest first. At 1M applications a recruiter owns ~900 roles
// with ~60,000 applications before trial, ~25,000 of them stale: sorting those would cost the
// whole pipeline, and a seek per role would cost their roles. Each application carries its role's
// owner and status (kept by triggers), and applications_owner_stage_idx holds the viewer's open
// pipeline by (stage, stage_changed_at): the oldest `limit` of each stage are the first `limit`
// entries of its range, and the oldest overall are among those. The cost is the limit, never the
// viewer's roles or rows.

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

/** The viewer's applications in a stage of their open roles, as far as their scope lets them see (on the bare columns). */
const ownedOpen = (viewer: Viewer) => and(eq(applications.roleOwnerId, viewer.id), eq(applications.roleStatus, "open"), scopeWhere(viewer).applicationRows);

/** The ids of the `limit` oldest stale applications (the query a test reads the plan of). */
export function staleIdsQuery(viewer: Viewer, cutoff: number, limit: number) {
  const owned = ownedOpen(viewer);
  const oldestPerStage = preTrialStages.map(
    (stage) => sql`select * from (select ${applications.id} id, ${applications.stageChangedAt} at from ${applications}
      where ${and(owned, eq(applications.stage, stage), lte(applications.stageChangedAt, new Date(cutoff)))}
      order by ${applications.stageChangedAt}, ${applications.id} limit ${limit})`,
  );
  return sql<{ id: number }>`select id from (${sql.join(oldestPerStage, sql` union all `)}) order by at, id limit ${limit}`;
}

/** How many stale applications the viewer has, counted up to the cap. */
export function staleCountQuery(viewer: Viewer, cutoff: number) {
  return sql<{ n: number }>`select count(*) n from (
    select 1 from ${applications} where ${and(ownedOpen(viewer), inArray(applications.stage, [...preTrialStages]), lte(applications.stageChangedAt, new Date(cutoff)))}
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
