import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "./client";

// Online backup and offline restore of the database file, and the résumé files beside it.
// The backup uses SQLite's backup API inside one read transaction on the live database: the copy
// is the database as it was at one instant (WAL readers block no writer, so the app keeps
// serving), and the row counts taken in that same transaction must match the copy exactly.

export type TableCounts = Record<string, number>;
export type Verified = { integrity: string; counts: TableCounts; migrations: number };

/** The file that holds the résumé copies of a backup: `<backup>-uploads/`. */
export const uploadsBeside = (backupFile: string) => `${backupFile}-uploads`;

/** Rows in every table (FTS shadow tables included), in one read of the connection. */
export function tableCounts(sqlite: Database.Database): TableCounts {
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      sqlite
        .prepare(`select count(*) from "${t.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

/** Checks a database file on its own: integrity, the migrations table; refuses anything else. */
export function verifyDatabaseFile(file: string): Verified {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: true }) as string;
    if (integrity !== "ok") throw new Error(`${file} fails integrity_check: ${integrity}`);
    const hasMigrations = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
    if (!hasMigrations) throw new Error(`${file} is not a Trialboard database (it has no migrations table)`);
    const migrations = sqlite.prepare("select count(*) from __drizzle_migrations").pluck().get() as number;
    return { integrity, counts: tableCounts(sqlite), migrations };
  } finally {
    sqlite.close();
  }
}

export type BackupResult = Verified & { file: string; bytes: number; ms: number; uploads: { dir: string; files: number; bytes: number; missing: string[] } };

/**
 * Copies the live database at `source` into `target` (which must not exist) while the app may be
 * writing to it, verifies the copy against the live counts of the same instant, then copies the
 * résumé files. The copy is written under a temporary name and renamed once verified, so a file
 * at `target` is always a complete, checked backup.
 */
export async function backupDatabase(source: string, target: string, uploadDir: string): Promise<BackupResult> {
  const started = Date.now();
  if (!fs.existsSync(source)) throw new Error(`There is no database at ${source}`);
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new name (backups are never overwritten)`);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  // Owner-only, like the live database: the copy holds the same personal data and password hashes.
  fs.closeSync(fs.openSync(partial, "wx", 0o600));

  const live = openDatabase(source).$client;
  let liveCounts: TableCounts;
  try {
    live.exec("begin");
    try {
      liveCounts = tableCounts(live);
      // All pages in one step, inside the read transaction above: one consistent snapshot, never
      // restarted by the app's writes (which go on meanwhile, into the WAL).
      await live.backup(partial, { progress: () => 0x7fffffff });
    } finally {
      live.exec("commit");
    }
  } finally {
    live.close();
  }

  // The copy carries the live file's WAL flag; a backup is one self-contained file instead.
  const copy = new Database(partial, { fileMustExist: true });
  copy.pragma("journal_mode = DELETE");
  copy.close();
  const verified = verifyDatabaseFile(partial);
  const differ = Object.keys({ ...liveCounts, ...verified.counts }).filter((t) => liveCounts[t] !== verified.counts[t]);
  if (differ.length) throw new Error(`The copy's row counts differ from the live database's in: ${differ.join(", ")}`);
  fs.renameSync(partial, target);

  // Résumés are written once under new names before their row is committed, so copying them after
  // the snapshot finds every file the copy refers to (a file erased since is reported missing).
  const uploads = copyUploads(uploadDir, uploadsBeside(target));
  const referenced = referencedResumes(target);
  const missing = referenced.filter((name) => !fs.existsSync(path.join(uploads.dir, "resumes", name)));
  return { ...verified, file: target, bytes: fs.statSync(target).size, ms: Date.now() - started, uploads: { ...uploads, missing } };
}

function referencedResumes(file: string): string[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare("select resume_stored_name from candidates where resume_stored_name is not null").pluck().all() as string[];
  } finally {
    sqlite.close();
  }
}

/** Copies every file under `from` that `to` lacks (they are write-once); returns what `to` holds. */
export function copyUploads(from: string, to: string): { dir: string; files: number; bytes: number } {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true, force: false, errorOnExist: false, preserveTimestamps: true });
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(to, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { dir: to, files, bytes };
}

/** True when some connection (a running server, a worker, a script) has the database open. */
export function databaseInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  // Every connection to a WAL database holds a shared lock on the file for as long as it is open;
  // an exclusive lock (not waiting) is granted only when no one else has it open.
  const probe = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    probe.pragma("locking_mode = EXCLUSIVE");
    probe.exec("begin exclusive");
    probe.exec("commit");
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return true;
    throw error;
  } finally {
    probe.close();
  }
}

export type RestoreResult = Verified & { target: string; previous: string | null; uploads: { dir: string; files: number; bytes: number } };

/**
 * Restores a checked backup into `target`, which no process may have open. The database there now
 * (if any) is first kept beside it as `<target>.before-restore-<time>`. Both copies go through the
 * backup API, which writes through SQLite (the target's WAL included), never around it.
 */
export async function restoreDatabase(
  backup: string,
  target: string,
  uploadDir: string,
  availableMigrations: number,
  now = new Date(),
): Promise<RestoreResult> {
  const verified = verifyDatabaseFile(backup);
  if (verified.migrations > availableMigrations) {
    throw new Error(
      `${backup} has ${verified.migrations} migrations applied, this version knows ${availableMigrations}: restore it with the version that made it`,
    );
  }
  if (databaseInUse(target)) throw new Error(`${target} is in use: stop Trialboard (every worker) before restoring`);
  fs.mkdirSync(path.dirname(target), { recursive: true });

  let previous: string | null = null;
  if (fs.existsSync(target)) {
    previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    const current = new Database(target, { fileMustExist: true });
    try {
      await current.backup(previous, { progress: () => 0x7fffffff });
    } finally {
      current.close();
    }
    fs.chmodSync(previous, 0o600);
  }
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  // Back to the app's settings (WAL, owner-only files), then checked as the app will open it.
  openDatabase(target).$client.close();
  const restored = verifyDatabaseFile(target);
  const uploadsDir = uploadsBeside(backup);
  const uploads = fs.existsSync(uploadsDir) ? copyUploads(uploadsDir, uploadDir) : { dir: uploadDir, files: 0, bytes: 0 };
  return { ...restored, target, previous, uploads };
}
