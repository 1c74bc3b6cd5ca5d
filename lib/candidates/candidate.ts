import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db, prepared } from "@/lib/db";
import { applications, candidates, organizations, roles, type CandidateSource, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { recordRefusals } from "@/lib/access/refusals";
import { mayReadMoveReason, scopeFor, scopeOf, scopeParams } from "@/lib/access/scope";
import type { LoopProgress } from "@/lib/evaluation/progress";
import { loopProgress } from "@/lib/evaluation/progress-queries";
import { raisedFlags, type RaisedFlag } from "@/lib/evaluation/raised-flags";
import { daysInStage } from "@/lib/pipeline/stages";

// One candidate, their roles and their résumé, as far as the viewer may see them.

/** What only the agency receives: a client who had these could hire around it. */
export type CandidateContact = {
  email: string;
  phone: string | null;
  linkedinUrl: string | null;
  githubUrl: string | null;
  portfolioUrl: string | null;
  source: CandidateSource;
};

/** The résumé on file, present only when the viewer may download it. */
export type CandidateResume = { storedName: string; mimeType: string | null; size: number | null };

/**
 * A candidate as the viewer may see them. `contact` is null for a viewer without
 * "candidates:view-contact": those columns are never selected, so no page can render them.
 */
export type CandidateView = {
  id: number;
  name: string;
  currentTitle: string | null;
  location: string | null;
  timezone: string | null;
  yearsExperience: number | null;
  skills: string;
  version: number;
  createdAt: Date;
  contact: CandidateContact | null;
  resume: CandidateResume | null;
};

const profileColumns = {
  id: candidates.id,
  name: candidates.name,
  currentTitle: candidates.currentTitle,
  location: candidates.location,
  timezone: candidates.timezone,
  yearsExperience: candidates.yearsExperience,
  skills: candidates.skills,
  version: candidates.version,
  createdAt: candidates.createdAt,
  resumeStoredName: candidates.resumeStoredName,
  resumeMimeType: candidates.resumeMimeType,
  resumeSize: candidates.resumeSize,
};
const contactColumns = {
  email: candidates.email,
  phone: candidates.phone,
  linkedinUrl: candidates.linkedinUrl,
  githubUrl: candidates.githubUrl,
  portfolioUrl: candidates.portfolioUrl,
  source: candidates.source,
};
type Row = Omit<CandidateView, "contact" | "resume"> & {
  resumeStoredName: string | null;
  resumeMimeType: string | null;
  resumeSize: number | null;
  resumeVisible: number;
} & Partial<CandidateContact>;

function scopedCandidate(viewer: Viewer, id: number): Row | undefined {
  if (!can(viewer, "candidates:view")) return undefined;
  const query = prepared(`candidate:${scopeOf(viewer).shape}`, (d) => {
    const scope = scopeFor(viewer);
    const { contact } = scopeOf(viewer);
    return d
      .select({
        ...profileColumns,
        ...(contact ? contactColumns : {}),
        // Whether the résumé is the viewer's to download (a client: shared on one of their applications).
        resumeVisible: scope.resumes ? sql<number>`(${scope.resumes})` : sql<number>`1`,
      })
      .from(candidates)
      .where(and(eq(candidates.id, sql.placeholder("id")), scope.candidates))
      .prepare();
  });
  return query.get({ id, ...scopeParams(viewer) }) as Row | undefined;
}

function toView(viewer: Viewer, row: Row): CandidateView {
  const contact: CandidateContact | null =
    scopeOf(viewer).contact && row.email !== undefined
      ? {
          email: row.email,
          phone: row.phone ?? null,
          linkedinUrl: row.linkedinUrl ?? null,
          githubUrl: row.githubUrl ?? null,
          portfolioUrl: row.portfolioUrl ?? null,
          source: row.source!,
        }
      : null;
  const resume =
    row.resumeStoredName && row.resumeVisible && can(viewer, "resumes:download")
      ? { storedName: row.resumeStoredName, mimeType: row.resumeMimeType, size: row.resumeSize }
      : null;
  return {
    id: row.id,
    name: row.name,
    currentTitle: row.currentTitle,
    location: row.location,
    timezone: row.timezone,
    yearsExperience: row.yearsExperience,
    skills: row.skills,
    version: row.version,
    createdAt: row.createdAt,
    contact,
    resume,
  };
}

/** One candidate, or undefined when it does not exist or the viewer may not see it (a refusal is audited). */
export function getCandidate(viewer: Viewer, id: number): CandidateView | undefined {
  const row = scopedCandidate(viewer, id);
  if (!row) {
    recordRefusals(viewer, "candidate", [id]);
    return undefined;
  }
  return toView(viewer, row);
}

export type ResumeFile = { candidateName: string; storedName: string; mimeType: string | null };

/**
 * A candidate's résumé file, or undefined when there is none or the viewer may not download it
 * (a client: unless it is shared on one of their company's applications they may see).
 */
export function getResume(viewer: Viewer, candidateId: number): ResumeFile | undefined {
  const row = can(viewer, "resumes:download") ? scopedCandidate(viewer, candidateId) : undefined;
  const resume = row ? toView(viewer, row).resume : null;
  if (!row || (row.resumeStoredName && !resume)) {
    recordRefusals(viewer, "resume", [candidateId]);
    return undefined;
  }
  if (!resume) return undefined;
  return { candidateName: row.name, storedName: resume.storedName, mimeType: resume.mimeType };
}

export function findCandidateByEmail(email: string): { id: number; name: string } | undefined {
  return db().select({ id: candidates.id, name: candidates.name }).from(candidates).where(eq(candidates.emailNormalized, email.trim().toLowerCase())).get();
}

export type CandidateApplication = {
  id: number;
  roleId: number;
  roleTitle: string;
  clientName: string;
  stage: Stage;
  stageChangedAt: Date;
  rejectionReason: string | null;
  /** Submitted to the client at some point (from then on its client may see it, and sharing the résumé means something). */
  submitted: boolean;
  resumeShared: boolean;
  version: number;
  days: number;
  /** Where its interview loop stands (red flags for the agency); null when the viewer may not see interviews. */
  progress: LoopProgress | null;
  /** The red flags raised and by whom (the agency's detail, blind rule kept); empty for anyone else. */
  raised: RaisedFlag[];
};

/** The roles a candidate is on, as far as the viewer may see (a rejection's reason only for those who see reasons, or whose company gave it). */
export function candidateApplications(viewer: Viewer, candidateId: number): CandidateApplication[] {
  if (!can(viewer, "candidates:view")) return [];
  const query = prepared(`candidate-applications:${scopeOf(viewer).shape}`, (d) =>
    d
      .select({
        id: applications.id,
        roleId: roles.id,
        roleTitle: roles.title,
        clientName: organizations.name,
        stage: applications.stage,
        stageChangedAt: applications.stageChangedAt,
        rejectionReason: applications.rejectionReason,
        // Whose company rejected it (the latest move to Rejected), for who may read the reason.
        rejectedByCompany: sql<
          number | null
        >`case when ${applications.stage} = 'rejected' then (select u.organization_id from stage_events e join users u on u.id = e.actor_id
          where e.application_id = ${applications.id} and e.to_stage = 'rejected' order by e.id desc limit 1) end`,
        submittedAt: applications.submittedAt,
        resumeShared: applications.resumeShared,
        version: applications.version,
      })
      .from(applications)
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .innerJoin(organizations, eq(organizations.id, roles.clientId))
      .where(and(eq(applications.candidateId, sql.placeholder("candidate")), scopeFor(viewer).applications))
      .orderBy(desc(applications.stageChangedAt))
      .prepare(),
  );
  const now = Date.now();
  const scope = scopeOf(viewer);
  const rows = query.all({ candidate: candidateId, ...scopeParams(viewer) });
  const ids = rows.map((a) => a.id);
  const progress = loopProgress(viewer, ids);
  // Who raised them, only where the count says there are some (most candidates have none).
  const flags = raisedFlags(
    viewer,
    ids.filter((id) => progress.get(id)?.redFlags),
  );
  return rows.map(({ submittedAt, rejectedByCompany, ...a }) => ({
    ...a,
    submitted: !!submittedAt,
    rejectionReason: mayReadMoveReason(scope, rejectedByCompany) ? a.rejectionReason : null,
    days: daysInStage(a.stageChangedAt, now),
    progress: progress.get(a.id) ?? null,
    raised: flags.get(a.id) ?? [],
  }));
}
