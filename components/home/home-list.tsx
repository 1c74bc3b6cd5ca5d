import Link from "next/link";
import type { ReactNode } from "react";

// The rows every home section is made of: what it is about (a link to where it is acted on) and
// its context on the left, the one fact that makes it urgent on the right. A list, not a table,
// so a phone stacks it instead of scrolling sideways.

export function HomeList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul aria-label={label} className="divide-y divide-line">
      {children}
    </ul>
  );
}

export function HomeRow({
  title,
  href,
  context,
  aside,
  linkLabel,
}: {
  title: string;
  href: string;
  context: ReactNode;
  aside?: ReactNode;
  linkLabel?: string;
}) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1.5 px-5 py-3 text-sm">
      <div className="min-w-0">
        <Link href={href} prefetch={false} aria-label={linkLabel} className="font-medium break-words text-accent-text hover:underline">
          {title}
        </Link>
        <span className="block text-xs break-words text-muted">{context}</span>
      </div>
      {aside ? <div className="flex flex-wrap items-center gap-2 text-muted">{aside}</div> : null}
    </li>
  );
}

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
