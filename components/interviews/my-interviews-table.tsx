import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import { interviewKindLabels } from "@/lib/evaluation/labels";
import type { MyInterview } from "@/lib/interviews/mine";
import { formatSlot } from "@/lib/interviews/time";

type Props = { label: string; rows: MyInterview[]; zone: string; empty: string; linkLabel: string };

/** One of the /interviews lists: each interview with its candidate, role, client, kind and time in the viewer's zone. */
export function MyInterviewsTable({ label, rows, zone, empty, linkLabel }: Props) {
  return (
    <Table label={label}>
      <THead>
        <TH>Candidate</TH>
        <TH>Role</TH>
        <TH>Interview</TH>
        <TH>When</TH>
        <TH>
          <span className="sr-only">Open</span>
        </TH>
      </THead>
      <TBody>
        {rows.length === 0 ? <EmptyRow colSpan={5}>{empty}</EmptyRow> : null}
        {rows.map((r) => (
          <tr key={r.id}>
            <TD>
              <Link href={`/applications/${r.applicationId}`} prefetch={false} className="font-medium text-accent-text hover:underline">
                {r.candidateName}
              </Link>
            </TD>
            <TD>
              {r.roleTitle}
              <span className="block text-xs text-muted">{r.clientName}</span>
            </TD>
            <TD>
              {interviewKindLabels[r.kind]}
              {r.overdue ? (
                <Badge tone="red" className="ml-2">
                  Overdue
                </Badge>
              ) : null}
            </TD>
            <TD className="whitespace-nowrap">{formatSlot(r.startsAt, r.durationMinutes, zone)}</TD>
            <TD>
              <Link
                href={`/interviews/${r.id}`}
                prefetch={false}
                aria-label={`${linkLabel}: ${interviewKindLabels[r.kind]} with ${r.candidateName}`}
                className="font-medium whitespace-nowrap text-accent-text hover:underline"
              >
                {linkLabel}
              </Link>
            </TD>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
