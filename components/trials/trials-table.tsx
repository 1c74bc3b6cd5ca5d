"use client";

// A client component on purpose (as the roles table): the page sends the rows as data and the
// table renders them once. One markup for every width: a table on wide screens; on phones each
// row stacks into a card, every cell kept (those the header names only on wide screens say what
// they are), so cells and headers stay in step for screen readers. Rendering the rows twice (a
// table and a list) cost a third of the page.
import Link from "next/link";
import { EmptyRow, phoneCards, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import type { TrialListRow } from "@/lib/trials/present";
import { FlagBadges, SentimentBadge, TrialStatusBadge } from "./trial-badges";

type Props = { rows: TrialListRow[]; showClient: boolean; empty: string };

const cell = phoneCards.cell;

export function TrialsTable({ rows, showClient, empty }: Props) {
  return (
    <Table label="Trials" className={phoneCards.table}>
      <THead className={phoneCards.head}>
        <TH>Candidate</TH>
        <TH>Day</TH>
        <TH>Days left</TH>
        <TH>Goals met</TH>
        <TH>Latest check-in</TH>
        <TH>Flags</TH>
        {showClient ? <TH>Owner</TH> : null}
      </THead>
      <TBody className={phoneCards.body}>
        {rows.length === 0 ? (
          <EmptyRow colSpan={showClient ? 7 : 6} className={phoneCards.empty}>
            {empty}
          </EmptyRow>
        ) : null}
        {rows.map((r) => (
          <tr key={r.id} className={phoneCards.row}>
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
            {/* A decided trial has no days left (its Day cell says how and when it was decided): on a phone's card, no line for it. */}
            <TD className={`whitespace-nowrap tabular-nums ${cell} max-md:text-muted ${r.status === "decided" ? "max-md:hidden" : ""}`}>
              {r.status === "decided" ? (
                r.daysLeft
              ) : (
                <>
                  <span className="md:hidden">Days left: </span>
                  {r.daysLeft}
                </>
              )}
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
