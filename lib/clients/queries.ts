import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { clientContacts, organizations, roles, users, type ClientContact, type Organization } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { scopeConditions, scopeOf } from "@/lib/access/scope";
import { escapeLike, everyWordIn } from "@/lib/like";
import type { ClientFilters } from "./schemas";

export type ClientListItem = Pick<Organization, "id" | "name" | "website" | "timezone"> & { users: number; contacts: number; openRoles: number };

export const CLIENTS_PAGE_SIZE = 25;

/**
 * Client companies by name, one page, filtered by words each found in the name or website, with
 * the page's user, contact and open-role counts (agency viewers only).
 */
export function listClients(viewer: Viewer, filters: ClientFilters = {}): { rows: ClientListItem[]; total: number; page: number; pages: number } {
  if (!can(viewer, "clients:view")) return { rows: [], total: 0, page: 1, pages: 1 };
  const where = and(eq(organizations.kind, "client"), everyWordIn(filters.q, [organizations.name, organizations.website]));
  const d = db();
  const total = d.select({ n: count() }).from(organizations).where(where).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / CLIENTS_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pages);
  const companies = d
    .select({ id: organizations.id, name: organizations.name, website: organizations.website, timezone: organizations.timezone })
    .from(organizations)
    .where(where)
    .orderBy(sql`lower(${organizations.name})`, asc(organizations.id))
    .limit(CLIENTS_PAGE_SIZE)
    .offset((page - 1) * CLIENTS_PAGE_SIZE)
    .all();
  // Counted for this page's companies only, each through its own index.
  const ids = companies.map((c) => c.id);
  const countBy = (rows: { id: number; n: number }[]) => new Map(rows.map((r) => [r.id, r.n]));
  const userCounts = countBy(
    d.select({ id: users.organizationId, n: count() }).from(users).where(inArray(users.organizationId, ids)).groupBy(users.organizationId).all(),
  );
  const contactCounts = countBy(
    d
      .select({ id: clientContacts.organizationId, n: count() })
      .from(clientContacts)
      .where(inArray(clientContacts.organizationId, ids))
      .groupBy(clientContacts.organizationId)
      .all(),
  );
  const openRoleCounts = countBy(
    d
      .select({ id: roles.clientId, n: count() })
      .from(roles)
      .where(and(inArray(roles.clientId, ids), eq(roles.status, "open"), scopeConditions(scopeOf(viewer), viewer.organizationId).roles))
      .groupBy(roles.clientId)
      .all(),
  );
  const rows = companies.map((c) => ({
    ...c,
    users: userCounts.get(c.id) ?? 0,
    contacts: contactCounts.get(c.id) ?? 0,
    openRoles: openRoleCounts.get(c.id) ?? 0,
  }));
  return { rows, total, page, pages };
}

export type ClientDetail = Organization & { contacts: ClientContact[] };

/** One client company, or undefined when it does not exist or the viewer may not see it. */
export function getClient(viewer: Viewer, id: number): ClientDetail | undefined {
  if (!can(viewer, "clients:view")) return undefined;
  const org = db().select().from(organizations).where(eq(organizations.id, id)).get();
  if (!org || org.kind !== "client") return undefined;
  const contacts = db().select().from(clientContacts).where(eq(clientContacts.organizationId, id)).orderBy(asc(clientContacts.name)).all();
  return { ...org, contacts };
}

export type ClientChoice = { id: number; name: string };

/**
 * Clients whose name, or a word of it, starts with `q` (all of them for an empty `q`), by name, at
 * most `limit`: the as-you-type client picker (agency viewers only).
 */
export function findClients(viewer: Viewer, q: string, limit = 8): ClientChoice[] {
  if (!can(viewer, "clients:view")) return [];
  const text = escapeLike(q.trim().toLowerCase());
  const matches = text
    ? sql`(lower(${organizations.name}) like ${`${text}%`} escape '\\' or lower(${organizations.name}) like ${`% ${text}%`} escape '\\')`
    : undefined;
  return db()
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.kind, "client"), matches))
    .orderBy(sql`lower(${organizations.name})`)
    .limit(limit)
    .all();
}

/** One client's id and name, or undefined (agency viewers only). */
export function getClientChoice(viewer: Viewer, id: number): ClientChoice | undefined {
  if (!can(viewer, "clients:view")) return undefined;
  return db()
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.id, id), eq(organizations.kind, "client")))
    .get();
}
