import "server-only";
import fs from "node:fs";
import { and, asc, eq, inArray, ne, or, sql, type Column } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import { db } from "@/lib/db";
import {
  applications,
  auditLog,
  candidateSkills,
  candidates,
  checklistTicks,
  interviewers,
  interviews,
  notes,
  organizations,
  references,
  roles,
  stageEvents,
  trialCheckIns,
  trialExtensions,
  trialReopenings,
  trialGoals,
  trials,
  users,
} from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { interviewCondition } from "@/lib/access/evaluation";
import { scopeWhere } from "@/lib/access/scope";
import { getCandidate } from "@/lib/candidates/queries";
import { downloadName, resumePath } from "@/lib/candidates/resume";
import { listScorecards, owesScorecard } from "@/lib/evaluation/scorecards";

// A data-subject access request: everything held about one candidate, as one JSON document and
// the résumé file, zipped. Every read goes through the viewer's scope (the export is an admin's,
// whose scope is the whole agency, but the rule lives in one place all the same).

const parseJson = (text: string | null): unknown => {
  if (text == null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** Why an admin who owes a scorecard on the candidate cannot export them yet. */
export const OWES_SCORECARD =
  "You owe a scorecard on one of this candidate's applications: a complete export would show you the other interviewers' scorecards before you submit yours. Submit it first, or ask another admin to export.";

/**
 * Whether the export must wait: a candidate's data handed over is all of it, and the blind rule
 * keeps the others' scorecards from an admin who still owes one on the candidate (lib/access).
 */
export function exportRefusal(viewer: Viewer, candidateId: number): string | null {
  const ids = db()
    .select({ id: applications.id })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(eq(applications.candidateId, candidateId), scopeWhere(viewer).applications))
    .all();
  return ids.some((a) => owesScorecard(viewer, a.id)) ? OWES_SCORECARD : null;
}

/** The candidate's data as the export's JSON, or undefined when the viewer may not see them (or must wait: exportRefusal). */
export function collectCandidateData(viewer: Viewer, candidateId: number) {
  if (!can(viewer, "candidates:export-personal-data") || !getCandidate(viewer, candidateId)) return undefined;
  // Never a partial export: the caller says why (exportRefusal).
  if (exportRefusal(viewer, candidateId)) return undefined;
  const scope = scopeWhere(viewer);
  const d = db();
  const { resumeStoredName: _stored, ...profile } = d.select().from(candidates).where(eq(candidates.id, candidateId)).get()!;
  const skills = d
    .select({ skill: candidateSkills.skill })
    .from(candidateSkills)
    .where(eq(candidateSkills.candidateId, candidateId))
    .all()
    .map((s) => s.skill);

  const apps = d
    .select({ application: applications, roleTitle: roles.title, client: organizations.name })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .where(and(eq(applications.candidateId, candidateId), scope.applications))
    .orderBy(asc(applications.createdAt))
    .all();
  const appIds = apps.map((a) => a.application.id);
  const inApps = (column: Column) => (appIds.length ? inArray(column, appIds) : sql`0`);

  const events = d
    .select({ event: stageEvents })
    .from(stageEvents)
    .innerJoin(applications, eq(applications.id, stageEvents.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(inApps(stageEvents.applicationId), scope.stageEvents))
    .orderBy(asc(stageEvents.createdAt))
    .all()
    .map((e) => e.event);
  const noteRows = d
    .select({ note: notes })
    .from(notes)
    .leftJoin(applications, eq(applications.id, notes.applicationId))
    .leftJoin(roles, eq(roles.id, applications.roleId))
    .where(and(eq(notes.candidateId, candidateId), scope.notes))
    .orderBy(asc(notes.createdAt))
    .all()
    .map((n) => n.note);
  const interviewRows = d
    .select({ interview: interviews })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(inApps(interviews.applicationId), interviewCondition(viewer)))
    .orderBy(asc(interviews.startsAt))
    .all()
    .map((i) => i.interview);
  const interviewerRows = interviewRows.length
    ? d
        .select()
        .from(interviewers)
        .where(
          inArray(
            interviewers.interviewId,
            interviewRows.map((i) => i.id),
          ),
        )
        .all()
    : [];
  const scorecardRows = appIds.flatMap((id) => listScorecards(viewer, id));
  const ticks = can(viewer, "evaluation:view-details") ? d.select().from(checklistTicks).where(inApps(checklistTicks.applicationId)).all() : [];
  const referenceRows = can(viewer, "references:manage")
    ? d
        .select()
        .from(references)
        .where(inApps(references.applicationId))
        .all()
        .map((r) => ({ ...r, answers: parseJson(r.answers) }))
    : [];

  const trialRows = d
    .select()
    .from(trials)
    .where(and(inApps(trials.applicationId), scope.trials))
    .all();
  const trialIds = trialRows.map((t) => t.id);
  const inTrials = (column: Column) => (trialIds.length ? inArray(column, trialIds) : sql`0`);
  const checkIns = d
    .select({ checkIn: trialCheckIns })
    .from(trialCheckIns)
    .innerJoin(trials, eq(trials.id, trialCheckIns.trialId))
    .where(and(inTrials(trialCheckIns.trialId), scope.checkIns))
    .all()
    .map((c) => c.checkIn);

  const about = (type: string, ids: number[]) => (ids.length ? and(eq(auditLog.entityType, type), inArray(auditLog.entityId, ids.map(String))) : undefined);
  // What was done with the candidate's records; not the staff's addresses, nor who was turned away (access.denied).
  const audit = d
    .select({
      id: auditLog.id,
      actorId: auditLog.actorId,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .where(
      and(
        ne(auditLog.action, "access.denied"),
        or(
          about("candidate", [candidateId]),
          about("resume", [candidateId]),
          about("application", appIds),
          about(
            "interview",
            interviewRows.map((i) => i.id),
          ),
          about(
            "scorecard",
            scorecardRows.map((s) => s.id),
          ),
          about(
            "reference",
            referenceRows.map((r) => r.id),
          ),
          about("trial", trialIds),
          about(
            "note",
            noteRows.map((n) => n.id),
          ),
        ),
      ),
    )
    .orderBy(asc(auditLog.createdAt), asc(auditLog.id))
    .all();

  const peopleIds = new Set<number>(
    [
      profile.ownerId,
      ...apps.map((a) => a.application.ownerId),
      ...events.map((e) => e.actorId),
      ...noteRows.map((n) => n.authorId),
      ...interviewerRows.map((i) => i.userId),
      ...trialRows.flatMap((t) => [t.onboardingOwnerId, t.buddyId, t.decidedById]),
      ...checkIns.map((c) => c.authorId),
      ...audit.map((a) => a.actorId),
    ].filter((id): id is number => typeof id === "number"),
  );
  const people = peopleIds.size
    ? d
        .select({ id: users.id, name: users.name, company: organizations.name })
        .from(users)
        .innerJoin(organizations, eq(organizations.id, users.organizationId))
        .where(inArray(users.id, [...peopleIds]))
        .all()
    : [];

  return {
    exportedAt: new Date().toISOString(),
    exportedBy: { id: viewer.id, name: viewer.name },
    candidate: { ...profile, skillTags: skills },
    applications: apps.map(({ application, roleTitle, client }) => ({
      ...application,
      role: { id: application.roleId, title: roleTitle, client },
      stageHistory: events.filter((e) => e.applicationId === application.id),
      interviews: interviewRows
        .filter((i) => i.applicationId === application.id)
        .map((i) => ({
          ...i,
          interviewerIds: interviewerRows
            .filter((r) => r.interviewId === i.id)
            .map((r) => r.userId)
            .sort((x, y) => x - y),
        })),
      scorecards: scorecardRows.filter((s) => s.applicationId === application.id),
      checklist: ticks.filter((t) => t.applicationId === application.id),
      references: referenceRows.filter((r) => r.applicationId === application.id),
      trials: trialRows
        .filter((t) => t.applicationId === application.id)
        .map((t) => ({
          ...t,
          metrics: parseJson(t.metrics),
          extensions: d.select().from(trialExtensions).where(eq(trialExtensions.trialId, t.id)).all(),
          reopenings: d.select().from(trialReopenings).where(eq(trialReopenings.trialId, t.id)).all(),
          goals: d.select().from(trialGoals).where(eq(trialGoals.trialId, t.id)).all(),
          checkIns: checkIns.filter((c) => c.trialId === t.id),
        })),
    })),
    notes: noteRows,
    auditLog: audit,
    people,
  };
}

export type CandidateExport = NonNullable<ReturnType<typeof collectCandidateData>>;

/** The zip: candidate.json, and the résumé file when there is one (and it is still on disk). */
export function exportZip(data: CandidateExport, resumeStoredName: string | null): Uint8Array {
  const files: Record<string, Uint8Array> = { "candidate.json": strToU8(JSON.stringify(data, null, 2)) };
  if (resumeStoredName) {
    try {
      const ext = resumeStoredName.split(".").pop() ?? "pdf";
      files[downloadName(data.candidate.name, ext)] = new Uint8Array(fs.readFileSync(resumePath(resumeStoredName)));
    } catch {
      // A file missing from disk is told in the JSON's resumeFileName, and the rest still exports.
    }
  }
  return zipSync(files, { level: 6 });
}

/** The stored résumé's name, read after the scoped load (the export carries the file itself). */
export function storedResumeName(candidateId: number): string | null {
  return db().select({ name: candidates.resumeStoredName }).from(candidates).where(eq(candidates.id, candidateId)).get()?.name ?? null;
}
