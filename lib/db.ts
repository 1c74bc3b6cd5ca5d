// The app's one connection, opened where the settings say, and the queries prepared on it.
// Plain module (no "server-only"): seeds, scripts and tests use the same connection.
import { fillPlaceholders, sql, type Column, type SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import type Database from "better-sqlite3";
import { openConnection, wrapConnection, type Db } from "@/db/client";
import { settings } from "@/lib/config";

// One SQLite connection per server process, kept on globalThis, where every copy of this module
// finds it: the start-up code (scripts/serve.ts, run by tsx) and the app built by Next are two
// copies, each with its own drizzle and schema, and dev reloads make more. Each copy wraps the
// shared connection in its own drizzle: drizzle tells its columns and SQL apart with
// `instanceof`, and handed the other copy's drizzle, the app's queries fell back to walking
// prototype chains for every column of every row they built or read.
const holder = globalThis as unknown as { __trialboardSqlite?: Database.Database };
let wrapped: { connection: Database.Database; database: Db } | undefined;

/** The app's connection, opened on first use at DATABASE_PATH. */
export function db(): Db {
  const connection = (holder.__trialboardSqlite ??= openConnection(settings().databasePath));
  if (wrapped?.connection !== connection) wrapped = { connection, database: wrapConnection(connection) };
  return wrapped.database;
}

/** Closes the process's connection (as a restart would); the next db() opens the file afresh. */
export function closeDb(): void {
  holder.__trialboardSqlite?.close();
  holder.__trialboardSqlite = undefined;
}

const preparedQueries = new WeakMap<Db, Map<string, unknown>>();

/**
 * A query built once per connection with drizzle's .prepare() and run with placeholder values
 * (`sql.placeholder("name")`). Building a query's SQL costs more than SQLite takes to run it, so
 * the hot reads of the busiest pages are prepared. `key` names the query and every choice that
 * changes its shape (the viewer's scope shape, which filters are on).
 */
export function prepared<T>(key: string, build: (database: Db) => T): T {
  const database = db();
  let queries = preparedQueries.get(database);
  if (!queries) preparedQueries.set(database, (queries = new Map()));
  let query = queries.get(key) as T | undefined;
  if (query === undefined) queries.set(key, (query = build(database)));
  return query;
}

/**
 * `column in (…ids)` for a prepared query: the ids are bound as one JSON array to the placeholder
 * `name` (pass `JSON.stringify(ids)`), so one statement serves any number of them.
 */
export const inIds = (column: Column | SQL, name: string): SQL => sql`${column} in (select value from json_each(${sql.placeholder(name)}))`;

const dialect = new SQLiteSyncDialect();

/**
 * A query written as SQL (`sql` with `sql.placeholder`s) for what the query builder cannot say (a
 * UNION of index ranges), compiled once per connection like `prepared`. Rows come back as objects
 * keyed by the query's column names; `query` is its SQL and parameters (for reading its plan).
 */
export function preparedSql<Row>(key: string, build: () => SQL) {
  return prepared(key, (database) => {
    const query = dialect.sqlToQuery(build());
    const statement = database.$client.prepare(query.sql);
    const bind = (values: Record<string, unknown>) => fillPlaceholders(query.params, values);
    return {
      query,
      bind,
      all: (values: Record<string, unknown>) => statement.all(...bind(values)) as Row[],
      get: (values: Record<string, unknown>) => statement.get(...bind(values)) as Row | undefined,
    };
  });
}
