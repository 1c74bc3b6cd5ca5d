import { openDatabase, migrateDatabase } from "@/db/client";
const t = Date.now();
const d = openDatabase(process.argv[2]);
migrateDatabase(d);
d.$client.exec("analyze");
console.log("migrated in", Date.now() - t, "ms");
