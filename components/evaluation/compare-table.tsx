import Link from "next/link";
import { StageBadge } from "@/components/ui/status-badges";
import { EmptyRow, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import { scoreAs, type CompareColumn, type CompareView } from "@/lib/evaluation/compare-sort";
import type { CompareRow } from "@/lib/evaluation/compare";
import { formatMean, formatRecommendations, formatReferenceOutcomes } from "@/lib/evaluation/format";
import { attributeLabels, attributes } from "@/lib/evaluation/labels";

type Props = { rows: CompareRow[]; view: CompareView; base: string };

const firstDir: Partial<Record<CompareColumn, "asc" | "desc">> = { candidate: "asc", stage: "asc" };

type SortableProps = { view: CompareView; href: (c: CompareColumn) => string; column: CompareColumn; label: string; right?: boolean };

/** A header that sorts by its column (or flips the direction when it already does). */
function Sortable({ view, href, column, label, right }: SortableProps) {
  const current = view.sort === column;
  return (
    <TH aria-sort={current ? (view.dir === "asc" ? "ascending" : "descending") : "none"} className={right ? "text-right" : undefined}>
      <Link href={href(column)} scroll={false} className="inline-flex items-center gap-1 hover:text-fg">
        {label}
        <span aria-hidden="true">{current ? (view.dir === "asc" ? "▲" : "▼") : ""}</span>
      </Link>
    </TH>
  );
}

/** A role's applications side by side; every header sorts (server-side, through the URL). */
export function CompareTable({ rows, view, base }: Props) {
  const href = (sort: CompareColumn) => {
    const dir = view.sort === sort ? (view.dir === "asc" ? "desc" : "asc") : (firstDir[sort] ?? "desc");
    const q = new URLSearchParams({ sort, dir, ...(view.as === "role" ? {} : { as: view.as }) });
    return `${base}?${q}`;
  };
  const columns = 10 + attributes.length;
  return (
    <Table label="Candidates compared">
      <THead>
        <Sortable view={view} href={href} column="candidate" label="Candidate" />
        <Sortable view={view} href={href} column="stage" label="Stage" />
        <Sortable view={view} href={href} column="score" label="Score" right />
        <Sortable view={view} href={href} column="coverage" label="Coverage" right />
        {attributes.map((a) => (
          <Sortable key={a} view={view} href={href} column={a} label={attributeLabels[a]} right />
        ))}
        <Sortable view={view} href={href} column="recommendations" label="Recommendations" />
        <Sortable view={view} href={href} column="flags" label="Red flags" right />
        <Sortable view={view} href={href} column="checklist" label="Checklist" right />
        <Sortable view={view} href={href} column="references" label="References" />
      </THead>
      <TBody>
        {rows.length === 0 ? <EmptyRow colSpan={columns}>No candidate has reached Interviewing on this role yet.</EmptyRow> : null}
        {rows.map((row) => {
          const score = scoreAs(row, view.as);
          return (
            <tr key={row.applicationId}>
              <TD className="font-medium whitespace-nowrap">
                <Link href={`/applications/${row.applicationId}`} className="text-accent-text underline-offset-2 hover:underline">
                  {row.candidateName}
                </Link>
              </TD>
              <TD>
                <StageBadge stage={row.stage} />
              </TD>
              {row.visible ? (
                <>
                  <TD className="text-right font-semibold tabular-nums">{formatMean(score.score)}</TD>
                  <TD className="text-right tabular-nums">{score.score === null ? "—" : `${Math.round(score.coverage * 100)}%`}</TD>
                  {attributes.map((a) => (
                    <TD key={a} className="text-right tabular-nums">
                      {formatMean(row.means[a])}
                    </TD>
                  ))}
                  <TD className="whitespace-nowrap">{formatRecommendations(row.recommendations) || "—"}</TD>
                  <TD className="text-right tabular-nums">{row.redFlags}</TD>
                </>
              ) : (
                <TD colSpan={4 + attributes.length} className="text-muted">
                  Hidden until you submit your scorecard
                </TD>
              )}
              <TD className="text-right whitespace-nowrap tabular-nums">
                {row.checklist.ticked} / {row.checklist.total}
              </TD>
              <TD className="whitespace-nowrap">{formatReferenceOutcomes(row.references) || "—"}</TD>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
