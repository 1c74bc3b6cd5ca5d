// npm run restore -- <file>: puts a backup made by `npm run backup` back as the database (where
// DATABASE_PATH says), with its résumé files. Trialboard must be stopped: the restore refuses while
// any process has the database open. The backup is checked first (integrity_check, a Trialboard
// migrations table, not newer than this version); the database it replaces is kept beside it as
// <database>.before-restore-<time>. Migrations newer than the backup run at the next start.
import fs from "node:fs";
import path from "node:path";
import { restoreDatabase } from "../db/backup";
import { migrationsFolder } from "../db/client";
import { parseSettings } from "../lib/config";

async function main() {
  const backup = process.argv[2];
  if (!backup || backup.startsWith("-")) {
    console.error("Usage: npm run restore -- <backup file>   (stop Trialboard first)");
    process.exit(2);
  }
  const settings = parseSettings(process.env);
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  const result = await restoreDatabase(path.resolve(backup), settings.databasePath, settings.uploadDir, journal.entries.length);
  const rows = Object.values(result.counts).reduce((sum, n) => sum + n, 0);
  console.log(`Restored ${path.resolve(backup)}`);
  console.log(`  into ${result.target}: integrity_check ${result.integrity}; ${result.migrations} migrations; ${rows.toLocaleString("en")} rows`);
  if (result.previous) console.log(`  the database it replaced is kept as ${result.previous}`);
  console.log(`  résumé files: ${result.uploads.files} in ${result.uploads.dir}`);
  console.log("Start Trialboard (npm start) to serve it.");
}

main().catch((error) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
