import "server-only";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { db, inIds, prepared, preparedSql } from "@/lib/db";
import { applications, candidates, organizations, roles, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeFor, scopeOf, scopeParams, scopeWhere } from "@/lib/access/scope";
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

/**
 * The viewer's applications in a stage of their open roles, as far as their scope lets them see
 * (on the bare columns), for a prepared query: the viewer is the placeholder `viewer`.
 */
const ownedOpen = (viewer: Viewer) =>
  and(eq(applications.roleOwnerId, sql.placeholder("viewer")), eq(applications.roleStatus, "open"), scopeFor(viewer).applicationRows);

/** The ids of the `limit` oldest stale applications (placeholders `cutoff` and `limit`; a test reads its plan). */
export function staleIdsQuery(viewer: Viewer) {
  return preparedSql<{ id: number }>(`stale-ids:${scopeOf(viewer).shape}`, () => {
    const owned = ownedOpen(viewer);
    const oldestPerStage = preTrialStages.map(
      (stage) => sql`select * from (select ${applications.id} id, ${applications.stageChangedAt} at from ${applications}
      where ${and(owned, eq(applications.stage, stage), lte(applications.stageChangedAt, sql.placeholder("cutoff")))}
      order by ${applications.stageChangedAt}, ${applications.id} limit ${sql.placeholder("limit")})`,
    );
    return sql`select id from (${sql.join(oldestPerStage, sql` union all `)}) order by at, id limit ${sql.placeholder("limit")}`;
  });
}

/** How many stale applications the viewer has, counted up to the cap. */
function staleCountQuery(viewer: Viewer) {
  return preparedSql<{ n: number }>(
    `stale-count:${scopeOf(viewer).shape}`,
    () => sql`select count(*) n from (
    select 1 from ${applications} where ${and(ownedOpen(viewer), inArray(applications.stage, [...preTrialStages]), lte(applications.stageChangedAt, sql.placeholder("cutoff")))}
    limit ${HOME_COUNT_CAP + 1})`,
  );
}

/** The values the stale queries run with. */
export const staleParams = (viewer: Viewer, cutoff: number, limit: number) => ({ ...scopeParams(viewer), cutoff, limit });

export function staleApplications(viewer: Viewer, now: Date, limit = HOME_LIST_LIMIT): StaleList {
  const cutoff = now.getTime() - STALE_AFTER_DAYS * DAY;
  const params = staleParams(viewer, cutoff, limit);
  const ids = staleIdsQuery(viewer)
    .all(params)
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
  const rows = prepared(`stale-rows:${scopeOf(viewer).shape}`, (d) =>
    d
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
      .where(and(inIds(applications.id, "ids"), scopeFor(viewer).applications))
      .orderBy(asc(applications.stageChangedAt), asc(applications.id))
      .prepare(),
  ).all({ ids: JSON.stringify(ids), ...scopeParams(viewer) });
  const count = ids.length < limit ? { total: ids.length, capped: false } : cappedCount(staleCountQuery(viewer).get(params)!.n);
  return { rows: rows.map((r) => ({ ...r, days: daysInStage(r.stageChangedAt, now) })), ownsOpenRoles: true, ...count };
}
