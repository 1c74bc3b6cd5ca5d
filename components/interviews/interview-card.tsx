"use client";

// A client component on purpose, like the scorecard cards: an interview is a few values, so the
// page sends them once instead of a serialized element tree the server would write into the page's
// RSC payload and read back to render the same HTML. Times and labels arrive already in words
// (formatted on the server in the viewer's zone), so the browser renders exactly what the server did.
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, type Tone } from "@/components/ui/badge";

export type InterviewCardView = {
  id: number;
  /** The interview kind's label ("Systems design"). */
  kind: string;
  /** In the viewer's zone ("Tue 24 Nov, 10:00–11:00 GMT"). */
  when: string;
  durationMinutes: number;
  /** "Candidate's time: … (Europe/Bucharest)", or that their zone is unknown. */
  candidateTime: string;
  status: { label: string; tone: Tone };
  location: { text: string; url: boolean } | null;
  /** Each interviewer, with where their scorecard stands (null once the interview is closed: none is due). */
  interviewers: { id: number; name: string; company: string; scorecard: { label: string; tone: Tone } | null }[];
  /** "Open kit and scorecard" for one of its interviewers while it is open, else "Open". */
  openLabel: string;
};

/** One interview of an application: when (the viewer's zone and the candidate's), where, who, and what to do. */
export function InterviewCard({ interview: i, actions }: { interview: InterviewCardView; actions?: ReactNode }) {
  const headingId = `interview-${i.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-line p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-fg">
          {i.kind}
          <span className="sr-only">, {i.when}</span>
        </h3>
        <Badge tone={i.status.tone}>{i.status.label}</Badge>
      </div>
      <p className="mt-1 text-sm text-fg">
        {i.when} · {i.durationMinutes} min
      </p>
      <p className="text-xs text-muted">{i.candidateTime}</p>
      {i.location ? (
        <p className="mt-1 text-sm text-fg">
          Where:{" "}
          {i.location.url ? (
            <a href={i.location.text} target="_blank" rel="noopener noreferrer" className="break-all text-accent-text underline underline-offset-2">
              {i.location.text}
            </a>
          ) : (
            i.location.text
          )}
        </p>
      ) : null}
      <ul aria-label="Interviewers" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {i.interviewers.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center gap-x-1.5 gap-y-0.5">
            <span className="break-words text-fg">{p.name}</span>
            <span className="text-xs text-muted">({p.company})</span>
            {p.scorecard ? <Badge tone={p.scorecard.tone}>{p.scorecard.label}</Badge> : null}
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <Link href={`/interviews/${i.id}`} className="font-medium text-accent-text underline underline-offset-2">
          {i.openLabel}
        </Link>
        <a href={`/interviews/${i.id}/ics`} download className="font-medium text-accent-text underline underline-offset-2">
          Download .ics
        </a>
        {actions}
      </div>
    </article>
  );
}
