import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const timestamps = {
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date()),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date())
    .$onUpdateFn(() => new Date()),
};

/** Optimistic lock: every update must match and bump it, so a concurrent edit is detected. */
const version = { version: integer("version").notNull().default(1) };

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
  (t) => [uniqueIndex("organizations_name_unique").on(sql`lower(${t.name})`), index("organizations_kind_idx").on(t.kind)],
);

export const userKinds = ["admin", "recruiter", "hiring_manager", "client_viewer"] as const;
export type UserKind = (typeof userKinds)[number];

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
    ...version,
    ...timestamps,
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email), index("users_organization_idx").on(t.organizationId)],
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

/** Append-only record of every mutation, sign-in and refused access. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id").references(() => users.id),
    action: text("action").notNull(),
    entityType: text("entity_type"),
    entityId: text("entity_id"),
    ip: text("ip"),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
    ...timestamps,
  },
  (t) => [index("audit_log_created_idx").on(t.createdAt), index("audit_log_entity_idx").on(t.entityType, t.entityId)],
);

export const loginOutcomes = ["success", "failure", "locked"] as const;

/** Sign-in attempts, kept in the database so throttling survives a restart. */
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    outcome: text("outcome", { enum: loginOutcomes }).notNull(),
    ...timestamps,
  },
  (t) => [index("login_attempts_email_idx").on(t.email, t.createdAt), index("login_attempts_ip_idx").on(t.ip, t.createdAt)],
);

export type Organization = typeof organizations.$inferSelect;
export type User = typeof users.$inferSelect;
export type ClientContact = typeof clientContacts.$inferSelect;

/** Session tokens ended by signing out, so a copied cookie stops working too (until it would have expired). */
export const revokedSessions = sqliteTable(
  "revoked_sessions",
  {
    jti: text("jti").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    ...timestamps,
  },
  (t) => [index("revoked_sessions_expires_idx").on(t.expiresAt)],
);
