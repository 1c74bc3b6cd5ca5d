import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { organizations, users, type UserKind } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";

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
};

const columns = {
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
};

/** Every user, agency first, for admins; nobody else may list users. */
export function listUsers(viewer: Viewer): UserListItem[] {
  if (!can(viewer, "users:manage")) return [];
  return db()
    .select(columns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .orderBy(asc(organizations.kind), asc(organizations.name), asc(users.name))
    .all();
}

export function getUserForAdmin(viewer: Viewer, id: number): UserListItem | undefined {
  if (!can(viewer, "users:manage")) return undefined;
  return db().select(columns).from(users).innerJoin(organizations, eq(organizations.id, users.organizationId)).where(eq(users.id, id)).get();
}

/** Users of one company, for its client page (agency viewers only). */
export function listCompanyUsers(viewer: Viewer, organizationId: number): UserListItem[] {
  if (!can(viewer, "clients:view")) return [];
  return db()
    .select(columns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.organizationId, organizationId))
    .orderBy(asc(users.name))
    .all();
}
