import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { ReportTable } from "@/lib/reports/table";
import { ReportTableView } from "./report-table";

/** One chart of a report with its numbers one click away (a native disclosure: keyboard and screen readers need nothing more). */
export function ChartPanel({ title, note, chart, table }: { title: string; note?: string; chart: ReactNode; table: ReportTable }) {
  return (
    <Card title={title}>
      {note ? <p className="-mt-2 mb-3 text-sm text-muted">{note}</p> : null}
      {chart}
      <details className="group mt-3 rounded-lg border border-line">
        <summary className="cursor-pointer rounded-lg px-3 py-2 text-sm font-medium text-accent-text select-none hover:bg-surface-2">
          <span className="group-open:hidden">Show the numbers as a table</span>
          <span className="hidden group-open:inline">Hide the table</span>
        </summary>
        <div className="border-t border-line p-2">
          <ReportTableView table={table} />
        </div>
      </details>
    </Card>
  );
}

/** A table that is the figure itself (no chart), in a card. */
export function TablePanel({ title, note, table, footer }: { title: string; note?: string; table: ReportTable; footer?: ReactNode }) {
  return (
    <Card title={title}>
      {note ? <p className="-mt-2 mb-3 text-sm text-muted">{note}</p> : null}
      <ReportTableView table={table} />
      {footer}
    </Card>
  );
}
