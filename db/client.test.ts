import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "./client";
import { organizations } from "./schema";

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
