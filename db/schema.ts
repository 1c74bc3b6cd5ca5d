import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

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
  (t) => [
    index("login_attempts_email_idx").on(t.email, t.createdAt),
    index("login_attempts_ip_idx").on(t.ip, t.createdAt),
    index("login_attempts_created_idx").on(t.createdAt),
  ],
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

// ── Roles, candidates and pipelines ─────────────────────────────────────────

export const roleTypes = ["lead", "senior", "engineering_manager"] as const;
export type RoleType = (typeof roleTypes)[number];
export const roleStatuses = ["draft", "open", "on_hold", "filled", "closed"] as const;
export type RoleStatus = (typeof roleStatuses)[number];

/** An open position at one client. */
export const roles = sqliteTable(
  "roles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    clientId: integer("client_id")
      .notNull()
      .references(() => organizations.id),
    title: text("title").notNull(),
    type: text("type", { enum: roleTypes }).notNull(),
    status: text("status", { enum: roleStatuses }).notNull().default("draft"),
    headcount: integer("headcount").notNull().default(1),
    ownerId: integer("owner_id")
      .notNull()
      .references(() => users.id),
    hiringManagerId: integer("hiring_manager_id").references(() => users.id),
    description: text("description"),
    /** Comma-separated, as typed. */
    skills: text("skills"),
    timezoneOverlap: text("timezone_overlap"),
    /** YYYY-MM-DD */
    openedOn: text("opened_on"),
    /** Bumped by any change to the role or its pipeline; the roles list sorts on it. */
    lastActivityAt: integer("last_activity_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    ...version,
    ...timestamps,
  },
  (t) => [
    index("roles_activity_idx").on(t.lastActivityAt),
    index("roles_client_activity_idx").on(t.clientId, t.lastActivityAt),
    index("roles_owner_idx").on(t.ownerId),
  ],
);

export const candidateSources = ["referral", "sourced", "inbound", "agency_network"] as const;
export type CandidateSource = (typeof candidateSources)[number];

export const candidates = sqliteTable(
  "candidates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    /** lower(trim(email)): unique, so duplicates are refused case-insensitively. */
    emailNormalized: text("email_normalized").notNull(),
    phone: text("phone"),
    location: text("location"),
    timezone: text("timezone"),
    currentTitle: text("current_title"),
    yearsExperience: integer("years_experience"),
    /** Comma-separated, as typed; candidate_skills holds the normalized tags for filtering. */
    skills: text("skills").notNull().default(""),
    source: text("source", { enum: candidateSources }).notNull(),
    linkedinUrl: text("linkedin_url"),
    githubUrl: text("github_url"),
    portfolioUrl: text("portfolio_url"),
    resumeFileName: text("resume_file_name"),
    resumeStoredName: text("resume_stored_name"),
    resumeMimeType: text("resume_mime_type"),
    resumeSize: integer("resume_size"),
    ownerId: integer("owner_id").references(() => users.id),
    ...version,
    ...timestamps,
  },
  (t) => [uniqueIndex("candidates_email_unique").on(t.emailNormalized), index("candidates_updated_idx").on(t.updatedAt)],
);

export const candidateSkills = sqliteTable(
  "candidate_skills",
  {
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    skill: text("skill").notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.skill, t.candidateId] }), index("candidate_skills_candidate_idx").on(t.candidateId)],
);

export const stages = ["sourced", "screening", "interviewing", "submitted", "client_interview", "offer", "trial", "hired", "rejected", "withdrawn"] as const;
export type Stage = (typeof stages)[number];

/** One candidate on one role. */
export const applications = sqliteTable(
  "applications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => candidates.id),
    roleId: integer("role_id")
      .notNull()
      .references(() => roles.id),
    stage: text("stage", { enum: stages }).notNull().default("sourced"),
    stageChangedAt: integer("stage_changed_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    /** First time it reached `submitted`: from then on the client may see it. */
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    rejectionReason: text("rejection_reason"),
    rejectionNote: text("rejection_note"),
    ownerId: integer("owner_id").references(() => users.id),
    ...version,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("applications_candidate_role_unique").on(t.candidateId, t.roleId),
    // The board walks each column newest first: (role, stage, stage_changed_at).
    index("applications_role_stage_changed_idx").on(t.roleId, t.stage, t.stageChangedAt),
    index("applications_stage_candidate_idx").on(t.stage, t.candidateId),
  ],
);

/** Every stage change: who, when, from, to. */
export const stageEvents = sqliteTable(
  "stage_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id),
    fromStage: text("from_stage", { enum: stages }),
    toStage: text("to_stage", { enum: stages }).notNull(),
    actorId: integer("actor_id").references(() => users.id),
    reason: text("reason"),
    ...timestamps,
  },
  (t) => [index("stage_events_application_idx").on(t.applicationId, t.createdAt)],
);

export const noteVisibilities = ["internal", "shared"] as const;
export type NoteVisibility = (typeof noteVisibilities)[number];

/** A note on a candidate (agency only) or on one of their applications (shareable with that role's client). */
export const notes = sqliteTable(
  "notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => candidates.id),
    applicationId: integer("application_id").references(() => applications.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    visibility: text("visibility", { enum: noteVisibilities }).notNull().default("internal"),
    body: text("body").notNull(),
    ...timestamps,
  },
  (t) => [index("notes_candidate_idx").on(t.candidateId, t.createdAt), index("notes_application_idx").on(t.applicationId)],
);

export type Role = typeof roles.$inferSelect;
export type Candidate = typeof candidates.$inferSelect;
export type Application = typeof applications.$inferSelect;
