import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CompareTable, type CompareHeader, type CompareTableRow } from "@/components/evaluation/compare-table";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { compareApplications } from "@/lib/evaluation/compare";
import { roleLoop, typeWeights } from "@/lib/evaluation/loops";
import type { CompareRow } from "@/lib/evaluation/compare";
import { compareViewSchema, scoreAsOptions, type CompareColumn, type CompareView, type ScoreAs } from "@/lib/evaluation/compare-sort";
import { formatMean, formatRecommendations, formatReferenceOutcomes, roleTypeShortLabels } from "@/lib/evaluation/format";
import { attributeLabels, attributes } from "@/lib/evaluation/labels";
import { describeRaised, raisedFlags, type RaisedFlag } from "@/lib/evaluation/raised-flags";
import { percent, roleTypeLabels } from "@/lib/labels";
import { getRole } from "@/lib/roles/queries";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadRole = cache(async (id: string) => {
  const viewer = await requirePermission("evaluation:view-details", "/roles/[id]/compare");
  const role = /^\d+$/.test(id) ? getRole(viewer, Number(id)) : undefined;
  if (!role) notFound();
  return { viewer, role };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { role } = await loadRole((await params).id);
  return { title: `Compare — ${role.title}` };
}

/** Every application of the role from Interviewing on, side by side, re-scorable under another role type's weights. */
export default async function ComparePage({ params, searchParams }: Params) {
  const { viewer, role } = await loadRole((await params).id);
  const raw = await searchParams;
  const asked = compareViewSchema.parse({ sort: first(raw.sort), dir: first(raw.dir), as: first(raw.as), page: first(raw.page) });
  const loop = roleLoop(role);
  const weights = typeWeights();
  const options = scoreAsOptions(role.type, loop.weights, weights[role.type]);
  // "As <its own type>" while the role's weights are that template's is the role's own score: read
  // as that choice, so the sort and page links carry no choice the page does not offer.
  const view = { ...asked, as: options.includes(asked.as) ? asked.as : "role" };
  const { rows, total, page, pages } = compareApplications(viewer, role, view, loop, weights);
  // Who raised the red flags, for the page's rows only (the count sorts; the names say whose concern it is).
  const raised = raisedFlags(
    viewer,
    rows.filter((r) => r.visible && r.redFlags > 0).map((r) => r.applicationId),
  );
  const base = `/roles/${role.id}/compare`;
  const customised = options.includes(role.type);
  const label = (as: ScoreAs) =>
    as === "role"
      ? `This role's weights (${roleTypeShortLabels[role.type]}${customised ? ", customised" : ""})`
      : `As ${roleTypeShortLabels[as]}${as === role.type ? " template" : ""}`;
  const choice = (as: ScoreAs) => {
    const q = new URLSearchParams({ sort: view.sort, dir: view.dir, ...(as === "role" ? {} : { as }) });
    return `${base}?${q}`;
  };
  return (
    <>
      <PageHeader
        title={`Compare candidates · ${role.title}`}
        breadcrumbs={[
          { href: "/roles", label: "Roles" },
          { href: `/roles/${role.id}`, label: `${role.title} · ${role.clientName}` },
        ]}
        subtitle={`${roleTypeLabels[role.type]} · ${total} ${total === 1 ? "candidate" : "candidates"} from Interviewing on. Scores are the weighted mean of current submitted scorecards (1–4).`}
      />
      <nav aria-label="Score as" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-muted">Score as:</span>
        <span className="inline-flex flex-wrap rounded-md border border-line-strong bg-surface p-0.5">
          {options.map((as) => (
            <Link
              key={as}
              href={choice(as)}
              scroll={false}
              aria-current={view.as === as ? "page" : undefined}
              className={cn(
                "rounded px-3 py-1 font-medium",
                view.as === as ? "bg-accent-soft text-accent-text" : "text-muted hover:bg-surface-2 hover:text-fg",
              )}
            >
              {label(as)}
            </Link>
          ))}
        </span>
      </nav>
      <Card flush>
        <CompareTable headers={compareHeaders(view, base)} rows={rows.map((row) => compareTableRow(row, view, raised.get(row.applicationId)))} />
      </Card>
      <Pagination
        page={page}
        pages={pages}
        total={total}
        noun="candidates"
        params={{ sort: view.sort, dir: view.dir, as: view.as === "role" ? undefined : view.as }}
      />
    </>
  );
}

const firstDir: Partial<Record<CompareColumn, "asc" | "desc">> = { candidate: "asc", stage: "asc" };

/** Every column's header; each sorts by its column, or flips the direction when it already does (server-side, through the URL). */
function compareHeaders(view: CompareView, base: string): CompareHeader[] {
  const columns: { column: CompareColumn; label: string; right?: boolean }[] = [
    { column: "candidate", label: "Candidate" },
    { column: "stage", label: "Stage" },
    { column: "score", label: "Score", right: true },
    { column: "coverage", label: "Coverage", right: true },
    ...attributes.map((a) => ({ column: a, label: attributeLabels[a], right: true })),
    { column: "recommendations", label: "Recommendations" },
    { column: "flags", label: "Red flags", right: true },
    { column: "checklist", label: "Checklist", right: true },
    { column: "references", label: "References" },
  ];
  return columns.map(({ column, label, right }) => {
    const current = view.sort === column;
    const dir = current ? (view.dir === "asc" ? "desc" : "asc") : (firstDir[column] ?? "desc");
    const q = new URLSearchParams({ sort: column, dir, ...(view.as === "role" ? {} : { as: view.as }) });
    return { column, label, right: !!right, href: `${base}?${q}`, sort: current ? (view.dir === "asc" ? "ascending" : "descending") : "none" };
  });
}

function compareTableRow(row: CompareRow, view: CompareView, raised: RaisedFlag[] = []): CompareTableRow {
  const { score } = row;
  return {
    applicationId: row.applicationId,
    candidateName: row.candidateName,
    stage: row.stage,
    scores: row.visible
      ? {
          score: formatMean(score.score),
          coverage: score.score === null ? "—" : `${percent(score.coverage)}%`,
          means: attributes.map((a) => formatMean(row.means[a])),
          recommendations: formatRecommendations(row.recommendations) || "—",
          redFlags: row.redFlags,
          raised: describeRaised(raised),
        }
      : null,
    checklist: `${row.checklist.ticked} / ${row.checklist.total}`,
    references: formatReferenceOutcomes(row.references) || "—",
  };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
