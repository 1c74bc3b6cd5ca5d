import { permittedViewer } from "@/lib/auth/guard";
import { isReportSlug, reports } from "@/lib/reports";
import { resolveReportFilters, todayUtc } from "@/lib/reports/filters";
import { toCsv } from "@/lib/reports/table";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

/** GET: a report's tables as CSV, with the page's filters; 404 for anyone who may not see reports, or an unknown report. */
export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  const viewer = await permittedViewer("reports:view", "/reports/[report]/csv");
  const { report: slug } = await params;
  if (!viewer || !isReportSlug(slug)) return notFound();
  const filters = resolveReportFilters(Object.fromEntries(new URL(request.url).searchParams), todayUtc());
  const report = reports[slug];
  const csv = toCsv(report.tables(report.load(viewer, filters) as never));
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="trialboard-${slug}-${filters.from}-to-${filters.to}.csv"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
