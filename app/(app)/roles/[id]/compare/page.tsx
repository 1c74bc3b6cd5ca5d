import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CompareTable } from "@/components/evaluation/compare-table";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { compareApplications } from "@/lib/evaluation/compare";
import { COMPARE_PAGE_SIZE, compareViewSchema, scoreAsChoices, sortCompareRows, type ScoreAs } from "@/lib/evaluation/compare-sort";
import { roleTypeShortLabels } from "@/lib/evaluation/format";
import { roleTypeLabels } from "@/lib/labels";
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
  const view = compareViewSchema.parse({ sort: first(raw.sort), dir: first(raw.dir), as: first(raw.as), page: first(raw.page) });
  const all = sortCompareRows(compareApplications(viewer, role), view);
  const pages = Math.max(1, Math.ceil(all.length / COMPARE_PAGE_SIZE));
  const page = Math.min(view.page ?? 1, pages);
  const rows = all.slice((page - 1) * COMPARE_PAGE_SIZE, page * COMPARE_PAGE_SIZE);
  const base = `/roles/${role.id}/compare`;
  const label = (as: ScoreAs) => (as === "role" ? `This role's weights (${roleTypeShortLabels[role.type]})` : `As ${roleTypeShortLabels[as]}`);
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
        subtitle={`${roleTypeLabels[role.type]} · ${all.length} ${all.length === 1 ? "candidate" : "candidates"} from Interviewing on. Scores are the weighted mean of current submitted scorecards (1–4).`}
      />
      <nav aria-label="Score as" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-muted">Score as:</span>
        <span className="inline-flex flex-wrap rounded-md border border-line-strong bg-surface p-0.5">
          {scoreAsChoices.map((as) => (
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
        <CompareTable rows={rows} view={view} base={base} />
      </Card>
      <Pagination
        page={page}
        pages={pages}
        total={all.length}
        noun="candidates"
        params={{ sort: view.sort, dir: view.dir, as: view.as === "role" ? undefined : view.as }}
      />
    </>
  );
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
