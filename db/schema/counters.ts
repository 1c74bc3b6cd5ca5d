import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

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
