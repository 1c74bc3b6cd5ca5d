import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ChecklistSection } from "@/components/evaluation/checklist-section";
import { EvaluationSection } from "@/components/evaluation/evaluation-section";
import { ReferencesSection } from "@/components/evaluation/references-section";
import { InterviewsSection } from "@/components/interviews/interviews-section";
import { StartTrialButton } from "@/components/trials/start-trial-button";
import { StartTrialProvider } from "@/components/trials/start-trial-context";
import { StageBadge } from "@/components/ui/status-badges";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/access";
import { getApplicationDetail } from "@/lib/pipeline/application";
import { moveApplicationsAction } from "../../roles/actions";
import { startTrialOptionsAction } from "../../trials/start-actions";
import {
  checkBookingsAction,
  interviewerChoicesAction,
  rescheduleInterviewAction,
  scheduleInterviewAction,
  setInterviewStatusAction,
} from "../../interviews/actions";
import { tickChecklistItemAction, untickChecklistItemAction } from "./checklist-actions";
import { addRefereeAction, recordReferenceCallAction, removeRefereeAction, updateRefereeAction } from "./reference-actions";
import { TrialSection } from "./trial-section";

// The sections' actions live in app/ (components never import it), so the page hands them down.
const referenceActions = { add: addRefereeAction, update: updateRefereeAction, remove: removeRefereeAction, recordCall: recordReferenceCallAction };

type Params = { params: Promise<{ id: string }> };

// Once per request, shared by the page and its title.
const loadApplication = cache(async (id: string) => {
  const viewer = await requirePermission("roles:view", "/applications/[id]");
  const application = /^\d+$/.test(id) ? getApplicationDetail(viewer, Number(id)) : undefined;
  if (!application) notFound();
  return { viewer, application };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { application } = await loadApplication((await params).id);
  return { title: `${application.candidate.name} for ${application.role.title}` };
}

/**
 * One candidate on one role: the interview loop, the evaluation (scorecards and the weighted
 * score), the checklist and the references. Each section decides what this viewer may see of it.
 */
export default async function ApplicationPage({ params }: Params) {
  const { viewer, application } = await loadApplication((await params).id);
  const { candidate, role } = application;
  // An offer accepted: the trial starts here too, with the board's form and move.
  const startTrial =
    application.stage === "offer" && can(viewer, "trials:start") ? (
      <StartTrialProvider loadOptions={startTrialOptionsAction}>
        <StartTrialButton
          application={{ id: application.id, version: application.version, roleId: role.id, candidateName: candidate.name }}
          moveAction={moveApplicationsAction}
        />
      </StartTrialProvider>
    ) : null;
  return (
    <>
      <PageHeader
        title={candidate.name}
        breadcrumbs={[
          { href: "/roles", label: "Roles" },
          { href: `/roles/${role.id}`, label: `${role.title} · ${role.clientName}` },
        ]}
        subtitle={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <StageBadge stage={application.stage} />
            {candidate.currentTitle ? <span>{candidate.currentTitle}</span> : null}·
            <Link href={`/candidates/${candidate.id}`} className="underline underline-offset-2 hover:text-fg">
              Candidate profile
            </Link>
          </span>
        }
        actions={startTrial}
      />
      {/* The side column holds what this viewer may see of the trial, checklist and references; when
          that is nothing (a client's hiring manager before a trial), it folds away and the loop takes the width. */}
      <div className="flex flex-col gap-6 lg:flex-row lg:items-start">
        <div className="min-w-0 space-y-6 lg:flex-2">
          <InterviewsSection
            viewer={viewer}
            application={application}
            actions={{
              schedule: scheduleInterviewAction,
              reschedule: rescheduleInterviewAction,
              setStatus: setInterviewStatusAction,
              checkBookings: checkBookingsAction,
              interviewers: interviewerChoicesAction,
            }}
          />
          <EvaluationSection viewer={viewer} application={application} />
        </div>
        <div className="min-w-0 space-y-6 empty:hidden lg:flex-1">
          <TrialSection viewer={viewer} applicationId={application.id} />
          <ChecklistSection viewer={viewer} application={application} tick={tickChecklistItemAction} untick={untickChecklistItemAction} />
          <ReferencesSection viewer={viewer} application={application} actions={referenceActions} />
        </div>
      </div>
    </>
  );
}
