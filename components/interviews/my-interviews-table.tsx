"use client";

// A client component on purpose, like the roles table: the page sends each interview as a few
// display-ready strings (kind and time formatted on the server, in the viewer's zone), and the
// table is rendered from them once instead of a serialized element tree per cell.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, TBody, TD, TH, THead } from "@/components/ui/table";

export type MyInterviewRow = {
  id: number;
  applicationId: number;
  candidateName: string;
  roleTitle: string;
  clientName: string;
  /** "Systems design" */
  kind: string;
  /** "Tue 24 Nov, 14:00–15:00 CET" */
  when: string;
  overdue: boolean;
};

type Props = { label: string; rows: MyInterviewRow[]; empty: string; linkLabel: string };

/** One of the /interviews lists: each interview with its candidate, role, client, kind and time in the viewer's zone. */
export function MyInterviewsTable({ label, rows, empty, linkLabel }: Props) {
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
              {r.kind}
              {r.overdue ? (
                <Badge tone="red" className="ml-2">
                  Overdue
                </Badge>
              ) : null}
            </TD>
            <TD className="whitespace-nowrap">{r.when}</TD>
            <TD>
              <Link
                href={`/interviews/${r.id}`}
                prefetch={false}
                aria-label={`${linkLabel}: ${r.kind} with ${r.candidateName}`}
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
