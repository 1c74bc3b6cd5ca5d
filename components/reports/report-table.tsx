import type { ReportTable } from "@/lib/reports/table";
import { cn } from "@/components/ui/cn";

/** A report's figures as a table (the same rows as its CSV); rows drawn from too few cases greyed, and said so. */
export function ReportTableView({ table }: { table: ReportTable }) {
  return (
    // Focusable so that, on a phone, keyboard users can scroll a wide table sideways too.
    <div tabIndex={0} className="overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-accent">
      <table className="w-full text-sm">
        <caption className="px-1 pb-2 text-left text-sm font-medium text-fg">{table.caption}</caption>
        <thead>
          <tr className="border-b border-line text-left text-xs tracking-wide text-muted uppercase">
            {table.columns.map((c, i) => (
              <th key={c || i} scope="col" className={cn("px-3 py-2 font-medium", i > 0 && "text-right")}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length ? (
            table.rows.map((row, r) => (
              <tr key={r} className={cn("border-b border-line last:border-0", table.small?.[r] && "text-muted")}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="px-3 py-2 text-left font-normal">
                      {cell}
                      {table.small?.[r] ? <span className="ml-1 text-xs">{" (fewer than 5)"}</span> : null}
                    </th>
                  ) : (
                    <td key={i} className="px-3 py-2 text-right tabular-nums">
                      {typeof cell === "number" ? cell.toLocaleString("en") : cell}
                    </td>
                  ),
                )}
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={table.columns.length} className="px-3 py-4 text-muted">
                Nothing in this range.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
