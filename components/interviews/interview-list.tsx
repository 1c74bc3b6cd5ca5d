import type { ReactNode } from "react";
import type { Tone } from "@/components/ui/badge";
import type { FormAction } from "@/components/ui/use-form-action";
import { interviewKindLabels, interviewStatusLabels, type InterviewStatus } from "@/lib/evaluation/labels";
import { isUrl } from "@/lib/interviews/ics";
import type { InterviewItem, ScorecardState } from "@/lib/interviews/queries";
import { formatSlot } from "@/lib/interviews/time";
import { InterviewCard, type InterviewCardView } from "./interview-card";
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

/** An application's interviews, each a labelled article (InterviewCard), with the agency's reschedule and status buttons. */
export function InterviewList({ items, viewerId, zone, candidateZone, statusAction, reschedule }: Props) {
  return (
    <ul className="space-y-4">
      {items.map((i) => {
        const kind = interviewKindLabels[i.kind];
        const when = formatSlot(i.startsAt, i.durationMinutes, zone);
        const interviewer = i.interviewers.some((p) => p.id === viewerId);
        // Canceled or a no-show: no scorecard is due, so none is offered or counted missing.
        const closed = i.status === "canceled" || i.status === "no_show";
        const view: InterviewCardView = {
          id: i.id,
          kind,
          when,
          durationMinutes: i.durationMinutes,
          candidateTime: candidateZone
            ? `Candidate's time: ${formatSlot(i.startsAt, i.durationMinutes, candidateZone)} (${candidateZone})`
            : "Candidate's time zone unknown",
          status: { label: interviewStatusLabels[i.status], tone: statusTones[i.status] },
          location: i.location ? { text: i.location, url: isUrl(i.location) } : null,
          interviewers: i.interviewers.map((p) => ({
            id: p.id,
            name: p.name,
            company: p.company,
            scorecard: closed ? null : { label: scorecardLabels[p.scorecard], tone: scorecardTones[p.scorecard] },
          })),
          openLabel: interviewer && !closed ? "Open kit and scorecard" : "Open",
        };
        const open = i.status === "scheduled";
        return (
          <li key={i.id}>
            <InterviewCard
              interview={view}
              actions={
                open && (reschedule || statusAction) ? (
                  <>
                    {reschedule ? reschedule(i) : null}
                    {statusAction ? (
                      <InterviewStatusActions action={statusAction} interviewId={i.id} version={i.version} label={`${kind}, ${when}`} started={i.started} />
                    ) : null}
                  </>
                ) : null
              }
            />
          </li>
        );
      })}
    </ul>
  );
}
