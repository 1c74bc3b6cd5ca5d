import type Database from "better-sqlite3";

// The whole-agency reports read three rollups that triggers keep up to date as rows change
// (migrations 0013, 0014 and 0018): report_source_days, report_stay_hours and
// report_application_ratings; boards and the roles list read a fourth, role_stage_counts (0022).
// This module computes them from the rows in one pass each — what those migrations did for the
// rows already there — so a bulk load can set the triggers aside and build the rollups once at
// the end, as it does its indexes (db/seed/deferred-indexes.ts).

/** Each rollup, from the rows: emptied, then filled by one grouped statement (the migrations' own backfill). */
const REBUILD = [
  "DELETE FROM report_source_days",
  `INSERT INTO report_source_days (day, role_type, source, applications, submitted, trials, hired, decided, converted)
   SELECT a.created_at / 86400000, r.type, a.source, count(*), sum(a.reached_rank >= 3), sum(a.reached_rank >= 6), sum(a.reached_rank = 7),
     sum(CASE WHEN a.reached_rank >= 6 THEN (SELECT count(t.outcome) FROM trials t WHERE t.application_id = a.id) ELSE 0 END),
     sum(CASE WHEN a.reached_rank >= 6 THEN (SELECT count(*) FROM trials t WHERE t.application_id = a.id AND t.outcome = 'converted') ELSE 0 END)
   FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.source IS NOT NULL
   GROUP BY 1, 2, 3`,
  "DELETE FROM report_stay_hours",
  `INSERT INTO report_stay_hours (day, role_type, stage, hours, stays)
   SELECT e.created_at / 86400000, r.type, e.to_stage, (e.left_at - e.created_at) / 3600000, count(*)
   FROM stage_events e JOIN applications a ON a.id = e.application_id JOIN roles r ON r.id = a.role_id WHERE e.left_at IS NOT NULL
   GROUP BY 1, 2, 3, 4`,
  "DELETE FROM report_application_ratings",
  // The view is the triggers' own definition of an application's row (0018).
  `INSERT INTO report_application_ratings (application_id, ratings, interviewers, scorecards, recommendations, red_flags)
   SELECT application_id, ratings, interviewers, scorecards, recommendations, red_flags FROM report_application_ratings_now`,
  "DELETE FROM role_stage_counts",
  `INSERT INTO role_stage_counts (role_id, stage, submitted, n)
   SELECT role_id, stage, submitted_at IS NOT NULL, count(*) FROM applications GROUP BY 1, 2, 3`,
];

/** Fills the report rollups afresh from the rows, in one transaction: what the triggers would have kept. */
export function rebuildReportRollups(sqlite: Database.Database): void {
  sqlite.transaction(() => REBUILD.forEach((statement) => sqlite.exec(statement)))();
}

/** A trigger that writes one of the rollups (and so may be set aside while they are rebuilt). */
const WRITES_A_ROLLUP = /\b(insert\s+into|update|delete\s+from)\s+[`"]?(report_|role_stage_counts\b)/i;

/**
 * Sets aside the triggers that keep the report rollups, for a bulk load, and returns what rebuilds
 * the rollups from the loaded rows and puts the triggers back exactly as they were. Every other
 * trigger (counters, copies, the full-text index, the stage history's left_at and reached_rank,
 * which the rollups are computed from) runs as it does for the app's own writes.
 */
export function deferReportRollups(sqlite: Database.Database): { rebuild: () => void } {
  const triggers = (sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' order by name").all() as { name: string; sql: string }[]).filter(
    (t) => WRITES_A_ROLLUP.test(t.sql),
  );
  if (triggers.length === 0) throw new Error("deferReportRollups: no trigger keeps the report rollups (renamed tables?)");
  for (const t of triggers) sqlite.exec(`drop trigger "${t.name}"`);
  return {
    rebuild: () =>
      sqlite.transaction(() => {
        rebuildReportRollups(sqlite);
        for (const t of triggers) sqlite.exec(t.sql);
      })(),
  };
}
