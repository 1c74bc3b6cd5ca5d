import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { timestamps, version } from "./columns";
import { userKinds } from "./values";

export const organizationKinds = ["agency", "client"] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** The agency and each client company. */
export const organizations = sqliteTable(
  "organizations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: organizationKinds }).notNull(),
    name: text("name").notNull(),
    website: text("website"),
    timezone: text("timezone"),
    notes: text("notes"),
    ...version,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("organizations_name_unique").on(sql`lower(${t.name})`),
    // Clients by kind, and the admin's user list walks it in its order: kind, then name (any case).
    index("organizations_kind_name_idx").on(t.kind, sql`${t.name} collate nocase`),
    // The distinct client zones, read for every trials list (lib/trials/attention.ts).
    index("organizations_timezone_idx").on(t.timezone),
  ],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id),
    kind: text("kind", { enum: userKinds }).notNull(),
    name: text("name").notNull(),
    /** Stored lower-cased; unique. */
    email: text("email").notNull(),
    title: text("title"),
    passwordHash: text("password_hash").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    deactivatedAt: integer("deactivated_at", { mode: "timestamp_ms" }),
    /** Sessions signed in before this moment are void (set on deactivation and password reset). */
    sessionsValidFrom: integer("sessions_valid_from", { mode: "timestamp_ms" }),
    /** When this user last marked their home's "moved by the client" list as seen; null = never. */
    clientMovesSeenAt: integer("client_moves_seen_at", { mode: "timestamp_ms" }),
    ...version,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    // A company's users by name (any case): the admin's user list walks it within each company.
    index("users_organization_name_idx").on(t.organizationId, sql`${t.name} collate nocase`),
    // The active agency users by name: the owner filters and pickers (thousands of client users at 1M).
    index("users_kind_name_idx").on(t.kind, t.active, t.name),
  ],
);

/** People at a client company the agency talks to (not necessarily users). */
export const clientContacts = sqliteTable(
  "client_contacts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    title: text("title"),
    email: text("email"),
    phone: text("phone"),
    ...timestamps,
  },
  (t) => [index("client_contacts_organization_idx").on(t.organizationId)],
);

export type Organization = typeof organizations.$inferSelect;
export type User = typeof users.$inferSelect;
export type ClientContact = typeof clientContacts.$inferSelect;
