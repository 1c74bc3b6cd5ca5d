import "server-only";
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { organizations, users, type UserKind } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { everyWordIn } from "@/lib/like";
import type { UserFilters } from "./schemas";

export type UserListItem = {
  id: number;
  name: string;
  email: string;
  title: string | null;
  kind: UserKind;
  active: boolean;
  version: number;
  organizationId: number;
  organizationName: string;
  organizationKind: "agency" | "client";
  /** A set-password link is out, unused and unexpired. */
  linkPending: boolean;
};

const columns = (now: number) => ({
  id: users.id,
  name: users.name,
  email: users.email,
  title: users.title,
  kind: users.kind,
  active: users.active,
  version: users.version,
  organizationId: users.organizationId,
  organizationName: organizations.name,
  organizationKind: organizations.kind,
  // Walks the user's own rows of password_tokens_user_idx: a few rows per user at most.
  linkPending: sql<boolean>`exists (select 1 from password_tokens pt where pt.user_id = ${users.id} and pt.used_at is null and pt.expires_at > ${now})`.mapWith(
    (v) => v === 1,
  ),
});

export const USERS_PAGE_SIZE = 25;

/**
 * One page of the admin's list's user ids, in its order: the companies by kind (the agency first)
 * and name in any case (the id only parts two names SQLite cannot tell apart, which the unique
 * lower(name) rules out), and within each its users by name. A walk of
 * organizations_kind_name_idx and, for each company, users_organization_name_idx that stops after
 * the page, instead of sorting every user (2,000 at 1M); CROSS JOIN keeps the companies as the
 * outer loop, which SQLite would otherwise not choose. Exported for its query-plan test.
 */
export function userPageQuery(where: SQL | undefined, page: number) {
  return db()
    .select({ id: users.id })
    .from(organizations)
    .crossJoin(users)
    .where(and(eq(users.organizationId, organizations.id), where))
    .orderBy(asc(organizations.kind), sql`${organizations.name} collate nocase`, asc(organizations.id), sql`${users.name} collate nocase`, asc(users.id))
    .limit(USERS_PAGE_SIZE)
    .offset((page - 1) * USERS_PAGE_SIZE);
}

/**
 * Users for the admin's list, agency first, then by company and name, one page: filtered by kind,
 * status, and words each found in the name, email or company. Nobody but admins may list users.
 */
export function listUsers(
  viewer: Viewer,
  filters: UserFilters = {},
  now: number = Date.now(),
): { rows: UserListItem[]; total: number; page: number; pages: number } {
  if (!can(viewer, "users:manage")) return { rows: [], total: 0, page: 1, pages: 1 };
  const where = and(
    filters.kind ? eq(users.kind, filters.kind) : undefined,
    filters.status ? eq(users.active, filters.status === "active") : undefined,
    everyWordIn(filters.q, [users.name, users.email, organizations.name]),
  );
  const d = db();
  const total = d.select({ n: count() }).from(users).innerJoin(organizations, eq(organizations.id, users.organizationId)).where(where).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pages);
  // The page's ids first (the sort reads names only), then their rows: the pending-link check
  // runs for the page's users, not for every user sorted.
  const ids = userPageQuery(where, page)
    .all()
    .map((r) => r.id);
  const byId = new Map(
    d
      .select(columns(now))
      .from(users)
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .where(inArray(users.id, ids))
      .all()
      .map((u) => [u.id, u]),
  );
  const rows = ids.map((id) => byId.get(id)!);
  return { rows, total, page, pages };
}

export function getUserForAdmin(viewer: Viewer, id: number, now: number = Date.now()): UserListItem | undefined {
  if (!can(viewer, "users:manage")) return undefined;
  return db().select(columns(now)).from(users).innerJoin(organizations, eq(organizations.id, users.organizationId)).where(eq(users.id, id)).get();
}

/** Users of one company, for its client page (agency viewers only). */
export function listCompanyUsers(viewer: Viewer, organizationId: number, now: number = Date.now()): UserListItem[] {
  if (!can(viewer, "clients:view")) return [];
  return db()
    .select(columns(now))
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.organizationId, organizationId))
    .orderBy(asc(users.name))
    .all();
}

/** A user of a client company, for those who manage client users; agency users are not found here. */
export function getClientUser(viewer: Viewer, id: number, now: number = Date.now()): UserListItem | undefined {
  if (!can(viewer, "client-users:manage")) return undefined;
  return db()
    .select(columns(now))
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(eq(users.id, id), eq(organizations.kind, "client")))
    .get();
}
