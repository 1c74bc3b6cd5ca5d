import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamps, version } from "./columns";
import { interviewKinds, referenceOutcomes, roleTypes } from "./values";
import { users } from "./organizations";
import { applications } from "./pipeline";
import { roles } from "./roles";

// How the agency evaluates: what each role type's loop looks like (templates), what each interview
// kind asks (kits), each role's own copy (role loops), and on each application the checklist ticks
// and the references. Lists and weight maps are JSON text, parsed and checked by lib/evaluation.

/** The agency's template for one role type: the loop a new role of that type starts with. */
export const evaluationTemplates = sqliteTable("evaluation_templates", {
  roleType: text("role_type", { enum: roleTypes }).primaryKey(),
  /** JSON: the interview kinds, in order. */
  plan: text("plan").notNull(),
  /** JSON: { attribute: weight }, integers summing to 100. */
  weights: text("weights").notNull(),
  /** JSON: the checklist items, in order. */
  checklist: text("checklist").notNull(),
  /** JSON: the red flags an interviewer may tick for this role type. */
  redFlags: text("red_flags").notNull(),
  updatedById: integer("updated_by_id").references(() => users.id),
  ...version,
  ...timestamps,
});

/** What one kind of interview assesses and asks: the interviewer's kit. */
export const interviewKits = sqliteTable("interview_kits", {
  kind: text("kind", { enum: interviewKinds }).primaryKey(),
  /** JSON: the attributes this interview rates. */
  attributes: text("attributes").notNull(),
  /** JSON: [{ prompt, listenFor }]. */
  prompts: text("prompts").notNull(),
  updatedById: integer("updated_by_id").references(() => users.id),
  ...version,
  ...timestamps,
});

/** A role's own loop, copied from its type's template when the role is created. */
export const roleLoops = sqliteTable("role_loops", {
  roleId: integer("role_id")
    .primaryKey()
    .references(() => roles.id),
  plan: text("plan").notNull(),
  weights: text("weights").notNull(),
  checklist: text("checklist").notNull(),
  updatedById: integer("updated_by_id").references(() => users.id),
  ...version,
  ...timestamps,
});

/** A checklist item ticked on an application, with its evidence; by a person, or by the system (tickedById null). */
export const checklistTicks = sqliteTable(
  "checklist_ticks",
  {
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id),
    item: text("item").notNull(),
    evidence: text("evidence").notNull(),
    tickedById: integer("ticked_by_id").references(() => users.id),
    tickedAt: integer("ticked_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.item] })],
);

/** A referee of a candidate for one application, and the call with them (agency-internal). */
export const references = sqliteTable(
  "references",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id),
    name: text("name").notNull(),
    relationship: text("relationship").notNull(),
    company: text("company"),
    email: text("email"),
    phone: text("phone"),
    /** JSON: [{ question, answer }] from the call. */
    answers: text("answers").notNull().default("[]"),
    notes: text("notes"),
    outcome: text("outcome", { enum: referenceOutcomes }),
    /** Set when the call is recorded with an outcome. */
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    ...version,
    ...timestamps,
  },
  (t) => [index("references_application_idx").on(t.applicationId)],
);
