// npm run backup -- <file>: an online backup of the database (where DATABASE_PATH says) while
// Trialboard may be serving: SQLite's backup API in one read snapshot, checked (integrity_check,
// row counts equal to the live database's at that instant), then the résumé files copied beside
// it into <file>-uploads/. Never overwrites: name each backup anew (e.g. by date).
import path from "node:path";
import { backupDatabase } from "../db/backup";
import { parseSettings } from "../lib/config";

async function main() {
  const target = process.argv[2];
  if (!target || target.startsWith("-")) {
    console.error("Usage: npm run backup -- <backup file>   (e.g. npm run backup -- /var/backups/trialboard/$(date +%F).db)");
    process.exit(2);
  }
  const settings = parseSettings(process.env);
  const result = await backupDatabase(settings.databasePath, path.resolve(target), settings.uploadDir);
  const rows = Object.values(result.counts).reduce((sum, n) => sum + n, 0);
  console.log(`Backed up ${settings.databasePath}`);
  console.log(`  to ${result.file} (${mb(result.bytes)}, ${result.ms} ms)`);
  console.log(
    `  integrity_check: ${result.integrity}; ${result.migrations} migrations; ${rows.toLocaleString("en")} rows in ${Object.keys(result.counts).length} tables, equal to the live database's:`,
  );
  for (const [table, n] of Object.entries(result.counts)) if (!table.startsWith("candidates_fts_")) console.log(`    ${table.padEnd(28)} ${n}`);
  console.log(`  résumé files: ${result.uploads.files} (${mb(result.uploads.bytes)}) in ${result.uploads.dir}`);
  if (result.uploads.missing.length) {
    console.warn(
      `  warning: ${result.uploads.missing.length} résumé file(s) the backup refers to were not found (removed since?): ${result.uploads.missing.join(", ")}`,
    );
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

main().catch((error) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
