// The app's one connection, opened where the settings say, and the queries prepared on it.
// Plain module (no "server-only"): seeds, scripts and tests use the same connection.
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
