import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { applications, roles, stageEvents } from "@/db/schema";
import { Conflict, fail, isUniqueViolation, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { getCandidate } from "@/lib/candidates/queries";
import { getRole } from "@/lib/roles/queries";
import { getApplications } from "./queries";
import type { MoveInput } from "./schemas";
import { canMove, clientVisibleStages, rejectionReasons, stageLabels } from "./stages";

const CONFLICT = "Someone else moved this candidate meanwhile; reload to see the change.";

/** Puts a candidate on a role at `sourced`; a candidate is on a role at most once. */
export function addCandidateToRole({ roleId, candidateId }: { roleId: number; candidateId: number }, { viewer, audit }: ActionContext): ActionResult<{ id: number }> {
  const role = getRole(viewer, roleId);
  const candidate = getCandidate(viewer, candidateId);
  if (!role || !candidate) return notFound();
  if (role.status === "filled" || role.status === "closed") return fail(`This role is ${role.status}; reopen it to add candidates.`);
  const existing = db()
    .select({ id: applications.id, stage: applications.stage })
    .from(applications)
    .where(and(eq(applications.roleId, roleId), eq(applications.candidateId, candidateId)))
    .get();
  if (existing) return fail(`${candidate.name} is already on this role (${stageLabels[existing.stage]}).`);
  const insert = () => db().transaction((tx) => {
    const now = new Date();
    const app = tx
      .insert(applications)
      .values({ roleId, candidateId, stage: "sourced", stageChangedAt: now, ownerId: viewer.id })
      .returning({ id: applications.id })
      .get();
    tx.insert(stageEvents).values({ applicationId: app.id, fromStage: null, toStage: "sourced", actorId: viewer.id, createdAt: now }).run();
    tx.update(roles).set({ lastActivityAt: now }).where(eq(roles.id, roleId)).run();
    audit(tx, { action: "application.create", entityType: "application", entityId: app.id, details: { roleId, candidateId } });
    return app;
  });
  try {
    return ok(insert(), `Added ${candidate.name} to ${role.title}.`);
  } catch (error) {
    if (isUniqueViolation(error)) return fail(`${candidate.name} is already on this role.`);
    throw error;
  }
}

/**
 * Moves one or more applications of a role to a stage, all or nothing: each must be visible to
 * the viewer, allowed by the stage rules, and unchanged since the viewer saw it (version).
 */
export function moveApplications(input: MoveInput, { viewer, audit }: ActionContext): ActionResult<{ moved: number }> {
  const ids = [...new Set(input.applications.map((a) => a.id))];
  const found = getApplications(viewer, ids);
  if (found.length !== ids.length || found.some((a) => a.roleId !== input.roleId)) return notFound();
  for (const app of found) {
    const check = canMove(viewer.kind, app.stage, input.to);
    if (!check.ok) return fail(check.reason);
  }
  const versions = new Map(input.applications.map((a) => [a.id, a.version]));
  const reason = input.to === "rejected" ? (input.reason ?? null) : null;
  const reasonText = reason ? [rejectionReasons[reason], input.note].filter(Boolean).join(": ") : input.note || null;

  db().transaction((tx) => {
    const now = new Date();
    for (const app of found) {
      const version = versions.get(app.id)!;
      const submitted = app.submittedAt ?? (clientVisibleStages.includes(input.to) ? now : null);
      const changed = tx
        .update(applications)
        .set({
          stage: input.to,
          stageChangedAt: now,
          submittedAt: submitted,
          rejectionReason: reason,
          rejectionNote: input.to === "rejected" ? input.note || null : null,
          version: sql`${applications.version} + 1`,
        })
        .where(and(eq(applications.id, app.id), eq(applications.version, version)))
        .run().changes;
      if (changed === 0) throw new Conflict(CONFLICT);
      tx.insert(stageEvents).values({ applicationId: app.id, fromStage: app.stage, toStage: input.to, actorId: viewer.id, reason: reasonText, createdAt: now }).run();
      audit(tx, { action: "application.move", entityType: "application", entityId: app.id, details: { from: app.stage, to: input.to, reason } });
    }
    tx.update(roles).set({ lastActivityAt: now }).where(eq(roles.id, input.roleId)).run();
  });
  const n = found.length;
  return ok({ moved: n }, `Moved ${n === 1 ? "1 candidate" : `${n} candidates`} to ${stageLabels[input.to]}.`);
}
