import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

/** A data table that scrolls sideways inside its card on narrow screens instead of breaking the page. */
export function Table({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    // Relative, so a visually hidden header label (absolutely positioned) scrolls with the table
    // instead of widening the page on a phone.
    <div className="relative overflow-x-auto">
      <table aria-label={label} className={cn("w-full text-left text-sm", className)}>
        {children}
      </table>
    </div>
  );
}

export function THead({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <thead className={cn("border-b border-line bg-surface-2 text-xs tracking-wide text-muted uppercase", className)}>
      <tr>{children}</tr>
    </thead>
  );
}

export function TH({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={cn("px-4 py-2.5 font-medium whitespace-nowrap", className)} {...props} />;
}

export function TBody({ children, className }: { children: ReactNode; className?: string }) {
  return <tbody className={cn("[&>tr]:border-t [&>tr]:border-line [&>tr:first-child]:border-t-0 [&>tr:hover]:bg-surface-2/60", className)}>{children}</tbody>;
}

export function TD({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-4 py-2.5 align-top text-fg", className)} {...props} />;
}

/**
 * Classes that turn a table's rows into cards on phones (below `md`): one markup for every width,
 * so cells and headers stay in step for screen readers (the header row is only visually hidden).
 * Give them to the Table, THead, TBody and EmptyRow, to each row and to each cell; a cell the
 * header names only on wide screens says what it is in a `md:hidden` prefix.
 */
export const phoneCards = {
  table: "max-md:block",
  head: "max-md:sr-only",
  body: "max-md:block",
  empty: "max-md:block max-md:[&>td]:block",
  row: "max-md:flex max-md:flex-wrap max-md:items-center max-md:gap-x-2 max-md:gap-y-1 max-md:px-4 max-md:py-3",
  /** A cell sits inline in its row's card, without the table's padding. */
  cell: "max-md:border-0 max-md:p-0",
} as const;

/** The one row of an empty table, saying so in a friendly line. */
export function EmptyRow({ colSpan, children, className }: { colSpan: number; children: ReactNode; className?: string }) {
  return (
    <tr className={className}>
      <td colSpan={colSpan} className="px-4 py-10 text-center text-muted">
        {children}
      </td>
    </tr>
  );
}
