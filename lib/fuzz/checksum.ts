import { createHash } from "node:crypto";
import type Database from "better-sqlite3";

// "No partial write": a hash of every row of every table, bar the two logs a refused or failed
// call is meant to append to (the audit log; login attempts, which lock an account).
//
// Hashing the whole database around every call would dominate the run, so temporary triggers
// count writes to those tables: a write that is rolled back takes its count with it, so while
// the count stands still the tables are provably as they were and the last hash still holds.

const LOGS = ["audit_log", "login_attempts"];

function tables(sqlite: Database.Database): string[] {
  return sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL%' and name not glob '*_fts_*' and name not in (?, ?) order by name",
    )
    .pluck()
    .all(...LOGS) as string[];
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function tableChecksum(sqlite: Database.Database): string {
  const hash = createHash("sha1");
  for (const table of tables(sqlite)) {
    const columns = sqlite.prepare(`select name from pragma_table_info(?)`).pluck().all(table) as string[];
    // Type and hex of every value: unambiguous, blobs included, and unlike quote() it does not
    // stop at a NUL inside a text. SQLite builds the text, not JS (a scan takes milliseconds).
    // Rows in the order of their text: a table WITHOUT ROWID (role_stage_counts) has no rowid.
    const row = columns.map((c) => `typeof(${quoted(c)}) || ':' || hex(${quoted(c)})`).join(" || ',' || ");
    const text = sqlite
      .prepare(`select group_concat(r, char(10)) from (select ${row} r from ${quoted(table)} order by r)`)
      .pluck()
      .get() as string | null;
    hash.update(`${table}\u0000${text ?? ""}\u0000`);
  }
  return hash.digest("hex");
}

export type AuditRow = { id: number; action: string };

/** Tracks the database's state between calls; `since()` says what a call changed. */
export function stateTracker(sqlite: Database.Database) {
  sqlite.exec("create temp table if not exists fuzz_writes (n integer not null); delete from fuzz_writes; insert into fuzz_writes values (0);");
  for (const table of tables(sqlite)) {
    for (const op of ["insert", "update", "delete"]) {
      sqlite.exec(
        `create temp trigger if not exists ${quoted(`fuzz_${table}_${op}`)} after ${op} on main.${quoted(table)} begin update fuzz_writes set n = n + 1; end;`,
      );
    }
  }
  const writes = sqlite.prepare("select n from temp.fuzz_writes").pluck();
  const lastAudit = sqlite.prepare("select coalesce(max(id), 0) from audit_log").pluck();
  const auditsAfter = sqlite.prepare("select id, action from audit_log where id > ? order by id");
  let sum = tableChecksum(sqlite);
  let at = writes.get() as number;
  let scans = 1;

  function current(): string {
    const now = writes.get() as number;
    if (now !== at) {
      sum = tableChecksum(sqlite);
      at = now;
      scans++;
    }
    return sum;
  }

  return {
    /** A mark to compare against after a call. */
    mark: () => ({ sum: current(), audit: lastAudit.get() as number }),
    /** Whether any table (bar the logs) changed since the mark, and which audit rows were added. */
    since(mark: { sum: string; audit: number }) {
      return { changed: current() !== mark.sum, audits: auditsAfter.all(mark.audit) as AuditRow[] };
    },
    scans: () => scans,
  };
}
