import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { FocusFallback } from "@/components/ui/focus-fallback";
import type { FormAction } from "@/components/ui/use-form-action";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { interviewKindLabels, interviewKinds } from "@/lib/evaluation/labels";
import { roleLoop } from "@/lib/evaluation/loops";
import { candidateLeft } from "@/lib/interviews/mine";
import { applicationInterviews, type InterviewItem } from "@/lib/interviews/queries";
import { formatSlot, tomorrowIn, utcToLocal } from "@/lib/interviews/time";
import type { ApplicationDetail } from "@/lib/pipeline/application";
import { isExitStage } from "@/lib/pipeline/stages";
import { viewerTimeZone } from "@/lib/time-zone";
import { InterviewList } from "./interview-list";
import type { LoadInterviewers } from "./interviewer-picker";
import { ScheduleInterview } from "./schedule-interview";
import type { CheckBookings } from "./use-booking-warnings";

type Props = {
  viewer: Viewer;
  application: ApplicationDetail;
  /** The server actions (app/(app)/interviews/actions.ts), passed by the page: components never import app/. */
  actions?: { schedule: FormAction; reschedule: FormAction; setStatus: FormAction; checkBookings: CheckBookings; interviewers: LoadInterviewers };
};

/**
 * The application's interview loop: its interviews in time order, each with its interviewers'
 * scorecard state and calendar file; the agency schedules and closes them here.
 */
export async function InterviewsSection({ viewer, application, actions }: Props) {
  if (!can(viewer, "interviews:view")) return null;
  const zone = await viewerTimeZone();
  const items = applicationInterviews(viewer, application.id);
  const schedule = actions && can(viewer, "interviews:schedule");
  let form = null;
  let reschedule: ((i: InterviewItem) => ReactNode) | undefined;
  if (schedule) {
    const plan = roleLoop(application.role).plan;
    const held = new Set(items.filter((i) => i.status !== "canceled").map((i) => i.kind));
    const common = {
      applicationId: application.id,
      checkBookings: actions.checkBookings,
      plan: plan.map((k) => ({ value: k, label: interviewKindLabels[k] })),
      others: interviewKinds.filter((k) => !plan.includes(k)).map((k) => ({ value: k, label: interviewKindLabels[k] })),
      defaultKind: plan.find((k) => !held.has(k)) ?? plan[0] ?? "coding",
      loadInterviewers: actions.interviewers,
      viewerId: viewer.id,
      zone,
      candidate: { name: application.candidate.name, timezone: application.candidate.timezone },
      clientName: application.role.clientName,
      submitted: !!application.submittedAt,
      defaultDate: tomorrowIn(zone),
    };
    // A candidate who has left the pipeline gets no new interviews (the server refuses them too).
    form = isExitStage(application.stage) ? null : <ScheduleInterview action={actions.schedule} {...common} />;
    reschedule = (i) => {
      const local = utcToLocal(i.startsAt, zone);
      const existing = {
        id: i.id,
        version: i.version,
        kindLabel: interviewKindLabels[i.kind],
        ...local,
        durationMinutes: i.durationMinutes,
        interviewerIds: i.interviewers.map((p) => p.id),
        location: i.location ?? "",
        label: `${interviewKindLabels[i.kind]}, ${formatSlot(i.startsAt, i.durationMinutes, zone)}`,
      };
      return <ScheduleInterview action={actions.reschedule} {...common} existing={existing} />;
    };
  }
  // A rejection or withdrawal leaves the interviews it did not hold on the interviewers' calendars until someone cancels them.
  const left = candidateLeft(application.stage);
  // Those yet to start (one already held is marked completed instead).
  const stillScheduled = left ? items.filter((i) => i.status === "scheduled" && !i.started).length : 0;
  // A status change (a no-show, a cancellation) takes the pressed button away: focus goes to "Interviews".
  return (
    <FocusFallback>
      <Card title="Interviews" actions={form}>
        {stillScheduled ? (
          <p className="mb-4 rounded-md border border-warning/50 bg-warning-soft px-3 py-2 text-sm text-fg">
            {`${left}: ${stillScheduled === 1 ? "1 interview to come is" : `${stillScheduled} interviews to come are`} still scheduled and on the interviewers' lists.`}{" "}
            {schedule ? "Cancel what will not take place." : `Ask the agency to cancel ${stillScheduled === 1 ? "it" : "them"}.`}
          </p>
        ) : null}
        {items.length ? (
          <InterviewList
            items={items}
            viewerId={viewer.id}
            zone={zone}
            candidateZone={application.candidate.timezone}
            statusAction={schedule ? actions.setStatus : undefined}
            reschedule={reschedule}
          />
        ) : (
          <p className="text-sm text-muted">{form ? "No interviews yet. Schedule the first one of the role's plan." : "No interviews scheduled yet."}</p>
        )}
      </Card>
    </FocusFallback>
  );
}
