"use client";

// A client component on purpose (as the roles table): the page sends the rows as data and the
// table renders them once. One markup for every width: a table on wide screens; on phones each
// row stacks into a card, every cell kept (those the header names only on wide screens say what
// they are), so cells and headers stay in step for screen readers. Rendering the rows twice (a
// table and a list) cost a third of the page.
import Link from "next/link";
import { EmptyRow, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import type { TrialListRow } from "@/lib/trials/present";
import { FlagBadges, SentimentBadge, TrialStatusBadge } from "./trial-badges";

type Props = { rows: TrialListRow[]; showClient: boolean; empty: string };

/** On phones a cell sits inline in its row's card, without the table's padding. */
const cell = "max-md:border-0 max-md:p-0";

export function TrialsTable({ rows, showClient, empty }: Props) {
  return (
    <Table label="Trials" className="max-md:block">
      <THead className="max-md:sr-only">
        <TH>Candidate</TH>
        <TH>Day</TH>
        <TH>Days left</TH>
        <TH>Goals met</TH>
        <TH>Latest check-in</TH>
        <TH>Flags</TH>
        {showClient ? <TH>Owner</TH> : null}
      </THead>
      <TBody className="max-md:block">
        {rows.length === 0 ? (
          <EmptyRow colSpan={showClient ? 7 : 6} className="max-md:block max-md:[&>td]:block">
            {empty}
          </EmptyRow>
        ) : null}
        {rows.map((r) => (
          <tr key={r.id} className="max-md:flex max-md:flex-wrap max-md:items-center max-md:gap-x-2 max-md:gap-y-1 max-md:px-4 max-md:py-3">
            <TD className={`min-w-52 ${cell} max-md:basis-full`}>
              <Link href={`/trials/${r.id}`} prefetch={false} className="font-medium text-accent-text hover:underline">
                {r.candidate}
              </Link>
              <span className="block text-xs text-muted">{showClient ? `${r.role} · ${r.client}` : r.role}</span>
            </TD>
            <TD className={`whitespace-nowrap ${cell} max-md:flex max-md:items-center max-md:gap-2`}>
              <span className="md:block">{r.day}</span>
              {r.status === "decision_due" || r.status === "decided" ? null : <TrialStatusBadge status={r.status} />}
            </TD>
            <TD className={`whitespace-nowrap tabular-nums ${cell} max-md:text-muted`}>
              <span className="md:hidden">Days left: </span>
              {r.daysLeft}
            </TD>
            <TD className={`whitespace-nowrap tabular-nums ${cell} max-md:text-muted`}>
              {r.goals}
              <span className="md:hidden"> goals met</span>
            </TD>
            <TD className={`whitespace-nowrap ${cell}`}>
              <SentimentBadge sentiment={r.sentiment} />
            </TD>
            <TD className={`${cell} max-md:basis-full max-md:empty:hidden`}>
              <FlagBadges flags={r.flags} />
            </TD>
            {showClient ? (
              <TD className={`whitespace-nowrap ${cell} max-md:text-muted`}>
                <span className="md:hidden">Owner: </span>
                {r.owner}
              </TD>
            ) : null}
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
