import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ReportFilters } from "@/components/reports/report-filters";
import { ReportTabs } from "@/components/reports/report-tabs";
import { CalibrationView, FunnelView, SourcesView, TimeInStageView, TrialsView } from "@/components/reports/report-views";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { Viewer } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/guard";
import { roleTypeLabels } from "@/lib/labels";
import { isReportSlug, reports, reportSlugs, type ReportSlug } from "@/lib/reports";
import { filtersQuery, formatRange, resolveReportFilters, todayUtc, type ReportFilters as Filters } from "@/lib/reports/filters";
import { roleFilterOptions } from "@/lib/roles/queries";

type Params = { params: Promise<{ report: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  // Only for those who may open it (as titleFor): anyone else's tab says "Page not found".
  await requirePermission("reports:view", "/reports/[report]");
  const { report } = await params;
  if (!isReportSlug(report)) notFound();
  return { title: `${reports[report].title} · Reports` };
}

/** The report's figures, drawn: each report's data has its own view. */
function body(slug: ReportSlug, viewer: Viewer, filters: Filters): ReactNode {
  switch (slug) {
    case "funnel": {
      const data = reports.funnel.load(viewer, filters);
      return <FunnelView data={data} tables={reports.funnel.tables(data)} />;
    }
    case "time-in-stage": {
      const data = reports["time-in-stage"].load(viewer, filters);
      return <TimeInStageView data={data} tables={reports["time-in-stage"].tables(data)} />;
    }
    case "sources": {
      const data = reports.sources.load(viewer, filters);
      return <SourcesView data={data} tables={reports.sources.tables(data)} />;
    }
    case "trials": {
      const data = reports.trials.load(viewer, filters);
      return <TrialsView data={data} tables={reports.trials.tables(data)} />;
    }
    case "calibration": {
      const data = reports.calibration.load(viewer, filters);
      return <CalibrationView data={data} tables={reports.calibration.tables(data)} />;
    }
  }
}

/** One report: its filters (in the URL), its charts with their numbers as tables, and its CSV. */
export default async function ReportPage({ params, searchParams }: Params) {
  const viewer = await requirePermission("reports:view", "/reports/[report]");
  const { report: slug } = await params;
  if (!isReportSlug(slug)) notFound();
  const raw = await searchParams;
  const filters = resolveReportFilters(raw, todayUtc());
  const options = roleFilterOptions(viewer, filters.client);
  const query = filtersQuery(filters);
  const filtered = !!(raw.from || raw.to || filters.client || filters.type || filters.recruiter);
  return (
    <>
      <PageHeader
        title={reports[slug].title}
        breadcrumbs={[{ href: "/reports", label: "Reports" }]}
        subtitle={`${reports[slug].summary} ${formatRange(filters)}, days in UTC.`}
        actions={
          <a href={`/reports/${slug}/csv?${query}`} download className={buttonClass("secondary", "md")}>
            Download CSV
          </a>
        }
      />
      <ReportTabs current={slug} query={query} tabs={reportSlugs.map((s) => ({ slug: s, title: reports[s].title }))} />
      <ReportFilters
        values={{ from: filters.from, to: filters.to, client: filters.client, type: filters.type, recruiter: filters.recruiter }}
        client={options.client}
        types={Object.entries(roleTypeLabels).map(([value, label]) => ({ value, label }))}
        recruiters={options.recruiters.map((r) => ({ value: String(r.id), label: r.name }))}
        filtered={filtered}
      />
      <div className="space-y-6">{body(slug, viewer, filters)}</div>
    </>
  );
}
