import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CandidateProfile } from "@/components/candidates/candidate-profile";
import { CandidateRoles } from "@/components/candidates/candidate-roles";
import { NoteForm } from "@/components/candidates/note-form";
import { PrivacyCard } from "@/components/candidates/privacy-card";
import { ResumeUpload } from "@/components/candidates/resume-upload";
import { Timeline } from "@/components/candidates/timeline";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { exportRefusal } from "@/lib/privacy/export";
import { can } from "@/lib/access";
import type { CandidateApplication } from "@/lib/candidates/candidate";
import { candidateApplications, candidateTimeline, getCandidate } from "@/lib/candidates/queries";
import { describeFlags, describeProgress, hasProgress } from "@/lib/evaluation/progress";
import { describeRaised } from "@/lib/evaluation/raised-flags";
import { formatDate, formatDateTime } from "@/lib/labels";
import { preTrialStages, rejectionReasons, stageLabels, type RejectionReason } from "@/lib/pipeline/stages";
import { erasedAt } from "@/lib/privacy/status";
import { viewerTimeZone } from "@/lib/time-zone";
import { addNoteAction, setResumeSharingAction, uploadResumeAction } from "../actions";
import { eraseCandidateAction } from "./privacy-actions";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<{ activity?: string; role?: string }> };

const TIMELINE_PREVIEW = 20;

// Once per request, shared by the page and its title.
const loadCandidate = cache(async (id: string) => {
  const viewer = await requirePermission("candidates:view", "/candidates/[id]");
  const candidate = /^\d+$/.test(id) ? getCandidate(viewer, Number(id)) : undefined;
  if (!candidate) notFound();
  return { viewer, candidate };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { candidate } = await loadCandidate((await params).id);
  return { title: `${candidate.name} — Candidate` };
}

/** Where an application stands: days in an active stage; for an exit, when (and for the agency, why). */
function statusOf(a: CandidateApplication, zone: string): string {
  if (a.stage === "rejected" || a.stage === "withdrawn") {
    const reason = a.rejectionReason && a.rejectionReason in rejectionReasons ? ` · ${rejectionReasons[a.rejectionReason as RejectionReason]}` : "";
    return `${stageLabels[a.stage]} on ${formatDate(a.stageChangedAt, zone)}${a.stage === "rejected" ? reason : ""}`;
  }
  return `${a.days} ${a.days === 1 ? "day" : "days"} in stage`;
}

export default async function CandidatePage({ params, searchParams }: Params) {
  const { viewer, candidate } = await loadCandidate((await params).id);
  const query = await searchParams;
  const zone = await viewerTimeZone();
  const apps = candidateApplications(viewer, candidate.id);
  const allActivity = query.activity === "all";
  const timeline = candidateTimeline(viewer, candidate.id, allActivity ? 500 : TIMELINE_PREVIEW + 1);
  const agency = can(viewer, "notes:create-internal");
  // An erased candidate stays for the figures, but nothing about them may be added or changed.
  const erased = erasedAt(candidate.id);
  const manage = can(viewer, "candidates:manage") && !erased;
  const privacy = can(viewer, "candidates:export-personal-data") || can(viewer, "candidates:erase");
  const sharing = can(viewer, "applications:share-resume");
  const evaluation = can(viewer, "interviews:view");
  // Opened from a role's board (?role=): back to that role, when it is one of theirs the viewer may see.
  const fromRole = query.role && /^\d+$/.test(query.role) ? apps.find((a) => a.roleId === Number(query.role)) : undefined;
  const breadcrumbs = fromRole
    ? [
        { href: "/roles", label: "Roles" },
        { href: `/roles/${fromRole.roleId}`, label: fromRole.roleTitle },
      ]
    : [{ href: "/candidates", label: "Candidates" }];
  const { resume } = candidate;

  return (
    <>
      <PageHeader
        title={candidate.name}
        breadcrumbs={breadcrumbs}
        subtitle={candidate.currentTitle ?? undefined}
        actions={
          manage ? (
            <Button asChild variant="secondary">
              <Link href={`/candidates/${candidate.id}/edit`}>Edit candidate</Link>
            </Button>
          ) : null
        }
      />
      {erased ? (
        <p role="status" className="mb-6 rounded-md border border-line bg-surface-2 px-4 py-3 text-sm">
          This candidate&apos;s personal data was erased on {formatDate(erased, zone)}. The record stays, anonymised, for the pipeline&apos;s figures, and can
          no longer be changed.
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6">
          <Card title="Profile">
            <CandidateProfile
              facts={{
                location: candidate.location,
                timezone: candidate.timezone,
                experience: candidate.yearsExperience,
                added: formatDate(candidate.createdAt, zone),
              }}
              contact={candidate.contact}
              skills={candidate.skills ? candidate.skills.split(", ") : []}
            />
          </Card>
          <Card title="Résumé">
            {resume ? (
              <p className="mb-3 text-sm">
                <a href={`/candidates/${candidate.id}/resume`} className="font-medium text-accent-text underline underline-offset-2">
                  Download résumé
                </a>{" "}
                <span className="text-muted">
                  ({resume.mimeType === "application/pdf" ? "PDF" : "Word"}, {Math.max(1, Math.round((resume.size ?? 0) / 1024))} KB)
                </span>
              </p>
            ) : (
              <p className="mb-3 text-sm text-muted">{manage ? "No résumé on file." : "The agency has not shared a résumé with you."}</p>
            )}
            {manage ? <ResumeUpload action={uploadResumeAction} candidateId={candidate.id} version={candidate.version} hasResume={!!resume} /> : null}
          </Card>
          {privacy ? (
            <Card title="Privacy">
              <PrivacyCard
                candidateId={candidate.id}
                name={candidate.name}
                version={candidate.version}
                exportHref={can(viewer, "candidates:export-personal-data") ? `/candidates/${candidate.id}/export` : undefined}
                exportBlocked={can(viewer, "candidates:export-personal-data") ? exportRefusal(viewer, candidate.id) : null}
                eraseAction={can(viewer, "candidates:erase") ? eraseCandidateAction : undefined}
                erasedOn={erased ? formatDate(erased, zone) : undefined}
                openApplications={apps.filter((a) => preTrialStages.includes(a.stage)).length}
              />
            </Card>
          ) : null}
        </div>
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Roles">
            <CandidateRoles
              shareAction={sharing ? setResumeSharingAction : undefined}
              rows={apps.map((a) => ({
                id: a.id,
                roleId: a.roleId,
                roleTitle: a.roleTitle,
                clientName: a.clientName,
                stage: a.stage,
                status: statusOf(a, zone),
                version: a.version,
                ...(sharing && a.submitted ? { resumeShared: a.resumeShared } : {}),
                ...(a.progress && hasProgress(a.progress) ? { progress: describeProgress(a.progress) } : {}),
                // "2 red flags: Blames others (Riley Chen); …", who raised them for the agency.
                ...(a.progress && describeFlags(a.progress)
                  ? { redFlags: [describeFlags(a.progress), a.raised.length ? describeRaised(a.raised) : null].filter(Boolean).join(": ") }
                  : {}),
                evaluation,
              }))}
            />
          </Card>
          {can(viewer, "notes:create") && !erased && (agency || apps.length > 0) ? (
            <Card title="Add a note">
              <NoteForm
                action={addNoteAction}
                candidateId={candidate.id}
                applications={apps.map((a) => ({ id: a.id, label: `${a.roleTitle} (${a.clientName})` }))}
                agency={agency}
              />
            </Card>
          ) : null}
          <Card title="Activity">
            <Timeline
              entries={(allActivity ? timeline : timeline.slice(0, TIMELINE_PREVIEW)).map((e) => {
                const common = {
                  id: e.id,
                  when: formatDateTime(e.at, zone),
                  who: e.actorName ?? "System",
                  where: e.roleTitle ? `${e.roleTitle} · ${e.clientName}` : null,
                };
                return e.kind === "stage"
                  ? { ...common, kind: "stage" as const, from: e.from, to: e.to, reason: e.reason }
                  : { ...common, kind: "note" as const, visibility: agency ? e.visibility : null, body: e.body };
              })}
            />
            {!allActivity && timeline.length > TIMELINE_PREVIEW ? (
              <Link
                href={`/candidates/${candidate.id}?activity=all${fromRole ? `&role=${fromRole.roleId}` : ""}`}
                className="mt-4 inline-block text-sm font-medium text-accent-text hover:underline"
              >
                Show all activity
              </Link>
            ) : null}
          </Card>
        </div>
      </div>
    </>
  );
}
