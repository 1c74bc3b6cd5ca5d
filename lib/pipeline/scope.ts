import "server-only";
import { and, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import { applications, candidates, roles } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { isAgency } from "@/lib/authz";

// The record-level half of access control: which rows a viewer may see. Every query on roles,
// applications and candidates adds one of these conditions; a row outside it is "not found".

const NOTHING = sql`0`;

/** Roles: the agency sees all; a hiring manager their company's; nobody else any. */
export function roleScope(viewer: Viewer): SQL | undefined {
  if (isAgency(viewer)) return undefined;
  if (viewer.kind === "hiring_manager") return eq(roles.clientId, viewer.organizationId);
  return NOTHING;
}

/** Applications (joined with their role): a hiring manager sees only those submitted to their company. */
export function applicationScope(viewer: Viewer): SQL | undefined {
  if (isAgency(viewer)) return undefined;
  if (viewer.kind === "hiring_manager") return and(eq(roles.clientId, viewer.organizationId), isNotNull(applications.submittedAt));
  return NOTHING;
}

/** Candidates: a hiring manager sees only candidates submitted to one of their company's roles. */
export function candidateScope(viewer: Viewer): SQL | undefined {
  if (isAgency(viewer)) return undefined;
  if (viewer.kind === "hiring_manager") {
    return sql`exists (select 1 from ${applications} a join ${roles} r on r.id = a.role_id
      where a.candidate_id = ${candidates.id} and r.client_id = ${viewer.organizationId} and a.submitted_at is not null)`;
  }
  return NOTHING;
}
