"use client";

// A client component on purpose, like the roles table: the page sends each row as display-ready
// data (formatted on the server), and the table is rendered from it once, instead of a serialized
// element tree per cell in every response. A page of a role's comparison is 25 rows × 20 columns.
import Link from "next/link";
import { StageBadge } from "@/components/ui/status-badges";
import { cn } from "@/components/ui/cn";
import { EmptyRow, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import type { Stage } from "@/lib/domain";

/** One sortable header: its link sorts by the column, or flips the direction when it already does. */
export type CompareHeader = { column: string; label: string; href: string; sort: "ascending" | "descending" | "none"; right: boolean };

/** One application, every value already formatted ("3.4", "75%", "2 strong yes · 1 yes", raised: "Blames others (Riley Chen)"). */
export type CompareTableRow = {
  applicationId: number;
  candidateName: string;
  stage: Stage;
  /** Null while the viewer owes a scorecard on it: its scores stay hidden. */
  scores: { score: string; coverage: string; means: string[]; recommendations: string; redFlags: number; raised: string } | null;
  checklist: string;
  references: string;
};

// The candidate's name stays in view while the wide table scrolls sideways to the later columns.
const sticky = "sticky left-0 z-10 shadow-[inset_-1px_0_0_var(--color-line)]";
// Opaque (the cells scroll under it), so it takes the row's hover shade itself: the table's
// translucent surface-2 laid over the surface.
const stickyRowCell = "bg-surface [tr:hover>&]:bg-[color-mix(in_oklab,var(--color-surface-2)_60%,var(--color-surface))]";

export function CompareTable({ headers, rows }: { headers: CompareHeader[]; rows: CompareTableRow[] }) {
  return (
    <Table label="Candidates compared">
      <THead>
        {headers.map((h, i) => (
          <TH key={h.column} aria-sort={h.sort} className={cn(h.right && "text-right", i === 0 && sticky, i === 0 && "bg-surface-2")}>
            <Link href={h.href} scroll={false} prefetch={false} className="inline-flex items-center gap-1 hover:text-fg">
              {h.label}
              <span aria-hidden="true">{h.sort === "ascending" ? "▲" : h.sort === "descending" ? "▼" : ""}</span>
            </Link>
          </TH>
        ))}
      </THead>
      <TBody>
        {rows.length === 0 ? <EmptyRow colSpan={headers.length}>No candidate has reached Interviewing on this role yet.</EmptyRow> : null}
        {rows.map((row) => (
          <tr key={row.applicationId}>
            <TD className={cn("font-medium whitespace-nowrap", stickyRowCell, sticky)}>
              <Link href={`/applications/${row.applicationId}`} prefetch={false} className="text-accent-text underline-offset-2 hover:underline">
                {row.candidateName}
              </Link>
            </TD>
            <TD>
              <StageBadge stage={row.stage} />
            </TD>
            {row.scores ? (
              <>
                <TD className="text-right font-semibold tabular-nums">{row.scores.score}</TD>
                <TD className="text-right tabular-nums">{row.scores.coverage}</TD>
                {row.scores.means.map((mean, i) => (
                  <TD key={i} className="text-right tabular-nums">
                    {mean}
                  </TD>
                ))}
                <TD className="whitespace-nowrap">{row.scores.recommendations}</TD>
                <TD className="text-right tabular-nums">
                  {/* The count, opening to which flags and who raised them (kept closed: a row stays one line). */}
                  {row.scores.raised ? (
                    <details>
                      <summary className="cursor-pointer text-accent-text">
                        {row.scores.redFlags}
                        <span className="sr-only"> red flags: who raised them</span>
                      </summary>
                      <p className="mt-1 w-64 text-left text-xs text-muted">{row.scores.raised}</p>
                    </details>
                  ) : (
                    row.scores.redFlags
                  )}
                </TD>
              </>
            ) : (
              <TD colSpan={headers.length - 4} className="text-muted">
                Hidden until you submit your scorecard
              </TD>
            )}
            <TD className="text-right whitespace-nowrap tabular-nums">{row.checklist}</TD>
            <TD className="whitespace-nowrap">{row.references}</TD>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
