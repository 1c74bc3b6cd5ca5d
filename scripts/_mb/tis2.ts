import { db } from "@/lib/db";
import { resolveReportFilters } from "@/lib/reports/filters";
import { timeInStageQueries } from "@/lib/reports/time-in-stage";
const f = resolveReportFilters(JSON.parse(process.argv[2] ?? "{}"), "2026-11-22");
const qs = timeInStageQueries({ id: 1, kind: "admin", organizationId: 1 }, f);
for (const [name, q] of Object.entries(qs)) {
  const { sql, params } = q.toSQL();
  console.error(name, sql.slice(0, 300), params);
  console.error(db().$client.prepare("explain query plan " + sql).all(...(params as any[])).map((r: any) => r.detail).join(" | "));
  const t = process.cpuUsage();
  const rows = q.all();
  const u = process.cpuUsage(t);
  console.error(name, rows.length, "rows", ((u.user + u.system) / 1000).toFixed(1), "ms cpu");
}
