// The write load of db/backup.test.ts: adds candidates one transaction at a time, through
// openDatabase as the app does, and prints each one's number once its commit has returned (an
// acknowledged write). Runs until killed.
// Usage: node --import tsx db/testing/ack-writer.ts <db file>
import { openDatabase } from "../client";
import { candidates } from "../schema";

const database = openDatabase(process.argv[2]);
let seq = 0;
function write() {
  for (let i = 0; i < 20; i++) {
    seq++;
    database.transaction((tx) => {
      tx.insert(candidates)
        .values({ name: `Load ${seq}`, email: `w${seq}@load.test`, emailNormalized: `w${seq}@load.test`, source: "sourced" })
        .run();
    });
    process.stdout.write(`${seq}\n`);
  }
  setImmediate(write);
}
write();
