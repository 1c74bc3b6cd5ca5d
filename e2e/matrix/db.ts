import { createHash } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";

// The e2e server's database (playwright.config.ts webServer env DATABASE_PATH), opened beside the
// running server: WAL lets this process read, and write the markers, while it serves.

export const E2E_DATABASE = path.resolve(process.env.MATRIX_DATABASE ?? "e2e/.data/e2e.db");

export function openDatabase(): Database.Database {
  const db = new Database(E2E_DATABASE, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

/** Tables whose rows change by design on any request (the audit log is compared on its own). */
const SKIPPED = new Set(["audit_log", "login_attempts", "revoked_sessions", "__drizzle_migrations"]);

/** A hash of every row of every table (FTS shadow tables included: a leaked index entry is a change). */
export function checksum(db: Database.Database): string {
  const hash = createHash("sha256");
  const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
  for (const table of tables) {
    if (SKIPPED.has(table) || table.endsWith("_config")) continue;
    hash.update(`\u0000${table}\u0000`);
    for (const row of db.prepare(`select * from "${table}"`).raw().iterate() as Iterable<unknown[]>) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString("base64") : typeof v === "bigint" ? String(v) : v)));
    }
  }
  return hash.digest("hex");
}

export type AuditRow = { id: number; actor_id: number | null; action: string; entity_type: string | null; details: string | null };

export const lastAuditId = (db: Database.Database) => (db.prepare("select coalesce(max(id), 0) from audit_log").pluck().get() as number) ?? 0;

export const auditSince = (db: Database.Database, id: number) =>
  db.prepare("select id, actor_id, action, entity_type, details from audit_log where id > ? order by id").all(id) as AuditRow[];

export const userId = (db: Database.Database, email: string) =>
  (db.prepare("select id from users where email = ?").pluck().get(email) as number | undefined) ?? null;
