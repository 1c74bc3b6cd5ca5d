import "server-only";
import { hiredCountSql } from "@/lib/roles/seats";
import { aliasedTable, and, asc, desc, eq, sql } from "drizzle-orm";
import { prepared } from "@/lib/db";
import {
  applications,
  candidates,
  organizations,
  roles,
  trialExtensions,
  trialReopenings,
  trials,
  users,
  type RoleStatus,
  type RoleType,
  type Stage,
  type Trial,
} from "@/db/schema";
import type { ScopeSubject } from "@/lib/access/scope";
import { scopeFor, scopeOf, scopeParams } from "@/lib/access/scope";

// Loads for the decision: the trial with what deciding needs (its application and role), always
// through the viewer's trial scope, so another company's trial is simply not found.

export type DecisionTrial = Pick<
  Trial,
  "id" | "version" | "applicationId" | "startsOn" | "endsOn" | "outcome" | "endReason" | "decisionNote" | "decidedAt" | "decidedById"
> & {
  application: { id: number; stage: Stage; stageChangedAt: Date; version: number; submittedAt: Date | null; candidateName: string };
  role: {
    id: number;
    title: string;
    type: RoleType;
    status: RoleStatus;
    headcount: number;
    /** Applications hired on the role: a conversion with every seat taken raises the headcount. */
    hired: number;
    version: number;
    clientTimezone: string | null;
  };
};

/** The trial if the viewer may see it, else undefined. */
export function getDecisionTrial(viewer: ScopeSubject, trialId: number): DecisionTrial | undefined {
  const row = prepared(`decision-trial:${scopeOf(viewer).shape}`, (d) =>
    d
      .select({
        id: trials.id,
        version: trials.version,
        applicationId: trials.applicationId,
        startsOn: trials.startsOn,
        endsOn: trials.endsOn,
        outcome: trials.outcome,
        endReason: trials.endReason,
        decisionNote: trials.decisionNote,
        decidedAt: trials.decidedAt,
        decidedById: trials.decidedById,
        appStage: applications.stage,
        appStageChangedAt: applications.stageChangedAt,
        appVersion: applications.version,
        submittedAt: applications.submittedAt,
        candidateName: candidates.name,
        roleId: roles.id,
        roleTitle: roles.title,
        roleType: roles.type,
        roleStatus: roles.status,
        headcount: roles.headcount,
        hired: hiredCountSql(roles.id),
        roleVersion: roles.version,
        clientTimezone: organizations.timezone,
      })
      .from(trials)
      .innerJoin(applications, eq(applications.id, trials.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .innerJoin(organizations, eq(organizations.id, roles.clientId))
      .where(and(eq(trials.id, sql.placeholder("id")), scopeFor(viewer).trials))
      .prepare(),
  ).get({ id: trialId, ...scopeParams(viewer) });
  if (!row) return undefined;
  const {
    appStage,
    appStageChangedAt,
    appVersion,
    submittedAt,
    candidateName,
    roleId,
    roleTitle,
    roleType,
    roleStatus,
    headcount,
    hired,
    roleVersion,
    clientTimezone,
    ...trial
  } = row;
  return {
    ...trial,
    application: { id: trial.applicationId, stage: appStage, stageChangedAt: appStageChangedAt, version: appVersion, submittedAt, candidateName },
    role: { id: roleId, title: roleTitle, type: roleType, status: roleStatus, headcount, hired, version: roleVersion, clientTimezone },
  };
}

const actor = aliasedTable(users, "actor");

export type ExtensionView = { id: number; previousEndsOn: string; endsOn: string; reason: string; by: string | null; at: Date };

/** A trial's extensions, oldest first (the caller has loaded the trial through the viewer's scope). */
export function listExtensions(trialId: number): ExtensionView[] {
  return prepared("trial-extensions", (d) =>
    d
      .select({
        id: trialExtensions.id,
        previousEndsOn: trialExtensions.previousEndsOn,
        endsOn: trialExtensions.endsOn,
        reason: trialExtensions.reason,
        by: actor.name,
        at: trialExtensions.createdAt,
      })
      .from(trialExtensions)
      .leftJoin(actor, eq(actor.id, trialExtensions.actorId))
      .where(eq(trialExtensions.trialId, sql.placeholder("trial")))
      .orderBy(asc(trialExtensions.id))
      .prepare(),
  ).all({ trial: trialId });
}

const decider = aliasedTable(users, "decider");

export type ReopeningView = {
  id: number;
  outcome: NonNullable<Trial["outcome"]>;
  endReason: Trial["endReason"];
  decisionNote: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  reason: string;
  by: string | null;
  at: Date;
};

/** The decisions an admin reopened on a trial, oldest first (the caller has loaded the trial through the viewer's scope). */
export function listReopenings(trialId: number): ReopeningView[] {
  return prepared("trial-reopenings", (d) =>
    d
      .select({
        id: trialReopenings.id,
        outcome: trialReopenings.outcome,
        endReason: trialReopenings.endReason,
        decisionNote: trialReopenings.decisionNote,
        decidedAt: trialReopenings.decidedAt,
        decidedBy: decider.name,
        reason: trialReopenings.reason,
        by: actor.name,
        at: trialReopenings.createdAt,
      })
      .from(trialReopenings)
      .leftJoin(decider, eq(decider.id, trialReopenings.decidedById))
      .leftJoin(actor, eq(actor.id, trialReopenings.actorId))
      .where(eq(trialReopenings.trialId, sql.placeholder("trial")))
      .orderBy(asc(trialReopenings.id))
      .prepare(),
  ).all({ trial: trialId });
}

export type ApplicationTrial = { id: number; startsOn: string; endsOn: string; outcome: Trial["outcome"] };

/** The application's latest trial the viewer may see (the application page links to it). */
export function trialOfApplication(viewer: ScopeSubject, applicationId: number): ApplicationTrial | undefined {
  return prepared(`application-trial:${scopeOf(viewer).shape}`, (d) =>
    d
      .select({ id: trials.id, startsOn: trials.startsOn, endsOn: trials.endsOn, outcome: trials.outcome })
      .from(trials)
      .innerJoin(applications, eq(applications.id, trials.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .where(and(eq(trials.applicationId, sql.placeholder("application")), scopeFor(viewer).trials))
      .orderBy(desc(trials.id))
      .prepare(),
  ).get({ application: applicationId, ...scopeParams(viewer) });
}
