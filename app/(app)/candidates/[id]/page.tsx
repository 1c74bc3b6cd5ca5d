import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CandidateRoles } from "@/components/candidates/candidate-roles";
import { NoteForm } from "@/components/candidates/note-form";
import { ResumeUpload } from "@/components/candidates/resume-upload";
import { Timeline } from "@/components/candidates/timeline";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/access";
import { candidateApplications, candidateTimeline, getCandidate } from "@/lib/candidates/queries";
import { formatDate, sourceLabels } from "@/lib/labels";
import { stageLabels } from "@/lib/pipeline/stages";
import { addNoteAction, uploadResumeAction } from "../actions";

export const metadata: Metadata = { title: "Candidate" };

const TIMELINE_PREVIEW = 20;

export default async function CandidatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ activity?: string }> }) {
  const viewer = await requirePermission("candidates:view", "/candidates/[id]");
  const { id } = await params;
  const candidate = /^\d+$/.test(id) ? getCandidate(viewer, Number(id)) : undefined;
  if (!candidate) notFound();
  const apps = candidateApplications(viewer, candidate.id);
  const allActivity = (await searchParams).activity === "all";
  const timeline = candidateTimeline(viewer, candidate.id, allActivity ? 500 : TIMELINE_PREVIEW + 1);
  const internalNotes = can(viewer, "notes:create-internal");
  const links = [
    ["LinkedIn", candidate.linkedinUrl],
    ["GitHub", candidate.githubUrl],
    ["Portfolio", candidate.portfolioUrl],
  ].filter((l): l is [string, string] => !!l[1]);
  const facts: [string, string | null][] = [
    ["Email", candidate.email],
    ["Phone", candidate.phone],
    ["Location", candidate.location],
    ["Time zone", candidate.timezone],
    ["Experience", candidate.yearsExperience != null ? `${candidate.yearsExperience} years` : null],
    ["Source", sourceLabels[candidate.source]],
    ["Added", formatDate(candidate.createdAt)],
  ];

  return (
    <>
      <PageHeader
        title={candidate.name}
        subtitle={candidate.currentTitle ?? undefined}
        actions={
          can(viewer, "candidates:manage") ? (
            <Link href={`/candidates/${candidate.id}/edit`} className={buttonClass("secondary")}>
              Edit candidate
            </Link>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6">
          <Card title="Profile">
            <dl className="facts">
              {facts
                .filter(([, v]) => v)
                .map(([k, v]) => (
                  <div key={k}>
                    <dt>{k}</dt>
                    <dd>{v}</dd>
                  </div>
                ))}
            </dl>
            {candidate.skills ? (
              <ul aria-label="Skills" className="tags mt-4">
                {candidate.skills.split(", ").map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            ) : null}
            {links.length ? (
              <p className="mt-4 flex gap-3 text-sm">
                {links.map(([label, href]) => (
                  <a key={label} href={href} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-700 hover:underline">
                    {label}
                  </a>
                ))}
              </p>
            ) : null}
          </Card>
          <Card title="Résumé">
            {candidate.resumeStoredName ? (
              <p className="mb-3 text-sm">
                <a href={`/candidates/${candidate.id}/resume`} className="font-medium text-brand-700 hover:underline">
                  Download résumé
                </a>{" "}
                <span className="text-slate-500">
                  ({candidate.resumeMimeType === "application/pdf" ? "PDF" : "Word"}, {Math.max(1, Math.round((candidate.resumeSize ?? 0) / 1024))} KB)
                </span>
              </p>
            ) : (
              <p className="mb-3 text-sm text-slate-500">No résumé on file.</p>
            )}
            {can(viewer, "candidates:manage") ? <ResumeUpload action={uploadResumeAction} candidateId={candidate.id} version={candidate.version} hasResume={!!candidate.resumeStoredName} /> : null}
          </Card>
        </div>
        <div className="space-y-6 lg:col-span-2">
          <Card title="Roles">
            <CandidateRoles rows={apps.map(({ id, roleId, roleTitle, clientName, stage, days }) => ({ id, roleId, roleTitle, clientName, stage, days }))} />
          </Card>
          {can(viewer, "notes:create") && (internalNotes || apps.length > 0) ? (
            <Card title="Add a note">
              <NoteForm action={addNoteAction} candidateId={candidate.id} applications={apps.map((a) => ({ id: a.id, label: `${a.roleTitle} (${a.clientName})` }))} agency={internalNotes} />
            </Card>
          ) : null}
          <Card title="Activity">
            <Timeline entries={allActivity ? timeline : timeline.slice(0, TIMELINE_PREVIEW)} stageLabels={stageLabels} />
            {!allActivity && timeline.length > TIMELINE_PREVIEW ? (
              <Link href={`/candidates/${candidate.id}?activity=all`} className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
                Show all activity
              </Link>
            ) : null}
          </Card>
        </div>
      </div>
    </>
  );
}
