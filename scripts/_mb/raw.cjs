const Database = require("better-sqlite3");
const s = new Database(process.argv[2], { readonly: true });
const q = 'select "reached_rank", count(*) from "applications" where ("applications"."created_at" >= ? and "applications"."created_at" < ?) group by "applications"."reached_rank"';
for (const [a, b] of [[1787616000000, 1795392000000], [1787616000000n, 1795392000000n]]) {
  let t = performance.now(); s.prepare(q).all(a, b); console.log(performance.now() - t, "ms");
  t = performance.now(); s.prepare(q).all(a, b); console.log(performance.now() - t, "ms");
}
console.log(s.prepare("select sqlite_version() v").get(), s.pragma("cache_size"), s.pragma("temp_store"));
{ const c = process.cpuUsage(); const t = performance.now(); for (let i=0;i<5;i++) s.prepare(q).all(1787616000000, 1795392000000); console.log("5 runs wall", performance.now()-t, "cpu", process.cpuUsage(c)); }
