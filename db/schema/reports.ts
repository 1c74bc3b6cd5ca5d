import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { CandidateSource } from "./candidates";
import type { RoleType } from "./values";
import type { Stage } from "./pipeline";

// Daily rollups the reports read for the whole agency (no client or recruiter filter), so a report
// over 90 days of a large agency sums a few thousand rows instead of millions. Kept by SQLite
// triggers (migration 0013_report_rollups) in the transaction of every change to what they count —
// applications, their stage events, trials and a role's type — so every writer keeps them right.
// `day` is the UTC day number (ms since the epoch / 86,400,000) the row's facts are counted on.

/**
 * For the sources report: the applications added on `day`, on roles of `roleType`, whose candidate
 * came from `source` — how many, how many reached Submitted, Trial and Hired, and how many of their
 * trials were decided and converted.
 */
export const reportSourceDays = sqliteTable(
  "report_source_days",
  {
    day: integer("day").notNull(),
    roleType: text("role_type").$type<RoleType>().notNull(),
    source: text("source").$type<CandidateSource>().notNull(),
    applications: integer("applications").notNull().default(0),
    submitted: integer("submitted").notNull().default(0),
    trials: integer("trials").notNull().default(0),
    hired: integer("hired").notNull().default(0),
    decided: integer("decided").notNull().default(0),
    converted: integer("converted").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.roleType, t.source] })],
);

/**
 * For the time-in-stage report: the stays in `stage` that began on `day`, on roles of `roleType`,
 * and have ended, by their length in whole hours (rounded down) — a histogram, so medians and
 * percentiles stay exact to the hour.
 */
export const reportStayHours = sqliteTable(
  "report_stay_hours",
  {
    day: integer("day").notNull(),
    roleType: text("role_type").$type<RoleType>().notNull(),
    stage: text("stage").$type<Stage>().notNull(),
    hours: integer("hours").notNull(),
    stays: integer("stays").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.stage, t.day, t.roleType, t.hours] })],
);

/**
 * Each application's current submitted scorecards (not superseded) summed, so the calibration
 * report and a role's comparison read one row per application instead of every scorecard.
 * `ratings`: JSON `{ attribute: [sum, count] }` over the valid ratings (a known attribute, an
 * integer 1–4, as lib/evaluation/scorecards.ts's parseRatings keeps); `interviewers`: JSON
 * `{ interviewerId: [sum of their scorecards' means, scorecards] }`; `scorecards`: how many;
 * `recommendations`: JSON `{ recommendation: count }`; `redFlags`: red flags ticked over them (as
 * parseFlags counts). Kept by triggers on scorecards (migrations 0014 and 0018).
 */
export const reportApplicationRatings = sqliteTable("report_application_ratings", {
  applicationId: integer("application_id").primaryKey(),
  ratings: text("ratings").notNull(),
  interviewers: text("interviewers").notNull(),
  scorecards: integer("scorecards").notNull().default(0),
  recommendations: text("recommendations").notNull().default("{}"),
  redFlags: integer("red_flags").notNull().default(0),
});
