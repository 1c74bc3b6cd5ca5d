import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  applications,
  auditLog,
  roles,
  candidateSkills,
  candidates,
  checklistTicks,
  notes,
  references,
  scorecards,
  stageEvents,
  trialCheckIns,
  trialExtensions,
  trialReopenings,
  trials,
} from "@/db/schema";

import { preTrialStages } from "@/lib/pipeline/stages";
import type { Stage } from "@/db/schema";

// Plain module (no "server-only"): the retention job runs it from instrumentation.ts, outside React.

export const ERASED_NAME = "Erased candidate";
/** What replaces a free-text column that may not be empty. */
export const ERASED_TEXT = "(erased)";

/** A unique placeholder: candidates.email_normalized is unique, and .invalid never resolves (RFC 2606). */
export const erasedEmail = (candidateId: number) => `erased-${candidateId}@invalid`;

/** `withdrawn`: the applications taken out of their pipelines, for the caller's audit rows (one move each). */
export type Anonymised = {
  candidateId: number;
  applications: number;
  withdrawn: { id: number; from: Stage }[];
  notesDeleted: number;
  resumeStoredName: string | null;
};

/**
 * Removes a candidate's personal data inside the caller's transaction; the row and the pipeline's
 * statistics (applications, stage events, ratings, recommendations, outcomes) stay, anonymised.
 * Returns undefined when the candidate does not exist or is already erased (so a retention run
 * racing another process writes nothing twice). The résumé file is the caller's to delete, after
 * the commit: a rolled-back erase must not have lost it.
 *
 * Personal: the profile (name, email, phone, location, time zone, title, years, links, skills),
 * the résumé, notes about them, and every free text written about them — rejection notes, stage
 * move reasons, scorecard notes, checklist evidence, referees (who they are and what they said),
 * trial decision notes, extension reasons and check-in notes. Kept: stages and their dates,
 * ratings, red flags, recommendations, reference outcomes, trial dates, plans, goals and outcomes,
 * and the source (how the agency found them, a pipeline figure).
 *
 * Applications still before a trial are withdrawn (by `actorId`, the admin erasing; null for the
 * retention job): an erased person is no one's candidate, and would otherwise wait in a client's
 * review list as "Erased candidate". A trial or a hire is left to its decision.
 */
export function anonymiseCandidate(tx: Tx, candidateId: number, now: Date, actorId: number | null = null): Anonymised | undefined {
  const before = tx
    .select({ resumeStoredName: candidates.resumeStoredName })
    .from(candidates)
    .where(and(eq(candidates.id, candidateId), isNull(candidates.erasedAt)))
    .get();
  if (!before) return undefined;
  // The FTS triggers (migration 0002) replace the search entry with these values: the old name,
  // email, title and skills no longer match anything.
  tx.update(candidates)
    .set({
      name: ERASED_NAME,
      email: erasedEmail(candidateId),
      emailNormalized: erasedEmail(candidateId),
      phone: null,
      location: null,
      timezone: null,
      currentTitle: null,
      yearsExperience: null,
      skills: "",
      linkedinUrl: null,
      githubUrl: null,
      portfolioUrl: null,
      resumeFileName: null,
      resumeStoredName: null,
      resumeMimeType: null,
      resumeSize: null,
      erasedAt: now,
      version: sql`${candidates.version} + 1`,
      // updatedAt stays (set to itself, or drizzle's $onUpdateFn stamps it now): /candidates sorts by
      // it as the last change, and an erasure is not one a recruiter is looking for.
      updatedAt: sql`${candidates.updatedAt}`,
    })
    .where(eq(candidates.id, candidateId))
    .run();
  tx.delete(candidateSkills).where(eq(candidateSkills.candidateId, candidateId)).run();
  const notesDeleted = tx.delete(notes).where(eq(notes.candidateId, candidateId)).run().changes;

  const appIds = tx
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.candidateId, candidateId))
    .all()
    .map((a) => a.id);
  if (appIds.length > 0) scrubApplications(tx, appIds, now);
  const withdrawn = appIds.length > 0 ? withdrawOpenApplications(tx, appIds, now, actorId) : [];
  return { candidateId, applications: appIds.length, withdrawn, notesDeleted, resumeStoredName: before.resumeStoredName };
}

/** Withdraws the applications still before a trial (a move with its stage event, as any other); the résumé is shared with no one. */
function withdrawOpenApplications(tx: Tx, appIds: number[], now: Date, actorId: number | null): { id: number; from: Stage }[] {
  tx.update(applications)
    .set({ resumeShared: false, version: sql`${applications.version} + 1`, updatedAt: now })
    .where(and(inArray(applications.id, appIds), eq(applications.resumeShared, true)))
    .run();
  const open = tx
    .select({ id: applications.id, stage: applications.stage, stageChangedAt: applications.stageChangedAt, roleId: applications.roleId })
    .from(applications)
    .where(and(inArray(applications.id, appIds), inArray(applications.stage, [...preTrialStages])))
    .all();
  for (const app of open) {
    tx.update(applications)
      .set({ stage: "withdrawn", stageChangedAt: now, version: sql`${applications.version} + 1`, updatedAt: now })
      .where(eq(applications.id, app.id))
      .run();
    tx.insert(stageEvents)
      .values({ applicationId: app.id, fromStage: app.stage, toStage: "withdrawn", actorId, fromEnteredAt: app.stageChangedAt, createdAt: now, updatedAt: now })
      .run();
    tx.update(roles).set({ lastActivityAt: now }).where(eq(roles.id, app.roleId)).run();
  }
  return open.map((a) => ({ id: a.id, from: a.stage }));
}

/** The free text about the candidate on their applications; the figures stay. */
function scrubApplications(tx: Tx, appIds: number[], now: Date): void {
  tx.update(applications).set({ rejectionNote: null, updatedAt: now }).where(inArray(applications.id, appIds)).run();
  tx.update(stageEvents).set({ reason: null }).where(inArray(stageEvents.applicationId, appIds)).run();
  tx.update(scorecards).set({ notes: null }).where(inArray(scorecards.applicationId, appIds)).run();
  tx.update(checklistTicks).set({ evidence: ERASED_TEXT }).where(inArray(checklistTicks.applicationId, appIds)).run();
  tx.update(references)
    .set({ name: ERASED_TEXT, relationship: ERASED_TEXT, company: null, email: null, phone: null, answers: "[]", notes: null, updatedAt: now })
    .where(inArray(references.applicationId, appIds))
    .run();
  const trialIds = tx
    .select({ id: trials.id })
    .from(trials)
    .where(inArray(trials.applicationId, appIds))
    .all()
    .map((t) => t.id);
  if (trialIds.length > 0) {
    tx.update(trials).set({ decisionNote: null, updatedAt: now }).where(inArray(trials.id, trialIds)).run();
    tx.update(trialExtensions).set({ reason: ERASED_TEXT }).where(inArray(trialExtensions.trialId, trialIds)).run();
    tx.update(trialReopenings).set({ decisionNote: null, reason: ERASED_TEXT, updatedAt: now }).where(inArray(trialReopenings.trialId, trialIds)).run();
    tx.update(trialCheckIns).set({ note: ERASED_TEXT }).where(inArray(trialCheckIns.trialId, trialIds)).run();
  }
  // Audit rows stay (who did what, when), but the checklist evidence and the referees' names some
  // of them quote are personal data too (a deleted referee's row is found by its application).
  tx.update(auditLog)
    .set({ details: sql`json_remove(${auditLog.details}, '$.evidence', '$.name')` })
    .where(
      and(
        sql`${auditLog.details} is not null`,
        or(
          and(
            eq(auditLog.entityType, "application"),
            inArray(
              auditLog.entityId,
              appIds.map((id) => String(id)),
            ),
          ),
          and(eq(auditLog.entityType, "reference"), inArray(sql`json_extract(${auditLog.details}, '$.applicationId')`, appIds)),
        ),
      ),
    )
    .run();
}
