import type { Metadata } from "next";
import Link from "next/link";
import { CandidatesTable } from "@/components/candidates/candidates-table";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import type { CandidateSource, Stage } from "@/lib/domain";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/access";
import { searchCandidates } from "@/lib/candidates/queries";
import { candidateFiltersSchema } from "@/lib/candidates/schemas";
import { sourceLabels } from "@/lib/labels";
import { boardStages } from "@/lib/pipeline/queries";
import { stageLabels } from "@/lib/pipeline/stages";

export const metadata: Metadata = { title: "Candidates" };

const select = "rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm";

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("candidates:view", "/candidates");
  const filters = candidateFiltersSchema.parse(await searchParams);
  const { rows, total, atLeast, page, pages, searched, ranked } = searchCandidates(viewer, filters);
  const { active, exits } = boardStages(viewer);
  return (
    <>
      <PageHeader
        title="Candidates"
        subtitle={can(viewer, "candidates:manage") ? "Everyone the agency has sourced or been referred." : "Candidates submitted to your roles."}
        actions={
          can(viewer, "candidates:manage") ? (
            <Link href="/candidates/new" className={buttonClass()}>
              New candidate
            </Link>
          ) : null
        }
      />
      <form method="get" role="search" aria-label="Search candidates" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="min-w-64 flex-1 text-sm">
          <span className="mb-1 block font-medium text-slate-700">Search</span>
          <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="Name, email, title or skill (prefixes work: typ → TypeScript)" className={`${select} w-full`} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Skill</span>
          <input name="skill" defaultValue={filters.skill ?? ""} placeholder="e.g. Go" className={`${select} w-32`} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Source</span>
          <select name="source" defaultValue={filters.source ?? ""} className={select}>
            <option value="">Any source</option>
            {(Object.keys(sourceLabels) as CandidateSource[]).map((s) => (
              <option key={s} value={s}>
                {sourceLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Stage</span>
          <select name="stage" defaultValue={filters.stage ?? ""} className={select}>
            <option value="">Any stage</option>
            {([...active, ...exits] as Stage[]).map((s) => (
              <option key={s} value={s}>
                {stageLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
      </form>
      {searched && !ranked && can(viewer, "candidates:manage") ? (
        <p className="mb-2 text-sm text-slate-600">Many matches: showing the newest first. Type more of the word to rank by relevance.</p>
      ) : null}
      <Card className="overflow-x-auto p-0">
        <CandidatesTable
          rows={rows.map((c) => ({
            id: c.id,
            name: c.name,
            sub: [c.currentTitle, c.location].filter(Boolean).join(" · "),
            skills: c.skills || "—",
            experience: c.yearsExperience != null ? `${c.yearsExperience} yrs` : "—",
            source: sourceLabels[c.source],
            roles: c.roles,
          }))}
        />
      </Card>
      <Pagination
        page={page}
        pages={pages}
        total={total}
        atLeast={atLeast}
        noun={searched ? (total === 1 ? "match" : "matches") : total === 1 ? "candidate" : "candidates"}
        params={{ q: filters.q, skill: filters.skill, source: filters.source, stage: filters.stage }}
      />
    </>
  );
}
