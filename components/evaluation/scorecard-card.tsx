"use client";

// A client component on purpose, like the roles table: a scorecard is plain data, so the page sends
// it once instead of a serialized element tree per rating. The caller passes only scorecards the
// viewer may see; what the card receives beyond what it shows is ids, dates and the version.
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { attributeLabels, interviewKindLabels, ratingAnchors, recommendationLabels } from "@/lib/evaluation/labels";
import type { ScorecardView } from "@/lib/evaluation/scorecards";

const recommendationTone = { strong_no: "red", no: "amber", yes: "green", strong_yes: "green" } as const;

/** Where a scorecard stands: a draft, submitted, or amended (a later revision took its place). */
export function ScorecardStatus({ scorecard }: { scorecard: Pick<ScorecardView, "status" | "supersededAt" | "revision"> }) {
  if (scorecard.supersededAt) return <Badge tone="gray">Amended</Badge>;
  if (scorecard.status === "draft") return <Badge tone="amber">{scorecard.revision > 1 ? "Amendment draft" : "Draft"}</Badge>;
  return <Badge tone="blue">{scorecard.revision > 1 ? `Submitted (revision ${scorecard.revision})` : "Submitted"}</Badge>;
}

/**
 * One scorecard, read-only: its ratings with their anchors, red flags, notes and recommendation.
 * The caller passes only scorecards the viewer may see (lib/evaluation/scorecards.ts).
 */
export function ScorecardCard({ scorecard, interviewLink, actions }: { scorecard: ScorecardView; interviewLink?: boolean; actions?: ReactNode }) {
  const ratings = Object.entries(scorecard.ratings) as [keyof typeof attributeLabels, 1 | 2 | 3 | 4][];
  const title = `${scorecard.interviewer.name} · ${interviewKindLabels[scorecard.interviewKind]}`;
  return (
    <article
      aria-label={`Scorecard by ${scorecard.interviewer.name}, ${interviewKindLabels[scorecard.interviewKind]}`}
      className="rounded-lg border border-line p-4"
    >
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold text-fg">
          {interviewLink ? (
            <Link href={`/interviews/${scorecard.interviewId}`} className="underline-offset-2 hover:underline">
              {title}
            </Link>
          ) : (
            title
          )}
          <span className="ml-1 font-normal text-muted">({scorecard.interviewer.company})</span>
        </h3>
        <div className="flex flex-wrap items-center gap-2">
          <ScorecardStatus scorecard={scorecard} />
          {scorecard.recommendation ? (
            <Badge tone={recommendationTone[scorecard.recommendation]}>{recommendationLabels[scorecard.recommendation]}</Badge>
          ) : null}
          {actions}
        </div>
      </header>
      {ratings.length ? (
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {ratings.map(([attribute, rating]) => (
            <div key={attribute} className="contents">
              <dt className="text-muted">{attributeLabels[attribute]}</dt>
              <dd className="text-fg">{ratingAnchors[rating]}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-3 text-sm text-muted">No attribute rated.</p>
      )}
      {scorecard.redFlags.length ? (
        <div className="mt-3 text-sm">
          <p className="font-medium text-fg">Red flags</p>
          <ul className="mt-1 list-disc pl-5 text-danger">
            {scorecard.redFlags.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {scorecard.notes ? <p className="mt-3 text-sm whitespace-pre-line text-fg">{scorecard.notes}</p> : null}
    </article>
  );
}
