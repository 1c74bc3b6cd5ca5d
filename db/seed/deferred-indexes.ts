import type Database from "better-sqlite3";

/**
 * The indexes a trigger reads while rows are inserted: without them each insert would scan a
 * table. (Unique indexes stay too: they are constraints, and the seed relies on them.)
 */
const READ_BY_TRIGGERS = new Set([
  "stage_events_application_idx",
  // The stays trigger (migration 0025) asks, for each stage event inserted, whether an Undo took it back.
  "stage_events_undoes_idx",
  "scorecards_application_idx",
  "trials_application_idx",
]);

/**
 * Drops the secondary indexes of `tables` for a bulk load and returns what builds them again from
 * the loaded rows. An index filled row by row in random order, and updated again each time a
 * trigger changes the row (an application's rank, source and copies), costs far more than one
 * built by a single sort at the end; the result is the same index. Everything else (triggers,
 * constraints) runs as it does for the app's own writes.
 */
export function deferIndexes(sqlite: Database.Database, tables: string[]): { rebuild: () => void } {
  const deferred = (
    sqlite
      .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (select value from json_each(?))`)
      .all(JSON.stringify(tables)) as { name: string; sql: string }[]
  ).filter((i) => !READ_BY_TRIGGERS.has(i.name) && !/^create unique/i.test(i.sql));
  // A renamed index would be dropped with the rest and every insert would scan its table: say so.
  const kept = sqlite
    .prepare(`select count(*) n from sqlite_master where type = 'index' and name in (select value from json_each(?))`)
    .get(JSON.stringify([...READ_BY_TRIGGERS])) as {
    n: number;
  };
  if (kept.n !== READ_BY_TRIGGERS.size) throw new Error(`deferIndexes: an index triggers read is missing (${[...READ_BY_TRIGGERS].join(", ")})`);
  for (const i of deferred) sqlite.exec(`drop index "${i.name}"`);
  return { rebuild: () => deferred.forEach((i) => sqlite.exec(i.sql)) };
}
