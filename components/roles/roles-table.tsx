"use client";

// A client component on purpose: the page sends the rows as data, and the table is rendered from
// them once, instead of a serialized element tree per cell in every response (about half the work
// of rendering a page of rows, measured with npm run bench).
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { RoleStatusBadge } from "@/components/ui/status-badges";
import { EmptyRow, phoneCards, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import type { RoleStatus } from "@/lib/domain";
import { PipelineBar, PipelineLegend, type StageCount } from "./pipeline-bar";

export type RoleRow = {
  id: number;
  title: string;
  client: string;
  headcount: number;
  /** The role type, only when the title does not already say it. */
  type: string | null;
  status: RoleStatus;
  owner: string;
  pipeline: StageCount[];
  activity: string;
};

const cell = phoneCards.cell;

/** The roles list: a table on wide screens; on phones each role is a card (title, status and owner, then its pipeline). */
export function RolesTable({ rows, emptyPipeline }: { rows: RoleRow[]; emptyPipeline: string }) {
  return (
    <>
      {rows.length ? <PipelineLegend stages={rows[0].pipeline} /> : null}
      <Table label="Roles" className={phoneCards.table}>
        <THead className={phoneCards.head}>
          <TH>Role</TH>
          <TH>Status</TH>
          <TH>Pipeline</TH>
          <TH>Owner</TH>
          <TH>Last activity</TH>
        </THead>
        <TBody className={phoneCards.body}>
          {rows.length === 0 ? (
            <EmptyRow colSpan={5} className={phoneCards.empty}>
              No roles match these filters.
            </EmptyRow>
          ) : null}
          {rows.map((r) => (
            <tr key={r.id} className={phoneCards.row}>
              <TD className={`min-w-52 ${cell} max-md:basis-full`}>
                <Link href={`/roles/${r.id}`} prefetch={false} className="font-medium text-accent-text hover:underline">
                  {r.title}
                </Link>
                {r.type ? (
                  <Badge tone="gray" className="ml-2 align-middle">
                    {r.type}
                  </Badge>
                ) : null}
                <span className="block text-xs text-muted">{`${r.client} · ${r.headcount} ${r.headcount === 1 ? "hire" : "hires"}`}</span>
              </TD>
              <TD className={cell}>
                <RoleStatusBadge status={r.status} />
              </TD>
              <TD className={`w-[34%] ${cell} max-md:order-last max-md:w-full max-md:basis-full`}>
                <PipelineBar counts={r.pipeline} empty={emptyPipeline} />
              </TD>
              <TD className={`whitespace-nowrap ${cell} max-md:text-xs max-md:text-muted`}>
                <span className="md:hidden">Owner: </span>
                {r.owner}
              </TD>
              <TD className={`whitespace-nowrap text-muted ${cell} max-md:text-xs`}>
                <span className="md:hidden">· </span>
                {r.activity}
              </TD>
            </tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}
