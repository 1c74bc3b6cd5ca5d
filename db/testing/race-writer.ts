// One writer process of db/transactions.test.ts: opens the database through openDatabase (the
// app's path) and runs N read-then-write transactions on the same counter row, the shape of every
// command here (load a record, check it, write). Prints one JSON line: what it committed, what failed.
// Usage: node --import tsx db/testing/race-writer.ts <db file> <transactions> [deferred]
import { sql } from "drizzle-orm";
import { openDatabase } from "../client";

const [file, count, mode] = process.argv.slice(2);
const database = openDatabase(file);
// "deferred" exists only to show by hand what the test guards against (SQLITE_BUSY at the first write).
const config = mode === "deferred" ? { behavior: "deferred" as const } : undefined;
const spin = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

let committed = 0;
const errors: string[] = [];
for (let i = 0; i < Number(count); i++) {
  try {
    database.transaction((tx) => {
      const { n } = tx.get<{ n: number }>(sql`select n from race_counter where id = 1`);
      // Hold the read a moment, as a command validating its input would, so the two processes overlap.
      spin(0.05);
      tx.run(sql`update race_counter set n = ${n + 1} where id = 1`);
      tx.run(sql`insert into race_log (pid, seq, seen) values (${process.pid}, ${i}, ${n})`);
    }, config);
    committed++;
  } catch (error) {
    const { code, cause } = error as { code?: string; cause?: { code?: string } };
    errors.push(String(cause?.code ?? code ?? error));
  }
}
database.$client.close();
console.log(JSON.stringify({ pid: process.pid, committed, errors: errors.length, codes: [...new Set(errors)] }));
