"use client";

// The rows every home section is made of, rendered from plain data: a client component on purpose,
// like the roles table, so each section sends its rows as a few strings each instead of a
// serialized element tree per row in every response. The sections (server components) decide
// what each row says; this only lays it out: what it is about (a link to where it is acted on)
// and its context on the left, the facts that make it urgent on the right. A list, not a table,
// so a phone stacks it instead of scrolling sideways.
import Link from "next/link";
import { Badge, type Tone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

/** One fact on a row's right: a badge, or a short text (`strong` when it is the one that matters, `small` for a side note). */
export type AsidePart = { badge: string; tone: Tone } | { text: string; strong?: boolean; small?: boolean };

export type HomeRowData = {
  key: string | number;
  title: string;
  href: string;
  /** What the link says to a screen reader, when the title alone would not (e.g. "Write scorecard: …"). */
  linkLabel?: string;
  context: string;
  aside?: AsidePart[];
  /** Shown as a labelled list of badges ("Flags"). */
  flags?: { label: string; tone: Tone }[];
};

export function HomeRows({ label, rows }: { label: string; rows: HomeRowData[] }) {
  return (
    <ul aria-label={label} className="divide-y divide-line">
      {rows.map((r) => (
        <li key={r.key} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1.5 px-5 py-3 text-sm">
          <div className="min-w-0">
            <Link href={r.href} prefetch={false} aria-label={r.linkLabel} className="font-medium break-words text-accent-text hover:underline">
              {r.title}
            </Link>
            <span className="block text-xs break-words text-muted">{r.context}</span>
          </div>
          {r.aside?.length || r.flags?.length ? (
            <div className="flex flex-wrap items-center gap-2 text-muted">
              {r.aside?.map((part, i) =>
                "badge" in part ? (
                  <Badge key={i} tone={part.tone}>
                    {part.badge}
                  </Badge>
                ) : (
                  <span key={i} className={cn("tabular-nums", part.small && "text-xs", part.strong && "font-medium text-fg")}>
                    {part.text}
                  </span>
                ),
              )}
              {r.flags?.length ? (
                <ul aria-label="Flags" className="flex flex-wrap gap-1">
                  {r.flags.map((f) => (
                    <li key={f.label}>
                      <Badge tone={f.tone}>{f.label}</Badge>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
