import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db, prepared } from "@/db/client";
import { applications, candidates, organizations, roles, type Candidate, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { recordRefusals } from "@/lib/access/refusals";
import { scopeFor, scopeOf, scopeParams } from "@/lib/access/scope";
import { daysInStage } from "@/lib/pipeline/stages";

// One candidate, their roles and their résumé, as far as the viewer may see them.

/** Without "candidates:view-contact" a candidate's email, phone and profile links are blank. */
function withContactFor(viewer: Viewer, candidate: Candidate): Candidate {
  if (can(viewer, "candidates:view-contact")) return candidate;
  return { ...candidate, email: "", emailNormalized: "", phone: null, linkedinUrl: null, githubUrl: null, portfolioUrl: null };
}

function scopedCandidate(viewer: Viewer, id: number): Candidate | undefined {
  if (!can(viewer, "candidates:view")) return undefined;
  const query = prepared(`candidate:${scopeOf(viewer).shape}`, (d) =>
    d
      .select()
      .from(candidates)
      .where(and(eq(candidates.id, sql.placeholder("id")), scopeFor(viewer).candidates))
      .prepare(),
  );
  return query.get({ id, ...scopeParams(viewer) });
}

/** One candidate, or undefined when it does not exist or the viewer may not see it (a refusal is audited). */
export function getCandidate(viewer: Viewer, id: number): Candidate | undefined {
  const candidate = scopedCandidate(viewer, id);
  if (!candidate) {
    recordRefusals(viewer, "candidate", [id]);
    return undefined;
  }
  return withContactFor(viewer, candidate);
}

export type ResumeFile = { candidateName: string; storedName: string; mimeType: string | null };

/** A candidate's résumé file, or undefined when there is none or the viewer may not download it. */
export function getResume(viewer: Viewer, candidateId: number): ResumeFile | undefined {
  const candidate = can(viewer, "resumes:download") ? scopedCandidate(viewer, candidateId) : undefined;
  if (!candidate) {
    recordRefusals(viewer, "resume", [candidateId]);
    return undefined;
  }
  if (!candidate.resumeStoredName) return undefined;
  return { candidateName: candidate.name, storedName: candidate.resumeStoredName, mimeType: candidate.resumeMimeType };
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
  version: number;
  days: number;
};

/** The roles a candidate is on, as far as the viewer may see. */
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
  return query.all({ candidate: candidateId, ...scopeParams(viewer) }).map((a) => ({ ...a, days: daysInStage(a.stageChangedAt, now) }));
}
