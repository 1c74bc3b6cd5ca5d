import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { settings } from "../lib/config";
import * as schema from "./schema";

// Plain module (no "server-only"): scripts, seeds and tests open databases too.
// lib/config is a dependency-free leaf that every layer may read.

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The transaction handle inside db.transaction((tx) => …): synchronous, no await. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

/** Opens a SQLite file with the pragmas every connection needs; the one place they are set. */
export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema }) as Db;
}

export function migrateDatabase(database: Db): void {
  migrate(database, { migrationsFolder });
}

// One connection per server process (kept on globalThis so dev reloads reuse it).
const holder = globalThis as unknown as { __trialboardDb?: Db };

/** The app's connection, opened on first use at DATABASE_PATH. */
export function db(): Db {
  holder.__trialboardDb ??= openDatabase(settings().databasePath);
  return holder.__trialboardDb;
}
