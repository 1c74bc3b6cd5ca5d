import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, migrateDatabase, openDatabase, prepared } from "./client";
import { organizations } from "./schema";

describe("the connection's statement cache", () => {
  it("reuses a compiled statement, back in object-row mode even after drizzle used it raw", () => {
    const sqlite = db().$client;
    const first = sqlite.prepare("select 1 as one");
    expect(first.raw().all()).toEqual([[1]]);
    const again = sqlite.prepare("select 1 as one");
    expect(again).toBe(first);
    expect(again.all()).toEqual([{ one: 1 }]);
  });

  it("keeps drizzle's results right when the same SQL runs mapped and unmapped", () => {
    db().insert(organizations).values({ kind: "client", name: "Cache Co" }).run();
    const query = () => db().select({ name: organizations.name }).from(organizations).where(sql`${organizations.name} = 'Cache Co'`);
    expect(query().all()).toEqual([{ name: "Cache Co" }]);
    expect(query().values()).toEqual([["Cache Co"]]);
    expect(query().all()).toEqual([{ name: "Cache Co" }]);
  });

  it("builds a prepared query once per connection and runs it with new values each time", () => {
    let builds = 0;
    const byName = () =>
      prepared("test:org-by-name", (d) => {
        builds++;
        return d.select({ id: organizations.id }).from(organizations).where(sql`${organizations.name} = ${sql.placeholder("name")}`).prepare();
      });
    db().insert(organizations).values({ kind: "client", name: "Prepared Co" }).run();
    expect(byName().all({ name: "Prepared Co" })).toHaveLength(1);
    expect(byName().all({ name: "Nobody" })).toEqual([]);
    expect(builds).toBe(1);
  });
});

describe("database files", () => {
  it("are readable by their owner only: the database, its WAL and shared-memory files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tb-perms-"));
    const previous = process.umask(0o022);
    try {
      const file = path.join(dir, "private.db");
      const database = openDatabase(file);
      migrateDatabase(database);
      database.insert(organizations).values({ kind: "client", name: "Private Co" }).run();
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect({ f, mode: fs.statSync(f).mode & 0o777 }).toEqual({ f, mode: 0o600 });
      database.$client.close();
      // A file left world-readable by an older version is tightened on the next open.
      fs.chmodSync(file, 0o644);
      openDatabase(file).$client.close();
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(previous);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
