import type Database from "better-sqlite3";

/**
 * Compiled statements reused by their SQL text. Drizzle asks its client to compile every query
 * afresh (better-sqlite3's prepare), which on a page running a few queries cost more than SQLite
 * took to run them. The cache keeps the most recently used `max` statements.
 *
 * A statement is one cursor: while it is being iterated (`.iterate()` across awaits, as a
 * streamed export does) it is busy, and running it again would throw. A busy statement is never
 * handed out: the second caller gets a fresh one of its own. A reused statement is put back in its
 * default mode (object rows), since drizzle switches statements to array rows when it maps them.
 */
export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly compile: (source: string) => Database.Statement,
    readonly max: number,
  ) {}

  get size(): number {
    return this.statements.size;
  }

  prepare(source: string): Database.Statement {
    const cached = this.statements.get(source);
    if (cached?.busy) return this.compile(source);
    if (cached) {
      // Move to the most recent end of the LRU order.
      this.statements.delete(source);
      this.statements.set(source, cached);
      if (cached.reader) cached.raw(false);
      return cached;
    }
    const statement = this.compile(source);
    if (this.statements.size >= this.max) this.statements.delete(this.statements.keys().next().value!);
    this.statements.set(source, statement);
    return statement;
  }
}

/**
 * The connection as drizzle should see it: the same database, but `prepare` goes through a
 * statement cache. The connection itself is left untouched (its own `prepare` still compiles).
 */
export function withStatementCache(sqlite: Database.Database, max: number): { client: Database.Database; cache: StatementCache } {
  const cache = new StatementCache((source) => sqlite.prepare(source), max);
  const prepare = (source: string) => cache.prepare(source);
  const bound = new Map<PropertyKey, unknown>();
  const client = new Proxy(sqlite, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      // Native methods must run on the real connection, not on the proxy.
      if (!bound.has(property)) bound.set(property, value.bind(target));
      return bound.get(property);
    },
  });
  return { client, cache };
}
