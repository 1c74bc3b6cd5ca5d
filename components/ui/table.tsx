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
