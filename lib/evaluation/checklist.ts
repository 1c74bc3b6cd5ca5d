import "server-only";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { db, prepared } from "@/lib/db";
import { applications, checklistTicks, references, users } from "@/db/schema";
import { fail, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { can } from "@/lib/access";
import type { Viewer } from "@/lib/auth/current-user";
import { getApplicationDetail, type ApplicationDetail } from "@/lib/pipeline/application";
import type { TickInput, UntickInput } from "./checklist-schemas";
import { REFERENCES_ITEM } from "./defaults";
import { referenceOutcomeLabels } from "./labels";
import { roleLoop } from "./loops";
import { owesScorecard } from "./scorecards";

// An application's evaluation checklist: its role's current checklist items, each with its tick
// (evidence, who, when) if any. Ticks of items the role no longer lists stay stored but are not
// shown or counted: the checklist is what the role asks for now. Agency-only ("evaluation:view-details").
// Evidence often quotes an interview ("strong on caching in the design round"), so while the viewer
// owes a scorecard on the application they see which items are ticked, by whom and when, but only
// their own evidence: the blind rule's spirit, not only its letter.

export type ChecklistTick = {
  /** Null while the viewer owes a scorecard on the application and someone else wrote it. */
  evidence: string | null;
  /** The person who ticked it; null when the system did (the references item). */
  by: { id: number; name: string } | null;
  at: Date;
};
export type ChecklistEntry = { item: string; tick: ChecklistTick | null };
export type Checklist = {
  applicationId: number;
  items: ChecklistEntry[];
  done: number;
  total: number;
  /** Others' evidence is held back until the viewer submits the scorecard they owe. */
  blind: boolean;
};

/** The application's checklist, for a viewer who may see it; undefined otherwise. The application was loaded through the viewer's scope. */
export function getChecklist(viewer: Viewer, application: Pick<ApplicationDetail, "id" | "role">): Checklist | undefined {
  if (!can(viewer, "evaluation:view-details")) return undefined;
  const rows = prepared("checklist-ticks", (d) =>
    d
      .select({
        item: checklistTicks.item,
        evidence: checklistTicks.evidence,
        tickedAt: checklistTicks.tickedAt,
        userId: users.id,
        userName: users.name,
      })
      .from(checklistTicks)
      .leftJoin(users, eq(users.id, checklistTicks.tickedById))
      .where(eq(checklistTicks.applicationId, sql.placeholder("application")))
      .prepare(),
  ).all({ application: application.id });
  const ticks = new Map(rows.map((r) => [r.item, r]));
  // Held back: what other people wrote. The system's own evidence (the references, which the
  // References section shows anyway) is no one's reading of an interview.
  const othersWrote = (r: { userId: number | null }) => r.userId !== null && r.userId !== viewer.id;
  const blind = rows.some(othersWrote) && owesScorecard(viewer, application.id);
  const items = roleLoop(application.role).checklist.map((item): ChecklistEntry => {
    const t = ticks.get(item);
    return {
      item,
      tick: t
        ? {
            evidence: blind && othersWrote(t) ? null : t.evidence,
            by: t.userId != null ? { id: t.userId, name: t.userName ?? "" } : null,
            at: t.tickedAt,
          }
        : null,
    };
  });
  return { applicationId: application.id, items, done: items.filter((i) => i.tick).length, total: items.length, blind };
}

/** The application, when the viewer may tick its checklist; undefined reads as not found. */
function loadForChecklist(viewer: Viewer, applicationId: number): ApplicationDetail | undefined {
  if (!can(viewer, "checklist:tick")) return undefined;
  return getApplicationDetail(viewer, applicationId);
}

const NOT_ON_ROLE = "This item is not on the role's checklist (it may have been changed); reload the page.";
/** "Two references checked" follows the references: the system ticks it at the second recorded call, with them as evidence. */
export const TICKED_BY_REFERENCES = "This item ticks itself when two reference calls are recorded; record the calls under References.";

/** Ticks one of the role's checklist items with its evidence, and audits it in the same transaction. */
export function tickChecklistItem(input: TickInput, { viewer, audit }: ActionContext): ActionResult {
  const application = loadForChecklist(viewer, input.applicationId);
  if (!application) return notFound();
  if (!roleLoop(application.role).checklist.includes(input.item)) return fail(NOT_ON_ROLE, { item: NOT_ON_ROLE });
  if (input.item === REFERENCES_ITEM) return fail(TICKED_BY_REFERENCES, { item: TICKED_BY_REFERENCES });
  const ticked = db().transaction((tx) => {
    const inserted = tx
      .insert(checklistTicks)
      .values({ applicationId: application.id, item: input.item, evidence: input.evidence, tickedById: viewer.id, tickedAt: new Date() })
      .onConflictDoNothing()
      .run().changes;
    if (inserted)
      audit(tx, { action: "checklist.tick", entityType: "application", entityId: application.id, details: { item: input.item, evidence: input.evidence } });
    return inserted > 0;
  });
  // Two people ticking the same item at once: the second is told, and the first's evidence stays.
  if (!ticked) return fail(`Someone already ticked "${input.item}"; reload to see their evidence.`);
  return ok(undefined, `Ticked "${input.item}".`);
}

const tickedNow = (applicationId: number, item: string) =>
  !!db()
    .select({ item: checklistTicks.item })
    .from(checklistTicks)
    .where(and(eq(checklistTicks.applicationId, applicationId), eq(checklistTicks.item, item)))
    .get();

/** Unticks the tick the user saw (a newer one stays); the audit row keeps the evidence it had, so nothing is lost. */
export function untickChecklistItem(input: UntickInput, { viewer, audit }: ActionContext): ActionResult {
  const application = loadForChecklist(viewer, input.applicationId);
  if (!application) return notFound();
  const removed = db().transaction((tx) => {
    const tick = tx
      .delete(checklistTicks)
      // The system's tick of the references item stays while its calls do (a recorded call is never removed).
      .where(
        and(
          eq(checklistTicks.applicationId, application.id),
          eq(checklistTicks.item, input.item),
          eq(checklistTicks.tickedAt, new Date(input.tickedAt)),
          input.item === REFERENCES_ITEM ? isNotNull(checklistTicks.tickedById) : undefined,
        ),
      )
      .returning()
      .get();
    if (tick) {
      audit(tx, {
        action: "checklist.untick",
        entityType: "application",
        entityId: application.id,
        details: { item: tick.item, evidence: tick.evidence, tickedById: tick.tickedById, tickedAt: tick.tickedAt.toISOString() },
      });
      // A hand tick of the references item (from before the system kept it) gives way to the system's, if the calls are there.
      if (tick.item === REFERENCES_ITEM) tickReferencesIfComplete(tx, { audit }, application.id);
    }
    return tick;
  });
  if (!removed && input.item === REFERENCES_ITEM) return fail(TICKED_BY_REFERENCES);
  if (!removed && tickedNow(application.id, input.item))
    return fail(`Someone ticked "${input.item}" again since you loaded the page; reload to see their evidence.`);
  if (!removed) return fail(`"${input.item}" is not ticked (someone may have unticked it already); reload the page.`);
  return ok(undefined, `Unticked "${input.item}".`);
}

/**
 * "Two references checked", inside the caller's transaction: ticked by the system, naming the
 * references and their outcomes, once the application has two completed reference calls (and
 * not yet ticked). Run when a call is recorded, when the item joins a role's checklist, and when
 * a hand tick of it made before this rule is taken off. Returns whether it ticked.
 */
export function tickReferencesIfComplete(tx: Tx, ctx: Pick<ActionContext, "audit">, applicationId: number): boolean {
  const completed = tx
    .select({ name: references.name, outcome: references.outcome })
    .from(references)
    .where(and(eq(references.applicationId, applicationId), isNotNull(references.completedAt)))
    .orderBy(asc(references.completedAt), asc(references.id))
    .all();
  if (completed.length < 2) return false;
  const evidence = `References: ${completed.map((r) => `${r.name} (${referenceOutcomeLabels[r.outcome!].toLowerCase()})`).join(", ")}`;
  return systemTick(tx, ctx, { applicationId, item: REFERENCES_ITEM, evidence });
}

/** tickReferencesIfComplete for each application of a role whose (new) checklist has the references item. */
export function tickReferencesOnRole(tx: Tx, ctx: Pick<ActionContext, "audit">, roleId: number, checklist: readonly string[]): void {
  if (!checklist.includes(REFERENCES_ITEM)) return;
  const complete = tx
    .select({ id: references.applicationId })
    .from(references)
    .innerJoin(applications, eq(applications.id, references.applicationId))
    .where(and(eq(applications.roleId, roleId), isNotNull(references.completedAt)))
    .groupBy(references.applicationId)
    .having(sql`count(*) >= 2`)
    .all();
  for (const { id } of complete) tickReferencesIfComplete(tx, ctx, id);
}

/**
 * The system's tick, inside the caller's transaction: ticks `item` with `evidence` and no person,
 * unless it is already ticked (then nothing changes). Returns whether it ticked.
 */
export function systemTick(
  tx: Tx,
  ctx: Pick<ActionContext, "audit">,
  { applicationId, item, evidence }: { applicationId: number; item: string; evidence: string },
): boolean {
  const inserted = tx
    .insert(checklistTicks)
    .values({ applicationId, item, evidence, tickedById: null, tickedAt: new Date() })
    .onConflictDoNothing()
    .run().changes;
  if (inserted === 0) return false;
  ctx.audit(tx, { action: "checklist.tick", entityType: "application", entityId: applicationId, details: { item, evidence, bySystem: true } });
  return true;
}
