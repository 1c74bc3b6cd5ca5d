import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { timestamps, version } from "./columns";
import { interviewKinds, interviewStatuses, recommendations } from "./values";
import { users } from "./organizations";
import { applications } from "./pipeline";

/** One interview of an application's loop. */
export const interviews = sqliteTable(
  "interviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id),
    kind: text("kind", { enum: interviewKinds }).notNull(),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    /** A meeting link or a place. */
    location: text("location"),
    status: text("status", { enum: interviewStatuses }).notNull().default("scheduled"),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    ...version,
    ...timestamps,
  },
  // An application's interviews by status (the loop progress counts them from the index alone),
  // then by start (an application has a handful: ordering them by start costs nothing).
  (t) => [index("interviews_application_status_idx").on(t.applicationId, t.status, t.startsAt)],
);

/** Who interviews: each owes one scorecard for the interview. */
export const interviewers = sqliteTable(
  "interviewers",
  {
    interviewId: integer("interview_id")
      .notNull()
      .references(() => interviews.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    /**
     * Copies of the interview's application, status and times, and whether this interviewer's
     * scorecard for it is submitted, kept by triggers (migration 0016) in the transaction of every
     * write. An interviewer's calendar and the scorecards they owe are then ranges of their own
     * index entries, however many interviews they have held.
     */
    applicationId: integer("application_id"),
    status: text("status", { enum: interviewStatuses }),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }),
    scorecardSubmitted: integer("scorecard_submitted", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.interviewId, t.userId] }),
    index("interviewers_user_idx").on(t.userId, t.interviewId),
    // What each interviewer owes (not submitted, by status), the interviews that ended first.
    index("interviewers_owed_idx").on(t.userId, t.scorecardSubmitted, t.status, t.endsAt, t.interviewId, t.applicationId),
    // Each interviewer's calendar, by status and start.
    index("interviewers_calendar_idx").on(t.userId, t.status, t.startsAt, t.interviewId, t.endsAt),
    // The scorecards due on an application (loop progress), from the index alone.
    index("interviewers_application_due_idx").on(t.applicationId, t.scorecardSubmitted, t.status, t.endsAt),
  ],
);

export const scorecardStatuses = ["draft", "submitted"] as const;
export type ScorecardStatus = (typeof scorecardStatuses)[number];

/**
 * One interviewer's scorecard for one interview. Submitting makes it read-only; an amendment is a
 * new row with the next `revision`, the earlier one kept (`supersededAt` set). The current
 * scorecard is the one not superseded.
 */
export const scorecards = sqliteTable(
  "scorecards",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    interviewId: integer("interview_id")
      .notNull()
      .references(() => interviews.id),
    /** Denormalised from the interview: the blind rule and the scores read scorecards by application. */
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id),
    interviewerId: integer("interviewer_id")
      .notNull()
      .references(() => users.id),
    revision: integer("revision").notNull().default(1),
    status: text("status", { enum: scorecardStatuses }).notNull().default("draft"),
    /** JSON: { attribute: 1..4 } for the attributes assessed. */
    ratings: text("ratings").notNull().default("{}"),
    /** JSON: the red flags ticked. */
    redFlags: text("red_flags").notNull().default("[]"),
    notes: text("notes"),
    recommendation: text("recommendation", { enum: recommendations }),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    supersededAt: integer("superseded_at", { mode: "timestamp_ms" }),
    ...version,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("scorecards_interview_interviewer_revision_unique").on(t.interviewId, t.interviewerId, t.revision),
    index("scorecards_application_idx").on(t.applicationId, t.status),
    index("scorecards_interviewer_idx").on(t.interviewerId, t.status),
  ],
);
