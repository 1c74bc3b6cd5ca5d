import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "./client";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tb-race-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const WRITER = path.join(import.meta.dirname, "testing", "race-writer.ts");
type Outcome = { pid: number; committed: number; errors: number; codes: string[] };

/** Runs `processes` writer processes at once on `file`, each doing `each` read-then-write transactions. */
async function race(file: string, processes: number, each: number, mode = ""): Promise<Outcome[]> {
  const runs = Array.from({ length: processes }, () =>
    run(process.execPath, ["--import", "tsx", WRITER, file, String(each), mode], { cwd: process.cwd(), encoding: "utf8" }),
  );
  return (await Promise.all(runs)).map((r) => JSON.parse(r.stdout.trim().split("\n").pop()!) as Outcome);
}

function scratchDatabase(name: string): string {
  const file = path.join(dir, name);
  const database = openDatabase(file);
  migrateDatabase(database);
  database.run(sql`create table race_counter (id integer primary key, n integer not null)`);
  database.run(sql`create table race_log (pid integer not null, seq integer not null, seen integer not null, unique (seen))`);
  database.run(sql`insert into race_counter (id, n) values (1, 0)`);
  database.$client.close();
  return file;
}

describe("write transactions across processes", () => {
  it("are IMMEDIATE by default, and a caller may still ask for another behaviour", () => {
    const database = openDatabase(path.join(dir, "modes.db"));
    const seen: string[] = [];
    // better-sqlite3 begins its transactions with its own statements; the lock mode shows in whether
    // a second connection can write while the first transaction has only read.
    const other = openDatabase(path.join(dir, "modes.db"));
    other.$client.pragma("busy_timeout = 0");
    database.run(sql`create table t (n integer)`);
    database.transaction((tx) => {
      tx.get(sql`select count(*) from t`);
      seen.push(attempt(() => other.run(sql`insert into t values (1)`)));
    });
    database.transaction(
      (tx) => {
        tx.get(sql`select count(*) from t`);
        seen.push(attempt(() => other.run(sql`insert into t values (2)`)));
      },
      { behavior: "deferred" },
    );
    // The raw connection's transactions (the large seed's) are IMMEDIATE too.
    database.$client.transaction(() => seen.push(attempt(() => other.run(sql`insert into t values (3)`))))();
    expect(seen).toEqual(["SQLITE_BUSY", "ok", "SQLITE_BUSY"]);
    expect(database.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
    database.$client.close();
    other.$client.close();
  });

  it("lose no write and fail none when two OS processes race on the same row", async () => {
    const file = scratchDatabase("race.db");
    const EACH = 2000;
    const outcomes = await race(file, 2, EACH);
    const database = openDatabase(file);
    const { n } = database.get<{ n: number }>(sql`select n from race_counter where id = 1`);
    const logged = database.get<{ rows: number; seen: number }>(sql`select count(*) rows, count(distinct seen) seen from race_log`);
    const integrity = database.$client.pragma("integrity_check", { simple: true });
    database.$client.close();

    const committed = outcomes.reduce((sum, o) => sum + o.committed, 0);
    console.log(`two-process race: ${outcomes.map((o) => `${o.committed} committed, ${o.errors} errors`).join("; ")}; counter ${n}`);
    expect(outcomes.map((o) => o.errors)).toEqual([0, 0]);
    expect(committed).toBe(2 * EACH);
    // Every committed increment is in the counter: no two transactions read the same value (a lost update).
    expect(n).toBe(committed);
    expect(logged).toEqual({ rows: committed, seen: committed });
    expect(integrity).toBe("ok");
  }, 120_000);
});

function attempt(write: () => unknown): string {
  try {
    write();
    return "ok";
  } catch (error) {
    const { code, cause } = error as { code?: string; cause?: { code?: string } };
    return String(cause?.code ?? code);
  }
}
