import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { stages } from "./pipeline";

/**
 * Agency-wide totals the home page leads with, so it reads a few rows instead of counting whole
 * tables. Kept by SQLite triggers (migration 0006_counter_triggers) in the same transaction as the
 * change, so every writer — actions, seeds, a manual fix in the shell — keeps them right.
 * Names: `candidates`, `applications:<stage>`, `roles:<status>`, `clients`, `users:active`,
 * `trials:decided` (migration 0017_trial_counters), `trials:undecided` (0019_trial_list_reads).
 */
export const counters = sqliteTable("counters", {
  name: text("name").primaryKey(),
  value: integer("value").notNull().default(0),
});

export type CounterName = "candidates" | "clients" | "users:active" | "trials:decided" | "trials:undecided" | `applications:${string}` | `roles:${string}`;

/**
 * Each role's applications per stage, split by whether they were submitted to the client (a
 * client counts only those): what a board's column headers and the roles list's pipeline bars
 * show, read as a few rows per role instead of counting its whole pipeline. Kept by triggers on
 * applications (migration 0022_role_stage_counts) in the transaction of every insert, move,
 * submission, transfer and delete. A count that fell to 0 stays as a row of 0.
 */
export const roleStageCounts = sqliteTable(
  "role_stage_counts",
  {
    roleId: integer("role_id").notNull(),
    stage: text("stage", { enum: stages }).notNull(),
    submitted: integer("submitted", { mode: "boolean" }).notNull(),
    n: integer("n").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.stage, t.submitted] })],
);
