import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { clientContacts, organizations, users, type ClientContact, type Organization } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";

export type ClientListItem = Pick<Organization, "id" | "name" | "website" | "timezone"> & { users: number; contacts: number };

/** Client companies with their user and contact counts (agency viewers only). */
export function listClients(viewer: Viewer): ClientListItem[] {
  if (!can(viewer, "clients:view")) return [];
  const d = db();
  // Counted once per company and joined: a correlated subquery here bound to the inner table's own
  // columns and counted the wrong rows (stack.md, "Drizzle correlated subquery").
  const userCounts = d
    .select({ organizationId: users.organizationId, n: count().as("user_n") })
    .from(users)
    .groupBy(users.organizationId)
    .as("user_counts");
  const contactCounts = d
    .select({ organizationId: clientContacts.organizationId, n: count().as("contact_n") })
    .from(clientContacts)
    .groupBy(clientContacts.organizationId)
    .as("contact_counts");
  return d
    .select({
      id: organizations.id,
      name: organizations.name,
      website: organizations.website,
      timezone: organizations.timezone,
      users: sql<number>`coalesce(${userCounts.n}, 0)`,
      contacts: sql<number>`coalesce(${contactCounts.n}, 0)`,
    })
    .from(organizations)
    .leftJoin(userCounts, eq(userCounts.organizationId, organizations.id))
    .leftJoin(contactCounts, eq(contactCounts.organizationId, organizations.id))
    .where(eq(organizations.kind, "client"))
    .orderBy(asc(organizations.name))
    .all();
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

/** Every company a user may belong to: the agency first, then clients (admins only). */
export function listCompaniesForUserAdmin(viewer: Viewer): { id: number; name: string; kind: "agency" | "client" }[] {
  if (!can(viewer, "users:manage")) return [];
  return db()
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
    .from(organizations)
    .orderBy(asc(organizations.kind), asc(organizations.name))
    .all();
}

export type ClientChoice = { id: number; name: string };

/**
 * Clients whose name, or a word of it, starts with `q` (all of them for an empty `q`), by name, at
 * most `limit`: the as-you-type client picker (agency viewers only).
 */
export function findClients(viewer: Viewer, q: string, limit = 8): ClientChoice[] {
  if (!can(viewer, "clients:view")) return [];
  const text = q
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`);
  const matches = text
    ? sql`(lower(${organizations.name}) like ${`${text}%`} escape '\\' or lower(${organizations.name}) like ${`% ${text}%`} escape '\\')`
    : undefined;
  return db()
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.kind, "client"), matches))
    .orderBy(asc(organizations.name))
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
