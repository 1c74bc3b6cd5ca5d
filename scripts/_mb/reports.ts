import { reports, reportSlugs } from "@/lib/reports";
import { resolveReportFilters } from "@/lib/reports/filters";
const viewer = { id: 1, kind: "admin" as const, organizationId: 1 };
const variants: Record<string, Record<string, string>> = {
  all: {},
  client: { client: process.env.CLIENT ?? "2" },
  type: { type: "senior" },
  recruiter: { recruiter: process.env.RECRUITER ?? "2" },
  year: { from: "2025-11-23" },
};
for (const slug of reportSlugs) {
  for (const [name, params] of Object.entries(variants)) {
    const f = resolveReportFilters(params, "2026-11-22");
    const r = reports[slug];
    const times: number[] = [];
    let out: unknown;
    for (let i = 0; i < 5; i++) {
      const t = process.cpuUsage();
      out = r.tables(r.load(viewer, f) as never);
      const u = process.cpuUsage(t); times.push((u.user + u.system) / 1000);
    }
    times.sort((a, b) => a - b);
    console.error(slug.padEnd(14), name.padEnd(10), times[2].toFixed(1).padStart(8), "ms cpu", JSON.stringify(out).slice(0, 160));
  }
}
