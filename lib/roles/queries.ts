import "server-only";
import { aliasedTable, and, asc, count, desc, eq, getTableColumns, inArray, isNotNull, notInArray, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { applications, organizations, roles, users, type Role, type RoleStatus, type RoleType, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can, isAgency } from "@/lib/authz";
import { roleScope } from "@/lib/pipeline/scope";
import type { RoleFilters } from "./schemas";

export const ROLES_PAGE_SIZE = 25;

export type RoleListItem = {
  id: number;
  title: string;
  type: RoleType;
  status: RoleStatus;
  headcount: number;
  clientId: number;
  clientName: string;
  ownerName: string;
  lastActivityAt: Date;
  stageCounts: Partial<Record<Stage, number>>;
};

const owner = aliasedTable(users, "owner");

/** Roles the viewer may see, filtered, most recently active first, one page, with a count per stage. */
export function listRoles(viewer: Viewer, filters: RoleFilters): { rows: RoleListItem[]; total: number; page: number; pages: number } {
  if (!can(viewer, "roles:view")) return { rows: [], total: 0, page: 1, pages: 1 };
  const where = and(
    roleScope(viewer),
    filters.client ? eq(roles.clientId, filters.client) : undefined,
    filters.type ? eq(roles.type, filters.type) : undefined,
    filters.status ? eq(roles.status, filters.status) : undefined,
    filters.owner ? eq(roles.ownerId, filters.owner) : undefined,
  );
  const [{ total }] = db().select({ total: count() }).from(roles).where(where).all();
  const pages = Math.max(1, Math.ceil(total / ROLES_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pages);
  const rows = db()
    .select({
      id: roles.id,
      title: roles.title,
      type: roles.type,
      status: roles.status,
      headcount: roles.headcount,
      clientId: roles.clientId,
      clientName: organizations.name,
      ownerName: owner.name,
      lastActivityAt: roles.lastActivityAt,
    })
    .from(roles)
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .innerJoin(owner, eq(owner.id, roles.ownerId))
    .where(where)
    .orderBy(desc(roles.lastActivityAt), desc(roles.id))
    .limit(ROLES_PAGE_SIZE)
    .offset((page - 1) * ROLES_PAGE_SIZE)
    .all();

  const counts = stageCountsFor(viewer, rows.map((r) => r.id));
  return { rows: rows.map((r) => ({ ...r, stageCounts: counts.get(r.id) ?? {} })), total, page, pages };
}

/** Applications per stage for some roles, counting only what the viewer may see. One query. */
export function stageCountsFor(viewer: Viewer, roleIds: number[]): Map<number, Partial<Record<Stage, number>>> {
  const out = new Map<number, Partial<Record<Stage, number>>>();
  if (roleIds.length === 0) return out;
  const conditions: (SQL | undefined)[] = [inArray(applications.roleId, roleIds)];
  if (!isAgency(viewer)) conditions.push(isNotNull(applications.submittedAt), notInArray(applications.stage, ["sourced", "screening", "interviewing"]));
  const rows = db()
    .select({ roleId: applications.roleId, stage: applications.stage, n: count() })
    .from(applications)
    .where(and(...conditions))
    .groupBy(applications.roleId, applications.stage)
    .all();
  for (const r of rows) {
    const m = out.get(r.roleId) ?? {};
    m[r.stage] = r.n;
    out.set(r.roleId, m);
  }
  return out;
}

export type RoleDetail = Role & { clientName: string; ownerName: string; hiringManagerName: string | null };

/** One role, or undefined when it does not exist or the viewer may not see it. */
export function getRole(viewer: Viewer, id: number): RoleDetail | undefined {
  if (!can(viewer, "roles:view")) return undefined;
  const hm = aliasedTable(users, "hm");
  const row = db()
    .select({ ...getTableColumns(roles), clientName: organizations.name, ownerName: owner.name, hiringManagerName: hm.name })
    .from(roles)
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .innerJoin(owner, eq(owner.id, roles.ownerId))
    .leftJoin(hm, eq(hm.id, roles.hiringManagerId))
    .where(and(eq(roles.id, id), roleScope(viewer)))
    .get();
  return row;
}

export type RoleFormOptions = {
  clients: { id: number; name: string }[];
  recruiters: { id: number; name: string }[];
  hiringManagers: { id: number; name: string; clientId: number }[];
};

/** Choices for the /roles filters (agency viewers): clients and recruiters. */
export function roleFilterOptions(viewer: Viewer): Omit<RoleFormOptions, "hiringManagers"> {
  if (!isAgency(viewer)) return { clients: [], recruiters: [] };
  const d = db();
  return {
    clients: d.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.kind, "client")).orderBy(asc(organizations.name)).all(),
    recruiters: d
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(inArray(users.kind, ["recruiter", "admin"]), eq(users.active, true)))
      .orderBy(asc(users.name))
      .all(),
  };
}

/** Choices for the role form (agency viewers): the filters' plus every client's hiring managers. */
export function roleFormOptions(viewer: Viewer): RoleFormOptions {
  if (!isAgency(viewer)) return { clients: [], recruiters: [], hiringManagers: [] };
  const d = db();
  return {
    ...roleFilterOptions(viewer),
    hiringManagers: d
      .select({ id: users.id, name: users.name, clientId: users.organizationId })
      .from(users)
      .where(and(eq(users.kind, "hiring_manager"), eq(users.active, true)))
      .orderBy(asc(users.name))
      .all(),
  };
}
