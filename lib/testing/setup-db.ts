import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Each test file gets its own real SQLite file, migrated before any test opens it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trialboard-unit-"));
process.env.DATABASE_PATH = path.join(dir, "test.db");

const { migrateDatabase } = await import("@/db/client");
const { db } = await import("@/lib/db");
migrateDatabase(db());
