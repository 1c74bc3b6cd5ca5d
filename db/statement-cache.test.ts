import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StatementCache, withStatementCache } from "./statement-cache";

let dir: string;
let sqlite: Database.Database;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tb-cache-"));
  sqlite = new Database(path.join(dir, "cache.db"));
  sqlite.exec("create table t (n integer); insert into t (n) values (1), (2), (3), (4), (5);");
});
afterEach(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function counting() {
  let compiled = 0;
  const cache = new StatementCache((source) => {
    compiled++;
    return sqlite.prepare(source);
  }, 2);
  return { cache, compiled: () => compiled };
}

describe("StatementCache", () => {
  it("compiles each SQL text once and hands the same statement back", () => {
    const { cache, compiled } = counting();
    const a = cache.prepare("select n from t order by n");
    expect(cache.prepare("select n from t order by n")).toBe(a);
    expect(compiled()).toBe(1);
  });

  it("puts a reused reader back in object-row mode after someone used it raw", () => {
    const { cache } = counting();
    expect(cache.prepare("select n from t where n = 1").raw().all()).toEqual([[1]]);
    expect(cache.prepare("select n from t where n = 1").all()).toEqual([{ n: 1 }]);
  });

  it("drops the least recently used statement past its size", () => {
    const { cache, compiled } = counting();
    cache.prepare("select 1");
    cache.prepare("select 2");
    cache.prepare("select 1"); // now most recent
    cache.prepare("select 3"); // evicts "select 2"
    expect(cache.size).toBe(2);
    cache.prepare("select 1");
    expect(compiled()).toBe(3);
    cache.prepare("select 2");
    expect(compiled()).toBe(4);
  });

  it("gives a second caller its own statement while the first is still iterating the same SQL", async () => {
    const { cache } = counting();
    const sqlText = "select n from t order by n";
    // Two requests stream the same query, interleaved across awaits (as a CSV export would).
    async function stream(out: number[]) {
      for (const row of cache.prepare(sqlText).iterate() as IterableIterator<{ n: number }>) {
        out.push(row.n);
        await new Promise((r) => setTimeout(r, 1));
      }
    }
    const first: number[] = [];
    const second: number[] = [];
    await Promise.all([stream(first), stream(second)]);
    expect(first).toEqual([1, 2, 3, 4, 5]);
    expect(second).toEqual([1, 2, 3, 4, 5]);
    // And a plain read of the same SQL in the middle of an iteration works too.
    const iterator = cache.prepare(sqlText).iterate() as IterableIterator<{ n: number }>;
    expect(iterator.next().value).toEqual({ n: 1 });
    expect(cache.prepare(sqlText).all()).toHaveLength(5);
    iterator.return?.();
    expect(cache.prepare(sqlText).busy).toBe(false);
  });
});

describe("withStatementCache", () => {
  it("caches for its client while the connection itself still compiles afresh, and runs everything else on the real connection", () => {
    const { client, cache } = withStatementCache(sqlite, 10);
    expect(client.prepare("select count(*) as c from t")).toBe(client.prepare("select count(*) as c from t"));
    expect(sqlite.prepare("select count(*) as c from t")).not.toBe(client.prepare("select count(*) as c from t"));
    expect(cache.size).toBe(1);
    const insert = client.transaction(() => client.prepare("insert into t (n) values (6)").run());
    insert();
    expect(client.prepare("select count(*) as c from t").get()).toEqual({ c: 6 });
    expect(client.inTransaction).toBe(false);
    expect(client.pragma("journal_mode", { simple: true })).toBe("delete");
  });
});
