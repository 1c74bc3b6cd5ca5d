"use client";

// A client component on purpose, like the roles table: the page sends each check-in as plain data
// (its day already written on the server, so the browser's date data cannot make it differ).
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { visibilityLabels, type CheckInSentiment, type CheckInVisibility } from "@/lib/trials/labels";
import { SentimentBadge } from "./trial-badges";

// The check-ins the viewer may read, newest first: the latest few, with a link to all of them
// (`more`) when there are more. The visibility badge is for the agency only: a client only ever
// receives shared check-ins, so it would tell them nothing.

/** `when`: the check-in's day as shown ("Mon 12 Dec"). */
export type CheckInItem = { id: number; when: string; sentiment: CheckInSentiment; visibility: CheckInVisibility; note: string; author: string };

type Props = {
  checkIns: CheckInItem[];
  /** How many the viewer may read in all (`checkIns` may be the latest of them). */
  total: number;
  /** The link to the whole list, or back to the latest (null: all are shown and there are few). */
  more: { href: string; label: string } | null;
  showVisibility: boolean;
};

export function CheckInList({ checkIns, total, more, showVisibility }: Props) {
  if (!checkIns.length) return <p className="text-sm text-muted">No check-ins yet. The first one sets the tone: how is the first day going?</p>;
  return (
    <div className="space-y-3">
      {/* Above the list, so the page scrolls to where focus stays when the list grows or shrinks. */}
      {more ? (
        <p className="flex flex-wrap items-baseline gap-x-3 text-sm text-muted">
          {total > checkIns.length ? `The latest ${checkIns.length} of ${total} check-ins, newest first.` : `All ${total} check-ins, newest first.`}
          <Link href={more.href} className="font-medium text-accent-text underline-offset-2 hover:underline">
            {more.label}
          </Link>
        </p>
      ) : null}
      <ul aria-label="Check-ins" className="space-y-3">
        {checkIns.map((c) => (
          <li key={c.id} className="rounded-md border border-line p-3 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-fg">{c.author}</span>
              <span className="text-muted">{c.when}</span>
              <SentimentBadge sentiment={c.sentiment} />
              {showVisibility ? <Badge tone={c.visibility === "internal" ? "violet" : "blue"}>{visibilityLabels[c.visibility]}</Badge> : null}
            </p>
            <p className="mt-1 whitespace-pre-line text-fg">{c.note}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
