import "server-only";
import { and, eq, isNotNull, sql, type Placeholder, type SQL } from "drizzle-orm";
import { applications, candidates, roles, type UserKind } from "@/db/schema";
import { isAgency } from "./permissions";

// The record-level half of access control: which rows a viewer may see. Every query on roles,
// applications and candidates adds one of these conditions; a row outside it is "not found".

/**
 * Who is looking: a Viewer, or for a prepared query the viewer's kind with the company left as a
 * placeholder (see `scopeFor`).
 */
export type ScopeViewer = { kind: UserKind; organizationId: number | Placeholder };

/** The scope subject of a prepared query: its SQL depends on the kind; the company is bound as `org`. */
export const scopeFor = (viewer: { kind: UserKind }): ScopeViewer => ({ kind: viewer.kind, organizationId: sql.placeholder("org") });

const NOTHING = sql`0`;

/** Roles: the agency sees all; a hiring manager their company's; nobody else any. */
export function roleScope(viewer: ScopeViewer): SQL | undefined {
  if (isAgency(viewer)) return undefined;
  if (viewer.kind === "hiring_manager") return eq(roles.clientId, viewer.organizationId);
  return NOTHING;
}

// A client sees an application once it was submitted to them, unless the agency has since pulled
// it back to one of its own stages (domain: "stage submitted and later"; a rejection or withdrawal
// after submission stays visible).
export const AGENCY_ONLY_STAGES = sql.raw(`('sourced', 'screening', 'interviewing')`);

/** Applications (joined with their role): a hiring manager sees only those submitted to their company. */
export function applicationScope(viewer: ScopeViewer): SQL | undefined {
  if (isAgency(viewer)) return undefined;
  if (viewer.kind === "hiring_manager") {
    return and(eq(roles.clientId, viewer.organizationId), isNotNull(applications.submittedAt), sql`${applications.stage} not in ${AGENCY_ONLY_STAGES}`);
  }
  return NOTHING;
}

/** Candidates: a hiring manager sees only candidates submitted to one of their company's roles. */
export function candidateScope(viewer: ScopeViewer): SQL | undefined {
  if (isAgency(viewer)) return undefined;
  if (viewer.kind === "hiring_manager") {
    // IN, not a correlated EXISTS: the company's submitted candidates are a small set found through
    // the role index, where EXISTS would probe every one of 50,000 candidates.
    return sql`${candidates.id} in (select a.candidate_id from ${applications} a
      where a.role_id in (select id from ${roles} where client_id = ${viewer.organizationId}) and a.submitted_at is not null
      and a.stage not in ${AGENCY_ONLY_STAGES})`;
  }
  return NOTHING;
}
