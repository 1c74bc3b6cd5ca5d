import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { timestamps, version } from "./columns";
import { candidateSources, candidates } from "./candidates";
import { users } from "./organizations";
import { roles, roleStatuses } from "./roles";

export const stages = ["sourced", "screening", "interviewing", "submitted", "client_interview", "offer", "trial", "hired", "rejected", "withdrawn"] as const;
export type Stage = (typeof stages)[number];
/** The funnel's stages in order: an application has reached every one up to its furthest. */
export const funnelStages = [
  "sourced",
  "screening",
  "interviewing",
  "submitted",
  "client_interview",
  "offer",
  "trial",
  "hired",
] as const satisfies readonly Stage[];

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
    /** Whether the client may download the candidate's résumé through this application (chosen at submission). */
    resumeShared: integer("resume_shared", { mode: "boolean" }).notNull().default(false),
    /**
     * The furthest stage of the funnel (sourced … hired, as its index in `funnelStages`) any stage
     * event has taken it to, so a skipped stage still counts as reached. Kept by a trigger on
     * stage_events (migration 0011), read by the funnel report.
     */
    reachedRank: integer("reached_rank").notNull().default(0),
    /** The candidate's source, copied by triggers (migration 0011) so the sources report reads applications alone. */
    source: text("source", { enum: candidateSources }),
    /** The last time a client's user moved it to client interview, offer or rejected (trigger-kept); the recruiter's home lists these. */
    clientMovedAt: integer("client_moved_at", { mode: "timestamp_ms" }),
    /**
     * The role's owner and status, copied by triggers (migration 0015) so a recruiter's own open
     * pipeline is one index range per stage (applications_owner_stage_idx), whatever the number
     * of roles they own.
     */
    roleOwnerId: integer("role_owner_id"),
    roleStatus: text("role_status", { enum: roleStatuses }),
    ...version,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("applications_candidate_role_unique").on(t.candidateId, t.roleId),
    // The board walks each column newest first: (role, stage, stage_changed_at).
    index("applications_role_stage_changed_idx").on(t.roleId, t.stage, t.stageChangedAt),
    index("applications_stage_candidate_idx").on(t.stage, t.candidateId),
    // A client's "Awaiting your review": each of their roles' submitted applications, first submitted
    // first, with the stage the client scope tests: read from the index alone, the rows only for the page.
    index("applications_awaiting_review_idx")
      .on(t.roleId, t.submittedAt, t.stage)
      .where(sql`${t.stage} = 'submitted'`),
    // A recruiter's applications in their open roles, by stage, oldest move first (the home's stale list).
    index("applications_owner_stage_idx").on(t.roleOwnerId, t.roleStatus, t.stage, t.stageChangedAt),
    // The reports read a cohort of applications by when they were added, whole or by role.
    index("applications_created_idx").on(t.createdAt, t.roleId, t.reachedRank, t.submittedAt, t.candidateId, t.source),
    index("applications_role_created_idx").on(t.roleId, t.createdAt, t.reachedRank, t.submittedAt, t.candidateId, t.source),
    index("applications_client_moved_idx")
      .on(t.clientMovedAt)
      .where(sql`${t.clientMovedAt} is not null`),
    // The sources report groups by source and counts each candidate once: walking this index in
    // order needs no sort, and it holds every column the report reads.
    index("applications_source_idx").on(t.source, t.candidateId, t.createdAt, t.reachedRank, t.roleId, t.submittedAt),
    // Time to submit, by its length in whole hours then when the application was added: counted in order.
    index("applications_submit_hours_idx")
      .on(sql`(${t.submittedAt} - ${t.createdAt}) / 3600000`, t.createdAt, t.submittedAt)
      .where(sql`${t.submittedAt} is not null`),
    // Time to hire: the hired applications alone, by when they were added.
    index("applications_hired_idx")
      .on(t.createdAt, t.roleId)
      .where(sql`${t.reachedRank} = 7`),
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
    /** When the application left this stage (the next standing move's time), kept by a trigger; null while it is still here, and always on an Undo and the move it undid (no stays, migration 0025). */
    leftAt: integer("left_at", { mode: "timestamp_ms" }),
    /** When the application had entered `from_stage` (its stage_changed_at before this move): an Undo of this move restores it (lib/pipeline/undo.ts). Null on events from before migration 0020. */
    fromEnteredAt: integer("from_entered_at", { mode: "timestamp_ms" }),
    /** On an Undo: the move it takes back. What the reports and the home read of the moves (the furthest stage reached, the client's latest move) is then as if neither had been made (migration 0024). */
    undoesId: integer("undoes_id").references((): AnySQLiteColumn => stageEvents.id),
    ...timestamps,
  },
  (t) => [
    index("stage_events_application_idx").on(t.applicationId, t.createdAt),
    index("stage_events_undoes_idx")
      .on(t.undoesId)
      .where(sql`${t.undoesId} is not null`),
  ],
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

export type Application = typeof applications.$inferSelect;
