import Link from "next/link";
import { CandidateSearch } from "@/components/candidates/candidate-search";
import { CandidatesTable } from "@/components/candidates/candidates-table";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission, titleFor } from "@/lib/auth/guard";
import { can } from "@/lib/access";
import { searchCandidates } from "@/lib/candidates/queries";
import { candidateFiltersSchema } from "@/lib/candidates/schemas";
import { formatDate, sourceLabels } from "@/lib/labels";
import { boardStages } from "@/lib/pipeline/queries";
import { stageLabels } from "@/lib/pipeline/stages";
import { viewerTimeZone } from "@/lib/time-zone";

export const generateMetadata = titleFor("candidates:view", "/candidates", "Candidates");

const choices = (labels: Record<string, string>, keys: string[] = Object.keys(labels)) => keys.map((value) => ({ value, label: labels[value] }));

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("candidates:view", "/candidates");
  const filters = candidateFiltersSchema.parse(await searchParams);
  const { rows, total, atLeast, page, pages, searched, ranked } = searchCandidates(viewer, filters);
  const { active, exits } = boardStages(viewer);
  const agency = can(viewer, "candidates:manage");
  // A client neither sees nor filters by where a candidate came from, nor finds one by email.
  const contact = can(viewer, "candidates:view-contact");
  const zone = await viewerTimeZone();
  const filteredBy = filters.q || filters.skill || (contact && filters.source) || filters.stage;
  return (
    <>
      <PageHeader
        title="Candidates"
        subtitle={agency ? "Everyone the agency has sourced or been referred." : "Candidates submitted to your roles."}
        actions={
          agency ? (
            <Button asChild>
              <Link href="/candidates/new">New candidate</Link>
            </Button>
          ) : null
        }
      />
      <CandidateSearch
        values={{ q: filters.q, skill: filters.skill, source: contact ? filters.source : undefined, stage: filters.stage }}
        sources={contact ? choices(sourceLabels) : null}
        stages={choices(stageLabels, [...active, ...exits])}
        placeholder={contact ? "Name, email, title or skill (prefixes work: typ → TypeScript)" : "Name, title or skill (prefixes work: typ → TypeScript)"}
      />
      {filters.stage ? (
        <p className="mb-2 text-sm text-muted">
          Each candidate with an application at {stageLabels[filters.stage]} is listed once, however many of their roles are there.
        </p>
      ) : null}
      {searched && !ranked && agency ? (
        <p className="mb-2 text-sm text-muted">Many matches: showing the newest first. Type more of the word to rank by relevance.</p>
      ) : null}
      <Card flush>
        <CandidatesTable
          empty={
            filteredBy
              ? "No candidates match. Try fewer words or another filter."
              : agency
                ? "No candidates yet."
                : "No candidates have been submitted to you yet."
          }
          rows={rows.map((c) => ({
            id: c.id,
            name: c.name,
            title: c.currentTitle,
            stage: c.stage,
            roles: c.roles,
            skills: c.skills ? c.skills.split(", ") : [],
            activity: c.lastActivity ? formatDate(c.lastActivity, zone) : "—",
          }))}
        />
      </Card>
      <Pagination
        page={page}
        pages={pages}
        total={total}
        atLeast={atLeast}
        noun={searched ? (total === 1 ? "match" : "matches") : total === 1 ? "candidate" : "candidates"}
        params={{ q: filters.q, skill: filters.skill, source: contact ? filters.source : undefined, stage: filters.stage }}
      />
    </>
  );
}
