import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { db } from "@/lib/db";
import { evaluationTemplates, interviewKits, roleLoops, type RoleType } from "@/db/schema";
import { can } from "@/lib/access";
import { Conflict, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { roleTypeLabels } from "@/lib/labels";
import { getRole } from "@/lib/roles/queries";
import { tickReferencesOnRole } from "./checklist";
import type { Template } from "./defaults";
import { interviewKindLabels } from "./labels";
import { roleLoop, templates } from "./loops";
import { sameWeights } from "./score";
import { hiddenTicks, describeHiddenTicks } from "./checklist-schemas";
import { checklistTickCounts, rescoreImpact, rescoreMessage } from "./role-loop-queries";
import type { KitInput, ResetRoleLoopInput, RoleLoopInput, TemplateInput } from "./template-schemas";

// Changes to the agency's evaluation templates, the interview kits and each role's own loop. Each
// is an upsert checked against the version the form was loaded at: 0 means "only the defaults
// existed", so two admins saving over the defaults at once also collide instead of one silently
// winning. The permission is checked here as well as by the action: these are the rules, the
// action is one way in.

const conflict = (what: string) => new Conflict(`Someone else saved ${what} meanwhile; reload to see their change, then edit again.`);

type LoopValues = Pick<Template, "plan" | "weights" | "checklist">;
const loopColumns = (loop: LoopValues) => ({
  plan: JSON.stringify(loop.plan),
  weights: JSON.stringify(loop.weights),
  checklist: JSON.stringify(loop.checklist),
});

export function saveTemplate(input: TemplateInput, { viewer, audit }: ActionContext): ActionResult {
  if (!can(viewer, "evaluation:manage-templates")) return notFound();
  const label = roleTypeLabels[input.roleType];
  const values = { ...loopColumns(input), redFlags: JSON.stringify(input.redFlags), updatedById: viewer.id };
  db().transaction((tx) => {
    const changed =
      input.version === 0
        ? tx
            .insert(evaluationTemplates)
            .values({ roleType: input.roleType, ...values })
            .onConflictDoNothing()
            .run().changes
        : tx
            .update(evaluationTemplates)
            .set({ ...values, version: input.version + 1 })
            .where(and(eq(evaluationTemplates.roleType, input.roleType), eq(evaluationTemplates.version, input.version)))
            .run().changes;
    if (changed === 0) throw conflict(`the ${label} template`);
    audit(tx, {
      action: "evaluation.template.save",
      entityType: "evaluation_template",
      entityId: input.roleType,
      details: { plan: input.plan, weights: input.weights },
    });
  });
  return ok(undefined, `Saved the ${label} template. New ${label} roles start from it.`);
}

export function saveKit(input: KitInput, { viewer, audit }: ActionContext): ActionResult {
  if (!can(viewer, "evaluation:manage-templates")) return notFound();
  const label = interviewKindLabels[input.kind];
  const values = { attributes: JSON.stringify(input.attributes), prompts: JSON.stringify(input.prompts), updatedById: viewer.id };
  db().transaction((tx) => {
    const changed =
      input.version === 0
        ? tx
            .insert(interviewKits)
            .values({ kind: input.kind, ...values })
            .onConflictDoNothing()
            .run().changes
        : tx
            .update(interviewKits)
            .set({ ...values, version: input.version + 1 })
            .where(and(eq(interviewKits.kind, input.kind), eq(interviewKits.version, input.version)))
            .run().changes;
    if (changed === 0) throw conflict(`the ${label} kit`);
    audit(tx, { action: "evaluation.kit.save", entityType: "interview_kit", entityId: input.kind, details: { attributes: input.attributes } });
  });
  return ok(undefined, `Saved the ${label} kit.`);
}

/** A new role's own loop, copied from its type's template, inside the transaction creating the role. */
export function copyTemplateToRole(tx: Tx, roleId: number, type: RoleType, actorId: number): void {
  tx.insert(roleLoops)
    .values({ roleId, ...loopColumns(templates()[type]), updatedById: actorId })
    .run();
}

/** Writes a role's loop over the version the form was loaded at (0: the role had no row yet). */
function writeRoleLoop(tx: Tx, roleId: number, version: number, loop: LoopValues, actorId: number): void {
  const values = { ...loopColumns(loop), updatedById: actorId };
  const changed =
    version === 0
      ? tx
          .insert(roleLoops)
          .values({ roleId, ...values })
          .onConflictDoNothing()
          .run().changes
      : tx
          .update(roleLoops)
          .set({ ...values, version: version + 1 })
          .where(and(eq(roleLoops.roleId, roleId), eq(roleLoops.version, version)))
          .run().changes;
  if (changed === 0) throw conflict("this role's loop");
}

export function saveRoleLoop(input: RoleLoopInput, { viewer, audit }: ActionContext): ActionResult {
  const role = can(viewer, "evaluation:manage-role") ? getRole(viewer, input.roleId) : undefined;
  if (!role) return notFound();
  // Scores are computed from ratings when read, so the new weights re-score these on the next read.
  const before = roleLoop(role);
  const impact = sameWeights(before.weights, input.weights) ? { scorecards: 0, applications: 0 } : rescoreImpact(viewer, role.id)!;
  const hidden = hiddenTicks(checklistTickCounts(viewer, role.id), before.checklist, input.checklist);
  db().transaction((tx) => {
    writeRoleLoop(tx, role.id, input.version, input, viewer.id);
    tickReferencesOnRole(tx, { audit }, role.id, input.checklist);
    audit(tx, {
      action: "role.loop.save",
      entityType: "role",
      entityId: role.id,
      details: { plan: input.plan, weights: input.weights, rescoredScorecards: impact.scorecards },
    });
  });
  const said = [
    impact.scorecards ? rescoreMessage(impact, "past") : null,
    hidden.length ? `The ticks of ${describeHiddenTicks(hidden)} are kept but no longer shown.` : null,
  ].filter(Boolean);
  return ok(undefined, said.length ? `Saved. ${said.join(" ")}` : "Saved the role's loop.");
}

/** Copies the role type's current template (plan, weights, checklist) over the role's own loop. */
export function resetRoleLoop(input: ResetRoleLoopInput, { viewer, audit }: ActionContext): ActionResult {
  const role = can(viewer, "evaluation:manage-role") ? getRole(viewer, input.roleId) : undefined;
  if (!role) return notFound();
  const template = templates()[role.type];
  db().transaction((tx) => {
    writeRoleLoop(tx, role.id, input.version, template, viewer.id);
    tickReferencesOnRole(tx, { audit }, role.id, template.checklist);
    audit(tx, { action: "role.loop.reset", entityType: "role", entityId: role.id, details: { roleType: role.type } });
  });
  return ok(undefined, `Reset to the ${roleTypeLabels[role.type]} template.`);
}
