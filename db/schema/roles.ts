import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamps, version } from "./columns";
import { organizations, users } from "./organizations";
import { roleTypes } from "./values";

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

export type Role = typeof roles.$inferSelect;
