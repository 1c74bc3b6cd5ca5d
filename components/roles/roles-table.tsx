import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { RoleStatusBadge } from "@/components/ui/status-badges";
import { EmptyRow, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import type { RoleStatus } from "@/lib/domain";
import { PipelineBar, type StageCount } from "./pipeline-bar";

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

export function RolesTable({ rows }: { rows: RoleRow[] }) {
  return (
    <Table label="Roles">
      <THead>
        <TH>Role</TH>
        <TH>Status</TH>
        <TH>Pipeline</TH>
        <TH>Owner</TH>
        <TH>Last activity</TH>
      </THead>
      <TBody>
        {rows.length === 0 ? <EmptyRow colSpan={5}>No roles match these filters.</EmptyRow> : null}
        {rows.map((r) => (
          <tr key={r.id}>
            <TD className="min-w-52">
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
            <TD>
              <RoleStatusBadge status={r.status} />
            </TD>
            <TD className="w-[34%]">
              <PipelineBar counts={r.pipeline} />
            </TD>
            <TD className="whitespace-nowrap">{r.owner}</TD>
            <TD className="whitespace-nowrap text-muted">{r.activity}</TD>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
