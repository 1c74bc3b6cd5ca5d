import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, roles } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeWhere } from "@/lib/access/scope";
import { stageLabels } from "@/lib/pipeline/stages";
import { searchCandidates } from "./queries";

/**
 * One match for a type-ahead picker: the shape every lookup endpoint answers (`components/ui/combobox`).
 * `disabled` says why it cannot be chosen (shown in its place).
 */
export type CandidateChoice = { id: number; name: string; detail?: string; disabled?: string };

/**
 * A few matches for the "add to role" picker. The detail is the current title, never the email:
 * a picker's payload is no place for contact details. With a role, those already on it are
 * marked with their stage and cannot be picked (adding them would only be refused).
 */
export function lookupCandidates(viewer: Viewer, q: string, roleId?: number): CandidateChoice[] {
  const rows = searchCandidates(viewer, { q }).rows.slice(0, 8);
  const onRole = new Map(
    roleId && rows.length
      ? db()
          .select({ candidateId: applications.candidateId, stage: applications.stage })
          .from(applications)
          .innerJoin(roles, eq(roles.id, applications.roleId))
          .where(
            and(
              eq(applications.roleId, roleId),
              inArray(
                applications.candidateId,
                rows.map((r) => r.id),
              ),
              scopeWhere(viewer).applications,
            ),
          )
          .all()
          .map((a) => [a.candidateId, a.stage])
      : [],
  );
  return rows.map(({ id, name, currentTitle }) => {
    const stage = onRole.get(id);
    return {
      id,
      name,
      ...(currentTitle ? { detail: currentTitle } : {}),
      ...(stage ? { disabled: `Already on this role · ${stageLabels[stage]}` } : {}),
    };
  });
}
