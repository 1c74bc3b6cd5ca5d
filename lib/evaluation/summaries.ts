import "server-only";
import { and, asc, count, isNotNull } from "drizzle-orm";
import { inIds, prepared } from "@/lib/db";
import { checklistTicks, references, type ReferenceOutcome, type RoleType } from "@/db/schema";
import { can } from "@/lib/access";
import type { ScopeSubject } from "@/lib/access/scope";
import { roleLoop } from "./loops";

// The checklist's and references' one-line summaries for many applications of one role at once
// (the comparison view): two grouped queries instead of one per application. The
// caller passes ids it loaded through the viewer's scope; the agency's alone ("evaluation:view-details").

export type ChecklistProgress = { done: number; total: number };
export type ReferenceSummary = { completed: number; outcomes: ReferenceOutcome[] };

/** Ticked items of the role's current checklist, per application (every id gets an entry). */
export function checklistProgress(
  viewer: ScopeSubject,
  role: { id: number; type: RoleType },
  applicationIds: number[],
): Map<number, ChecklistProgress> | undefined {
  if (!can(viewer, "evaluation:view-details")) return undefined;
  const items = roleLoop(role).checklist;
  const out = new Map(applicationIds.map((id) => [id, { done: 0, total: items.length }]));
  if (applicationIds.length === 0 || items.length === 0) return out;
  const rows = prepared("checklist-progress", (d) =>
    d
      .select({ id: checklistTicks.applicationId, n: count() })
      .from(checklistTicks)
      .where(and(inIds(checklistTicks.applicationId, "ids"), inIds(checklistTicks.item, "items")))
      .groupBy(checklistTicks.applicationId)
      .prepare(),
  ).all({ ids: JSON.stringify(applicationIds), items: JSON.stringify(items) });
  for (const r of rows) out.get(r.id)!.done = r.n;
  return out;
}

/** Completed reference calls and their outcomes in the order they were made, per application (every id gets an entry). */
export function referenceSummaries(viewer: ScopeSubject, applicationIds: number[]): Map<number, ReferenceSummary> | undefined {
  if (!can(viewer, "evaluation:view-details")) return undefined;
  const out = new Map(applicationIds.map((id): [number, ReferenceSummary] => [id, { completed: 0, outcomes: [] }]));
  if (applicationIds.length === 0) return out;
  const rows = prepared("reference-summaries", (d) =>
    d
      .select({ id: references.applicationId, outcome: references.outcome })
      .from(references)
      .where(and(inIds(references.applicationId, "ids"), isNotNull(references.completedAt)))
      .orderBy(asc(references.completedAt), asc(references.id))
      .prepare(),
  ).all({ ids: JSON.stringify(applicationIds) });
  for (const r of rows) {
    const s = out.get(r.id)!;
    s.completed++;
    if (r.outcome) s.outcomes.push(r.outcome);
  }
  return out;
}
