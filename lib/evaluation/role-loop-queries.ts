import "server-only";
import { and, countDistinct, count, eq, isNull } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, checklistTicks, roles, scorecards, type RoleType } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeWhere } from "@/lib/access/scope";
import { getRole } from "@/lib/roles/queries";
import { sameWeights } from "./score";
import { roleLoop, templates, type RoleLoop } from "./loops";

/** How many current submitted scorecards (and on how many applications) a role's weights score. */
export type RescoreImpact = { scorecards: number; applications: number };

/**
 * The scorecards a change of the role's weights re-scores: every current (not superseded)
 * submitted scorecard on the role's applications, whoever wrote it — the score uses them all.
 * Undefined when the viewer may not see the role.
 */
export function rescoreImpact(viewer: Viewer, roleId: number): RescoreImpact | undefined {
  const role = getRole(viewer, roleId);
  if (!role) return undefined;
  const row = db()
    .select({ scorecards: count(), applications: countDistinct(scorecards.applicationId) })
    .from(scorecards)
    .innerJoin(applications, eq(applications.id, scorecards.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(eq(applications.roleId, role.id), eq(scorecards.status, "submitted"), isNull(scorecards.supersededAt), scopeWhere(viewer).applications))
    .get();
  return { scorecards: row?.scorecards ?? 0, applications: row?.applications ?? 0 };
}

/**
 * How many of the role's applications have each checklist item ticked: an item taken off the
 * checklist (or reworded) hides its ticks, which the form says before saving. The caller has
 * loaded the role through the viewer's scope.
 */
export function checklistTickCounts(viewer: Viewer, roleId: number): Record<string, number> {
  const rows = db()
    .select({ item: checklistTicks.item, n: count() })
    .from(checklistTicks)
    .innerJoin(applications, eq(applications.id, checklistTicks.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(eq(applications.roleId, roleId), scopeWhere(viewer).applications))
    .groupBy(checklistTicks.item)
    .all();
  return Object.fromEntries(rows.map((r) => [r.item, r.n]));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Changing the weights re-scores 12 submitted scorecards on 7 applications" (or, after saving, "re-scored"). */
export function rescoreMessage({ scorecards: s, applications: a }: RescoreImpact, tense: "future" | "past" = "future"): string {
  if (s === 0) return "No submitted scorecards on this role yet: changing the weights re-scores nothing today.";
  const counted = `${plural(s, "submitted scorecard", "submitted scorecards")} on ${plural(a, "application", "applications")}`;
  return tense === "future" ? `Changing the weights re-scores ${counted}.` : `The new weights re-scored ${counted}.`;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A role's loop and how it stands against its type's template: a copy of it, or customised. */
export type RoleLoopState = RoleLoop & { type: RoleType; fromTemplate: "uses" | "copy" | "customised" };

export function roleLoopState(role: { id: number; type: RoleType }): RoleLoopState {
  const loop = roleLoop(role);
  const template = templates()[role.type];
  const matches = sameList(loop.plan, template.plan) && sameList(loop.checklist, template.checklist) && sameWeights(loop.weights, template.weights);
  return { ...loop, type: role.type, fromTemplate: !loop.custom ? "uses" : matches ? "copy" : "customised" };
}
