import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
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

/** Every user, agency first, for admins; nobody else may list users. */
export function listUsers(viewer: Viewer, now: number = Date.now()): UserListItem[] {
  if (!can(viewer, "users:manage")) return [];
  return db()
    .select(columns(now))
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .orderBy(asc(organizations.kind), asc(organizations.name), asc(users.name))
    .all();
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
