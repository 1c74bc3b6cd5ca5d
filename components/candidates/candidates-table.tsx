"use client";

// A client component on purpose: the page sends the rows as data, and the table is rendered from
// them once, instead of a serialized element tree per cell in every response (about half the work
// of rendering a page of rows, measured with npm run bench).
import Link from "next/link";
import { StageBadge } from "@/components/ui/status-badges";
import { EmptyRow, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import type { Stage } from "@/lib/domain";
import { SkillChips } from "./skill-chips";

export type CandidateRow = {
  id: number;
  name: string;
  title: string | null;
  /** The most advanced application the viewer may see, and how many others there are. */
  stage: Stage | null;
  roles: number;
  skills: string[];
  /** The latest stage change or note the viewer may see, formatted in their time zone. */
  activity: string;
};

export function CandidatesTable({ rows, empty }: { rows: CandidateRow[]; empty: string }) {
  return (
    <Table label="Candidates">
      <THead>
        <TH>Candidate</TH>
        <TH>Current stage</TH>
        <TH className="text-right">Roles</TH>
        <TH>Skills</TH>
        <TH>Last activity</TH>
      </THead>
      <TBody>
        {rows.length === 0 ? <EmptyRow colSpan={5}>{empty}</EmptyRow> : null}
        {rows.map((c) => (
          <tr key={c.id}>
            {/* A long name without spaces wraps instead of pushing the other columns off the page. */}
            <TD className="min-w-48 wrap-anywhere">
              <Link href={`/candidates/${c.id}`} prefetch={false} className="font-medium text-accent-text hover:underline">
                {c.name}
              </Link>
              {c.title ? <span className="block text-xs text-muted">{c.title}</span> : null}
            </TD>
            <TD className="whitespace-nowrap">
              {c.stage ? (
                <>
                  <StageBadge stage={c.stage} />
                  {c.roles > 1 ? <span className="ml-1.5 text-xs text-muted">+{c.roles - 1} more</span> : null}
                </>
              ) : (
                <span className="text-muted">Not on a role</span>
              )}
            </TD>
            <TD className="text-right tabular-nums">{c.roles}</TD>
            <TD className="min-w-56">
              <SkillChips skills={c.skills} owner={c.name} />
            </TD>
            <TD className="whitespace-nowrap text-muted">{c.activity}</TD>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
