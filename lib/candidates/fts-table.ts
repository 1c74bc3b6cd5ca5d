import { integer, real, sqliteTable } from "drizzle-orm/sqlite-core";

/**
 * The FTS5 index over candidates, created by migration 0002 (drizzle-kit cannot declare virtual
 * tables, so it lives outside db/schema/). Only the columns queries need are declared.
 */
export const candidatesFts = sqliteTable("candidates_fts", {
  rowid: integer("rowid").notNull(),
  rank: real("rank"),
});
