// The app's one connection, opened where the settings say, and the queries prepared on it.
// Plain module (no "server-only"): seeds, scripts and tests use the same connection.
import { fillPlaceholders, sql, type Column, type SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { openDatabase, type Db } from "@/db/client";
import { settings } from "@/lib/config";

// One connection per server process (kept on globalThis so dev reloads reuse it).
const holder = globalThis as unknown as { __trialboardDb?: Db };

/** The app's connection, opened on first use at DATABASE_PATH. */
export function db(): Db {
  holder.__trialboardDb ??= openDatabase(settings().databasePath);
  return holder.__trialboardDb;
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
