import Link from "next/link";
import type { ReactNode } from "react";

// What every home section has around its rows (home-rows.tsx): an empty line, a way on to the
// full list, a count beside the title.

/** A section with nothing in it says so, kindly. */
export function EmptyLine({ children }: { children: ReactNode }) {
  return <p className="px-5 py-4 text-sm text-muted">{children}</p>;
}

/** The way on to the full list when a section shows only its first rows. */
export function MoreLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="border-t border-line px-5 py-2.5 text-sm">
      <Link href={href} className="font-medium text-accent-text hover:underline">
        {children}
      </Link>
    </p>
  );
}

/** A small count beside a section's title. */
export function CountPill({ children, label }: { children: ReactNode; label: string }) {
  return (
    <span aria-label={label} className="rounded-full bg-surface-2 px-2 py-0.5 text-xs font-medium text-muted tabular-nums ring-1 ring-line ring-inset">
      {children}
    </span>
  );
}
