import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { unionAll } from "drizzle-orm/sqlite-core";
import { inIds, prepared } from "@/lib/db";
import { applications, notes, roles, stageEvents, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeFor, scopeOf, scopeParams } from "@/lib/access/scope";
import { activeStages } from "@/lib/pipeline/stages";

/** What the candidate list shows beside each name, from what the viewer may see. */
export type PageActivity = {
  /** Applications the viewer may see. */
  roles: number;
  /** The most advanced of those (an active one before an exit; the most recent on a tie). */
  stage: Stage | null;
  /** The latest stage change or note the viewer may see. */
  lastActivity: Date | null;
};

type Kind = "application" | "activity";

/** Orders applications for "current stage": active stages by how far along, exits below every active one. */
function progress(stage: Stage): number {
  return (activeStages as readonly Stage[]).indexOf(stage);
}

/**
 * For one page of candidates, in one statement: their visible applications (stage and when it
 * changed), and the newest visible stage event and note per candidate. Each part walks an index
 * by candidate (applications by (candidate_id, role_id), notes by (candidate_id, created_at),
 * stage events by application), so its cost is bounded by the page, not by the pool.
 */
export function pageActivity(viewer: Viewer, candidateIds: number[]): Map<number, PageActivity> {
  const out = new Map<number, PageActivity>(candidateIds.map((id) => [id, { roles: 0, stage: null, lastActivity: null }]));
  if (candidateIds.length === 0) return out;
  const best = new Map<number, { stage: Stage; at: number }>();
  for (const row of pageActivityQuery(viewer).all(pageActivityParams(viewer, candidateIds))) {
    const entry = out.get(row.candidateId);
    if (!entry || !row.at) continue;
    const at = Number(row.at);
    if (row.kind === "application" && row.stage) {
      entry.roles += 1;
      const current = best.get(row.candidateId);
      const ahead = !current || progress(row.stage) > progress(current.stage) || (progress(row.stage) === progress(current.stage) && at > current.at);
      if (ahead) best.set(row.candidateId, { stage: row.stage, at });
    } else if (!entry.lastActivity || at > entry.lastActivity.getTime()) {
      entry.lastActivity = new Date(at);
    }
  }
  for (const [id, { stage }] of best) out.get(id)!.stage = stage;
  return out;
}

/**
 * The one statement behind `pageActivity`, prepared once per scope shape: the page's candidate ids
 * are one JSON array (`ids`), the viewer's company a placeholder. Exported for its query-plan test.
 */
export function pageActivityQuery(viewer: Viewer) {
  return prepared(`page-activity:${scopeOf(viewer).shape}`, (d) => {
    const scope = scopeFor(viewer);
    const apps = d
      .select({
        kind: sql<Kind>`'application'`,
        candidateId: applications.candidateId,
        stage: sql<Stage | null>`${applications.stage}`,
        at: sql<number | null>`${applications.stageChangedAt}`,
      })
      .from(applications)
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .where(and(inIds(applications.candidateId, "ids"), scope.applications));
    const events = d
      .select({
        kind: sql<Kind>`'activity'`,
        candidateId: applications.candidateId,
        stage: sql<Stage | null>`null`,
        at: sql<number | null>`max(${stageEvents.createdAt})`,
      })
      .from(stageEvents)
      .innerJoin(applications, eq(applications.id, stageEvents.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .where(and(inIds(applications.candidateId, "ids"), scope.stageEvents))
      .groupBy(applications.candidateId);
    const noteTimes = d
      .select({ kind: sql<Kind>`'activity'`, candidateId: notes.candidateId, stage: sql<Stage | null>`null`, at: sql<number | null>`max(${notes.createdAt})` })
      .from(notes)
      .leftJoin(applications, eq(applications.id, notes.applicationId))
      .leftJoin(roles, eq(roles.id, applications.roleId))
      .where(and(inIds(notes.candidateId, "ids"), scope.notes))
      .groupBy(notes.candidateId);
    return unionAll(apps, events, noteTimes).prepare();
  });
}

/** The values `pageActivityQuery` runs with. */
export const pageActivityParams = (viewer: Viewer, candidateIds: number[]) => ({ ids: JSON.stringify(candidateIds), ...scopeParams(viewer) });
