import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { timestamps, version } from "./columns";
import { organizations, users } from "./organizations";
import { applications } from "./pipeline";

// The two-week trial every placement starts with. Dates are calendar days (YYYY-MM-DD) in the
// client's time zone: "day N of 14" is a question about the client's calendar, not about UTC.

export const trialOutcomes = ["converted", "ended"] as const;
export type TrialOutcome = (typeof trialOutcomes)[number];

export const trialEndReasons = ["skills_gap", "delivery_pace", "communication", "overlap", "client_plans_changed", "candidate_withdrew", "other"] as const;
export type TrialEndReason = (typeof trialEndReasons)[number];

/** One trial of an application (started by moving it from Offer to Trial). */
export const trials = sqliteTable(
  "trials",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    applicationId: integer("application_id")
      .notNull()
      .references(() => applications.id),
    /** First day, in the client's time zone. */
    startsOn: text("starts_on").notNull(),
    /** Last day (inclusive); an extension moves it (the earlier ends are in trial_extensions). */
    endsOn: text("ends_on").notNull(),
    onboardingOwnerId: integer("onboarding_owner_id")
      .notNull()
      .references(() => users.id),
    /** The client's buddy: a hiring manager of the role's client. */
    buddyId: integer("buddy_id").references(() => users.id),
    /** Daily synchronous overlap, as written (e.g. "14:00–17:00 client time"). */
    overlapHours: text("overlap_hours").notNull(),
    dayOneScope: text("day_one_scope").notNull(),
    /** JSON: the success metrics (chosen from the seeds' list, or written). */
    metrics: text("metrics").notNull().default("[]"),
    /** Null until decided; an extension is not a decision. */
    outcome: text("outcome", { enum: trialOutcomes }),
    endReason: text("end_reason", { enum: trialEndReasons }),
    decisionNote: text("decision_note"),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    decidedById: integer("decided_by_id").references(() => users.id),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    /**
     * Kept by triggers (migration 0010) in the transaction of every write, so a list tells which
     * trials need attention by comparisons on the trial's own row, without joining its client or
     * reading its check-ins and goals: the client's time zone, the latest check-in's day (any, and
     * shared with the client) and how many week-one goals are not done.
     */
    /** The role's client and its time zone, copied by triggers: a company's trials and their "today" need no join. */
    clientId: integer("client_id").references(() => organizations.id),
    clientZone: text("client_zone"),
    latestCheckInOn: text("latest_check_in_on"),
    latestSharedCheckInOn: text("latest_shared_check_in_on"),
    weekOneOpen: integer("week_one_open").notNull().default(0),
    ...version,
    ...timestamps,
  },
  (t) => [
    index("trials_application_idx").on(t.applicationId),
    index("trials_owner_idx").on(t.onboardingOwnerId),
    index("trials_client_idx").on(t.clientId, t.outcome, t.endsOn),
    // The undecided trials with every column the attention rules read (lib/trials/attention.ts),
    // in end-date order: lists judge thousands of them without touching the wide trial rows.
    index("trials_undecided_idx")
      .on(t.endsOn, t.startsOn, t.latestCheckInOn, t.latestSharedCheckInOn, t.weekOneOpen, t.clientZone, t.clientId)
      .where(sql`${t.outcome} is null`),
    // Decided trials, newest decision first.
    index("trials_decided_idx")
      .on(t.decidedAt, t.id)
      .where(sql`${t.outcome} is not null`),
    // A company's decided trials, newest decision first (the client portal, /trials filtered by client):
    // walked backwards and stopped after the page, rather than every decided trial of theirs sorted.
    index("trials_client_decided_idx")
      .on(t.clientId, t.decidedAt, t.id)
      .where(sql`${t.outcome} is not null`),
  ],
);

/** Each extension: the end it replaced, the new end and why. */
export const trialExtensions = sqliteTable(
  "trial_extensions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trialId: integer("trial_id")
      .notNull()
      .references(() => trials.id),
    previousEndsOn: text("previous_ends_on").notNull(),
    endsOn: text("ends_on").notNull(),
    reason: text("reason").notNull(),
    actorId: integer("actor_id").references(() => users.id),
    ...timestamps,
  },
  (t) => [index("trial_extensions_trial_idx").on(t.trialId)],
);

/**
 * Each decision an admin reopened: what had been decided (outcome, reason, note, who and when),
 * who reopened it and why. The trial's row is undecided again; this keeps the earlier decision.
 */
export const trialReopenings = sqliteTable(
  "trial_reopenings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trialId: integer("trial_id")
      .notNull()
      .references(() => trials.id),
    outcome: text("outcome", { enum: trialOutcomes }).notNull(),
    endReason: text("end_reason", { enum: trialEndReasons }),
    decisionNote: text("decision_note"),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    decidedById: integer("decided_by_id").references(() => users.id),
    reason: text("reason").notNull(),
    actorId: integer("actor_id").references(() => users.id),
    ...timestamps,
  },
  (t) => [index("trial_reopenings_trial_idx").on(t.trialId)],
);

/** A goal for week one or week two; done or not (who ticked it, when). */
export const trialGoals = sqliteTable(
  "trial_goals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trialId: integer("trial_id")
      .notNull()
      .references(() => trials.id),
    week: integer("week").notNull(),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
    doneById: integer("done_by_id").references(() => users.id),
    ...version,
    ...timestamps,
  },
  (t) => [uniqueIndex("trial_goals_trial_position_unique").on(t.trialId, t.week, t.position)],
);

export const checkInSentiments = ["on_track", "at_risk", "off_track"] as const;
export type CheckInSentiment = (typeof checkInSentiments)[number];
export const checkInVisibilities = ["internal", "shared"] as const;
export type CheckInVisibility = (typeof checkInVisibilities)[number];

/** A check-in on a trial: an agency one may be internal; a client's is always shared. */
export const trialCheckIns = sqliteTable(
  "trial_check_ins",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trialId: integer("trial_id")
      .notNull()
      .references(() => trials.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    /** The trial day it is about (client's calendar). */
    on: text("on").notNull(),
    sentiment: text("sentiment", { enum: checkInSentiments }).notNull(),
    visibility: text("visibility", { enum: checkInVisibilities }).notNull().default("internal"),
    note: text("note").notNull(),
    ...timestamps,
  },
  (t) => [index("trial_check_ins_trial_idx").on(t.trialId, t.on)],
);

/**
 * One-time links with which a user sets their own password (a new client user, or a reset):
 * only the SHA-256 of the token is stored; a link works once, before it expires.
 */
export const passwordTokens = sqliteTable(
  "password_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdById: integer("created_by_id").references(() => users.id),
    ...timestamps,
  },
  (t) => [uniqueIndex("password_tokens_hash_unique").on(t.tokenHash), index("password_tokens_user_idx").on(t.userId)],
);

export type Trial = typeof trials.$inferSelect;
export type TrialGoal = typeof trialGoals.$inferSelect;
export type TrialCheckIn = typeof trialCheckIns.$inferSelect;
export type TrialExtension = typeof trialExtensions.$inferSelect;
export type TrialReopening = typeof trialReopenings.$inferSelect;
