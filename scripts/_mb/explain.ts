import { db } from "@/lib/db";
const s = db().$client;
const q = process.argv[2];
const params = JSON.parse(process.argv[3] ?? "[]");
console.log(s.prepare("explain query plan " + q).all(...params));
let t = performance.now(); const r = s.prepare(q).all(...params); console.log(performance.now() - t, "ms", r.length);
t = performance.now(); s.prepare(q).all(...params); console.log(performance.now() - t, "ms");
