"use client";

// A client component on purpose, like the roles table: the page sends each interview as a few
// display-ready strings (kind and time formatted on the server, in the viewer's zone), and the
// table is rendered from them once instead of a serialized element tree per cell.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, phoneCards, Table, TBody, TD, TH, THead } from "@/components/ui/table";

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
  /** "Candidate withdrew" or "Candidate rejected" since it was scheduled; null while they are in the pipeline. */
  left: string | null;
};

type Props = { label: string; rows: MyInterviewRow[]; empty: string; linkLabel: string };

const cell = phoneCards.cell;

/**
 * One of the /interviews lists: each interview with its candidate, role, client, kind and time in
 * the viewer's zone. On phones each row stacks into a card, so the time is not scrolled out of
 * sight behind the role.
 */
export function MyInterviewsTable({ label, rows, empty, linkLabel }: Props) {
  return (
    <Table label={label} className={phoneCards.table}>
      <THead className={phoneCards.head}>
        <TH>Candidate</TH>
        <TH>Role</TH>
        <TH>Interview</TH>
        <TH>When</TH>
        <TH>
          <span className="sr-only">Open</span>
        </TH>
      </THead>
      <TBody className={phoneCards.body}>
        {rows.length === 0 ? (
          <EmptyRow colSpan={5} className={phoneCards.empty}>
            {empty}
          </EmptyRow>
        ) : null}
        {rows.map((r) => (
          <tr key={r.id} className={phoneCards.row}>
            <TD className={`${cell} max-md:basis-full`}>
              <Link href={`/applications/${r.applicationId}`} prefetch={false} className="font-medium text-accent-text hover:underline">
                {r.candidateName}
              </Link>
              {r.left ? (
                <Badge tone="amber" className="ml-2">
                  {r.left}
                </Badge>
              ) : null}
            </TD>
            <TD className={`${cell} max-md:basis-full max-md:text-xs max-md:text-muted`}>
              {r.roleTitle}
              <span className="md:hidden"> · </span>
              <span className="text-xs text-muted md:block">{r.clientName}</span>
            </TD>
            <TD className={`${cell} max-md:basis-full`}>
              {r.kind}
              {r.overdue ? (
                <Badge tone="red" className="ml-2">
                  Overdue
                </Badge>
              ) : null}
            </TD>
            <TD className={`whitespace-nowrap ${cell}`}>{r.when}</TD>
            <TD className={`${cell} max-md:ml-auto`}>
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
