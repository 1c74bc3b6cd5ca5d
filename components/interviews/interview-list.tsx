import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, type Tone } from "@/components/ui/badge";
import type { FormAction } from "@/components/ui/use-form-action";
import { interviewKindLabels, interviewStatusLabels, type InterviewStatus } from "@/lib/evaluation/labels";
import { isUrl } from "@/lib/interviews/ics";
import type { InterviewItem, ScorecardState } from "@/lib/interviews/queries";
import { formatSlot } from "@/lib/interviews/time";
import { InterviewStatusActions } from "./interview-status-actions";

const statusTones: Record<InterviewStatus, Tone> = { scheduled: "blue", completed: "green", canceled: "gray", no_show: "red" };
const scorecardLabels: Record<ScorecardState, string> = { submitted: "Scorecard submitted", draft: "Scorecard draft", missing: "No scorecard yet" };
const scorecardTones: Record<ScorecardState, Tone> = { submitted: "green", draft: "amber", missing: "gray" };

type Props = {
  items: InterviewItem[];
  viewerId: number;
  zone: string;
  candidateZone: string | null;
  /** Present for the agency: close a scheduled interview. */
  statusAction?: FormAction;
  /** The agency's "Reschedule" dialog for a scheduled interview. */
  reschedule?: (i: InterviewItem) => ReactNode;
};

/** An application's interviews, each a labelled article: when (the viewer's zone and the candidate's), where, who, and what to do. */
export function InterviewList({ items, viewerId, zone, candidateZone, statusAction, reschedule }: Props) {
  return (
    <ul className="space-y-4">
      {items.map((i) => {
        const kind = interviewKindLabels[i.kind];
        const when = formatSlot(i.startsAt, i.durationMinutes, zone);
        const interviewer = i.interviewers.some((p) => p.id === viewerId);
        // Canceled or a no-show: no scorecard is due, so none is offered or counted missing.
        const closed = i.status === "canceled" || i.status === "no_show";
        const headingId = `interview-${i.id}`;
        return (
          <li key={i.id}>
            <article aria-labelledby={headingId} className="rounded-lg border border-line p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id={headingId} className="text-sm font-semibold text-fg">
                  {kind}
                  <span className="sr-only">, {when}</span>
                </h3>
                <Badge tone={statusTones[i.status]}>{interviewStatusLabels[i.status]}</Badge>
              </div>
              <p className="mt-1 text-sm text-fg">
                {when} · {i.durationMinutes} min
              </p>
              <p className="text-xs text-muted">
                {candidateZone
                  ? `Candidate's time: ${formatSlot(i.startsAt, i.durationMinutes, candidateZone)} (${candidateZone})`
                  : "Candidate's time zone unknown"}
              </p>
              {i.location ? (
                <p className="mt-1 text-sm text-fg">
                  Where:{" "}
                  {isUrl(i.location) ? (
                    <a href={i.location} target="_blank" rel="noopener noreferrer" className="break-all text-accent-text underline underline-offset-2">
                      {i.location}
                    </a>
                  ) : (
                    i.location
                  )}
                </p>
              ) : null}
              <ul aria-label="Interviewers" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {i.interviewers.map((p) => (
                  <li key={p.id} className="flex flex-wrap items-center gap-x-1.5 gap-y-0.5">
                    <span className="break-words text-fg">{p.name}</span>
                    <span className="text-xs text-muted">({p.company})</span>
                    {closed ? null : <Badge tone={scorecardTones[p.scorecard]}>{scorecardLabels[p.scorecard]}</Badge>}
                  </li>
                ))}
              </ul>
              <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
                <Link href={`/interviews/${i.id}`} className="font-medium text-accent-text underline underline-offset-2">
                  {interviewer && !closed ? "Open kit and scorecard" : "Open"}
                </Link>
                <a href={`/interviews/${i.id}/ics`} download className="font-medium text-accent-text underline underline-offset-2">
                  Download .ics
                </a>
                {reschedule && i.status === "scheduled" ? reschedule(i) : null}
                {statusAction && i.status === "scheduled" ? (
                  <InterviewStatusActions action={statusAction} interviewId={i.id} version={i.version} label={`${kind}, ${when}`} started={i.started} />
                ) : null}
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
