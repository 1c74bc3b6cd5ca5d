// Builds a separate database at agency scale for benchmarks:
//   npm run seed:large [-- --scale large|1m] [--db ./bench-data/<scale>.db]
// large (the default): 200 clients, 2,000 roles, 50,000 candidates, 200,000 applications;
// 1m: 2,000 clients, 20,000 roles, 1,000,000 candidates, 4,000,000 applications (about 5.3 GB).
// Both with their stage events and one role with 650 applications, on top of the demo agency; per
// 200,000 applications about 120,000 interviews and 180,000 scorecards (recruiter@agency.test has
// a few hundred interviews, a few scorecards owed, whatever the scale); per 200,000 applications
// about 3,400 trials (a few hundred undecided) with 16,000 check-ins, Northwind Labs (viewer@northwind.test)
// the company with the most.
import fs from "node:fs";
import path from "node:path";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const scale = arg("--scale", "large");
const file = path.resolve(arg("--db", `./bench-data/${scale}.db`));

async function main() {
  const started = Date.now();
  const { largeScales, seedLarge } = await import("../db/seed/large");
  if (!(scale in largeScales)) throw new Error(`--scale must be one of ${Object.keys(largeScales).join(", ")}`);
  // Built under another name and renamed when complete: an interrupted build (its indexes not yet
  // rebuilt) is never taken for a finished one by the next `npm run bench`.
  const building = `${file}.partial`;
  for (const f of [file, building]) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(f + suffix, { force: true });
  process.env.DATABASE_PATH = file;
  const { openDatabase, migrateDatabase } = await import("../db/client");
  const { seedDemo } = await import("../db/seed/demo");

  const database = openDatabase(building);
  migrateDatabase(database);
  await seedDemo(database);
  const sqlite = database.$client;
  // A throwaway benchmark file: speed over durability while loading, and a cache that holds the
  // indexes being filled (random-order inserts into a B-tree that does not fit in cache crawl).
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -2000000");
  // Every insert here fires triggers inside a long transaction, so SQLite keeps a statement journal
  // for each (to undo just that statement if it failed), and spills it to a temporary file: more
  // than a million writes to disk at 50k. Held in memory they cost no system calls (a third faster).
  sqlite.pragma("temp_store = MEMORY");
  await seedLarge(database, largeScales[scale as keyof typeof largeScales], (line) => console.log(`${line} (${((Date.now() - started) / 1000).toFixed(0)} s)`));
  sqlite.pragma("synchronous = FULL");
  sqlite.exec("ANALYZE");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");

  const count = (table: string) => (sqlite.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
  const biggest = sqlite.prepare("select role_id, count(*) n from applications group by role_id order by n desc limit 1").get() as {
    role_id: number;
    n: number;
  };
  console.log(`Built ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  const tables = ["organizations", "users", "roles", "candidates", "applications", "stage_events", "notes", "interviews", "interviewers", "scorecards"];
  for (const t of [...tables, "trials", "trial_check_ins"]) console.log(`  ${t.padEnd(15)} ${count(t).toLocaleString("en")}`);
  console.log(`  largest role: #${biggest.role_id} with ${biggest.n} applications`);
  console.log(`  file size: ${(fs.statSync(building).size / 1e6).toFixed(0)} MB`);
  sqlite.close();
  fs.renameSync(building, file);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
