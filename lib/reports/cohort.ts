import "server-only";
import { and, gte, lt, sql, type SQL } from "drizzle-orm";
import { applications, roles } from "@/db/schema";
import type { ScopeSubject } from "@/lib/access/scope";
import { scopeWhere } from "@/lib/access/scope";
import { rangeMs, type ReportFilters } from "./filters";
import { DAY_MS } from "./stats";

// What every report counts: the viewer's applications (their scope, from lib/access) on roles
// matching the filters. The role filters are one IN over the role table, so the applications are
// read through (role_id, created_at) for a client or a recruiter, and through (created_at) for
// the whole agency, with no join to roles in either case.

/** The roles matching the client, role type and recruiter filters, as a condition on a `role_id` column; undefined for no filter. */
export function roleFilter(filters: ReportFilters, roleId: SQL | typeof applications.roleId): SQL | undefined {
  const conditions = [
    filters.client ? sql`${roles.clientId} = ${filters.client}` : undefined,
    filters.type ? sql`${roles.type} = ${filters.type}` : undefined,
    filters.recruiter ? sql`${roles.ownerId} = ${filters.recruiter}` : undefined,
  ].filter((c): c is SQL => !!c);
  if (!conditions.length) return undefined;
  return sql`${roleId} in (select ${roles.id} from ${roles} where ${sql.join(conditions, sql` and `)})`;
}

/**
 * Applications added in the range, on the filtered roles, that the viewer may see. `leading`:
 * whether the range may lead the plan (through the created_at indexes). A report that reads the
 * whole agency through an index of its own order (by source, by length of time) passes false, and
 * the range is then tested on each entry of that index (the unary + keeps the planner off the
 * created_at indexes) — only when no role filter or scope would have led instead.
 */
export function cohortCondition(viewer: ScopeSubject, filters: ReportFilters, leading = true): SQL | undefined {
  const { start, end } = rangeMs(filters);
  const narrowed = and(roleFilter(filters, applications.roleId), scopeWhere(viewer).applicationRows);
  const range =
    leading || narrowed
      ? and(gte(applications.createdAt, new Date(start)), lt(applications.createdAt, new Date(end)))
      : sql`+${applications.createdAt} >= ${start} and +${applications.createdAt} < ${end}`;
  return and(range, narrowed);
}

/**
 * Whether the report may read the daily rollups (db/schema/reports.ts) instead of the rows: they
 * count the whole agency by day and role type, so only for a viewer who sees every application and
 * with no client or recruiter filter. Narrowed either way, the rows are few enough to read.
 */
export function readsRollups(viewer: ScopeSubject, filters: ReportFilters): boolean {
  return !filters.client && !filters.recruiter && !scopeWhere(viewer).applicationRows;
}

/** The range as the rollups' day numbers: [first, last + 1). */
export function rangeDays(filters: ReportFilters): { first: number; end: number } {
  const { start, end } = rangeMs(filters);
  return { first: start / DAY_MS, end: end / DAY_MS };
}
