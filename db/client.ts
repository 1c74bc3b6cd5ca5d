import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { withStatementCache } from "./statement-cache";

// Plain module (no "server-only"): scripts, seeds and tests open databases too. The app's own
// connection (where the settings say) is lib/db.ts: db/ imports nothing from the layers above it.

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The transaction handle inside db.transaction((tx) => …): synchronous, no await. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

/** Owner read/write only: the database holds password hashes and candidates' personal data. */
const PRIVATE = 0o600;

/** Opens a SQLite file with the pragmas every connection needs and wraps it in drizzle. */
export function openDatabase(file: string): Db {
  return wrapConnection(openConnection(file));
}

/** Opens a SQLite file with the pragmas every connection needs; the one place they are set. */
export function openConnection(file: string): Database.Database {
  fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  keepPrivate(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 5000");
  // SQLite creates the -wal and -shm files with the database file's mode; make sure of older ones.
  for (const suffix of ["-wal", "-shm"]) if (fs.existsSync(file + suffix)) fs.chmodSync(file + suffix, PRIVATE);
  return sqlite;
}

/**
 * An open connection as the app queries it: drizzle (this copy of it, with this copy's schema),
 * compiled statements reused, every transaction IMMEDIATE.
 */
export function wrapConnection(sqlite: Database.Database): Db {
  const { client } = withStatementCache(sqlite, 500);
  return immediateWrites(drizzle(immediateByDefault(client), { schema }) as Db);
}

// Several processes may share one database file (WORKERS=N). A DEFERRED transaction reads first
// and asks for the write lock at its first write; if another process committed in between, SQLite
// cannot wait for the lock (the snapshot read is stale) and fails at once with SQLITE_BUSY,
// whatever busy_timeout says. IMMEDIATE takes the write lock at BEGIN, where busy_timeout does
// wait. So every transaction is IMMEDIATE unless its caller asks otherwise (a read-only snapshot
// may pass { behavior: "deferred" }). Decided here, for every connection: the app's, seeds', tests'.

/** drizzle's db.transaction(fn, config): IMMEDIATE unless config names a behaviour. */
function immediateWrites(database: Db): Db {
  const transaction = database.transaction.bind(database);
  database.transaction = ((fn, config) => transaction(fn, { behavior: "immediate", ...config })) as Db["transaction"];
  return database;
}

/** better-sqlite3's own sqlite.transaction(fn) (used by seeds through $client): calling it runs IMMEDIATE. */
function immediateByDefault(client: Database.Database): Database.Database {
  const transaction = (fn: (...args: unknown[]) => unknown) => {
    const native = client.transaction(fn);
    return Object.assign((...args: unknown[]) => native.immediate(...args), {
      default: native.immediate,
      deferred: native.deferred,
      immediate: native.immediate,
      exclusive: native.exclusive,
      database: client,
    });
  };
  return new Proxy(client, { get: (target, property) => (property === "transaction" ? transaction : Reflect.get(target, property, target)) });
}

function keepPrivate(file: string): void {
  if (file === ":memory:") return;
  if (fs.existsSync(file)) fs.chmodSync(file, PRIVATE);
  else fs.closeSync(fs.openSync(file, "wx", PRIVATE));
}

export function migrateDatabase(database: Db): void {
  migrate(database, { migrationsFolder });
}
