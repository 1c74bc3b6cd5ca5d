"use client";

// A client component on purpose (as the roles table): the page sends the rows as data and the
// table renders them once. Wide screens get a table, phones a list of cards.
import Link from "next/link";
import { EmptyRow, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import type { TrialListRow } from "@/lib/trials/present";
import { FlagBadges, SentimentBadge, TrialStatusBadge } from "./trial-badges";

type Props = { rows: TrialListRow[]; showClient: boolean; empty: string };

export function TrialsTable({ rows, showClient, empty }: Props) {
  return (
    <>
      <div className="hidden md:block">
        <Table label="Trials">
          <THead>
            <TH>Candidate</TH>
            <TH>Day</TH>
            <TH>Days left</TH>
            <TH>Goals met</TH>
            <TH>Latest check-in</TH>
            <TH>Flags</TH>
            {showClient ? <TH>Owner</TH> : null}
          </THead>
          <TBody>
            {rows.length === 0 ? <EmptyRow colSpan={showClient ? 7 : 6}>{empty}</EmptyRow> : null}
            {rows.map((r) => (
              <tr key={r.id}>
                <TD className="min-w-52">
                  <Link href={`/trials/${r.id}`} prefetch={false} className="font-medium text-accent-text hover:underline">
                    {r.candidate}
                  </Link>
                  <span className="block text-xs text-muted">{showClient ? `${r.role} · ${r.client}` : r.role}</span>
                </TD>
                <TD className="whitespace-nowrap">
                  <span className="block">{r.day}</span>
                  {r.status === "decision_due" ? null : <TrialStatusBadge status={r.status} />}
                </TD>
                <TD className="whitespace-nowrap tabular-nums">{r.daysLeft}</TD>
                <TD className="whitespace-nowrap tabular-nums">{r.goals}</TD>
                <TD className="whitespace-nowrap">
                  <SentimentBadge sentiment={r.sentiment} />
                </TD>
                <TD>
                  <FlagBadges flags={r.flags} />
                </TD>
                {showClient ? <TD className="whitespace-nowrap">{r.owner}</TD> : null}
              </tr>
            ))}
          </TBody>
        </Table>
      </div>
      <ul aria-label="Trials" className="divide-y divide-line md:hidden">
        {rows.length === 0 ? <li className="px-4 py-10 text-center text-muted">{empty}</li> : null}
        {rows.map((r) => (
          <li key={r.id} className="space-y-1 px-4 py-3 text-sm">
            <Link href={`/trials/${r.id}`} prefetch={false} className="font-medium text-accent-text hover:underline">
              {r.candidate}
            </Link>
            <p className="text-xs text-muted">{showClient ? `${r.role} · ${r.client}` : r.role}</p>
            <p className="flex flex-wrap items-center gap-2">
              <span>{r.day}</span>
              {r.status === "decision_due" ? null : <TrialStatusBadge status={r.status} />}
              <span className="text-muted">{r.goals} goals met</span>
              <SentimentBadge sentiment={r.sentiment} />
            </p>
            <FlagBadges flags={r.flags} />
          </li>
        ))}
      </ul>
    </>
  );
}
