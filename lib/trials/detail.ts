import "server-only";
import { aliasedTable, and, asc, desc, eq, sql } from "drizzle-orm";
import { inIds, prepared } from "@/lib/db";
import { applications, candidates, organizations, roles, trialCheckIns, trialGoals, trials, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { scopeFor, scopeOf, scopeParams } from "@/lib/access/scope";
import { recordRefusals } from "@/lib/access/refusals";
import { resolveTimeZone } from "@/lib/labels";
import { trialDays } from "./days";
import { listExtensions, listReopenings } from "./decision-queries";

// One trial as /trials/[id] shows it: loaded through the viewer's scope (another company's trial
// is "not found", and the refusal is audited), with only the check-ins the viewer may read. A
// candidate is named, never reached: no contact details leave this module.

const owner = aliasedTable(users, "owner");
const doneBy = aliasedTable(users, "done_by");
const author = aliasedTable(users, "author");

/** The trial row and its people, if the viewer may see it (no refusal audit: commands use it too). */
export function findTrial(viewer: Viewer, id: number) {
  return prepared(`trial:${scopeOf(viewer).shape}`, (d) =>
    d
      .select({
        id: trials.id,
        version: trials.version,
        applicationId: trials.applicationId,
        startsOn: trials.startsOn,
        endsOn: trials.endsOn,
        overlapHours: trials.overlapHours,
        dayOneScope: trials.dayOneScope,
        metrics: trials.metrics,
        outcome: trials.outcome,
        endReason: trials.endReason,
        decisionNote: trials.decisionNote,
        decidedAt: trials.decidedAt,
        decidedById: trials.decidedById,
        candidateId: candidates.id,
        candidateName: candidates.name,
        roleId: roles.id,
        roleTitle: roles.title,
        clientId: organizations.id,
        clientName: organizations.name,
        clientZone: organizations.timezone,
        ownerName: owner.name,
        buddyId: trials.buddyId,
      })
      .from(trials)
      .innerJoin(applications, eq(applications.id, trials.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .innerJoin(organizations, eq(organizations.id, roles.clientId))
      .innerJoin(owner, eq(owner.id, trials.onboardingOwnerId))
      .where(and(eq(trials.id, sql.placeholder("id")), scopeFor(viewer).trials))
      .prepare(),
  ).get({ id, ...scopeParams(viewer) });
}

/** The metrics column is JSON written by the start form: strings, or objects naming one. */
export function parseMetrics(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value
      .map((m) =>
        typeof m === "string" ? m : m && typeof m === "object" ? ((m as Record<string, unknown>).label ?? (m as Record<string, unknown>).name) : null,
      )
      .filter((m): m is string => typeof m === "string" && m.trim().length > 0);
  } catch {
    return [];
  }
}

/** /trials/[id]: the trial, its goals, the check-ins the viewer may read (newest first), extensions and decision. */
export function getTrial(viewer: Viewer, id: number, now: Date) {
  const trial = findTrial(viewer, id);
  if (!trial) {
    recordRefusals(viewer, "trial", [id]);
    return null;
  }
  const goals = prepared("trial-goals", (d) =>
    d
      .select({
        id: trialGoals.id,
        week: trialGoals.week,
        position: trialGoals.position,
        text: trialGoals.text,
        doneAt: trialGoals.doneAt,
        doneByName: doneBy.name,
        version: trialGoals.version,
      })
      .from(trialGoals)
      .leftJoin(doneBy, eq(doneBy.id, trialGoals.doneById))
      .where(eq(trialGoals.trialId, sql.placeholder("id")))
      .orderBy(asc(trialGoals.week), asc(trialGoals.position))
      .prepare(),
  ).all({ id });
  const checkIns = prepared(`trial-check-ins:${scopeOf(viewer).shape}`, (d) =>
    d
      .select({
        id: trialCheckIns.id,
        on: trialCheckIns.on,
        sentiment: trialCheckIns.sentiment,
        visibility: trialCheckIns.visibility,
        note: trialCheckIns.note,
        createdAt: trialCheckIns.createdAt,
        authorName: author.name,
        authorKind: author.kind,
      })
      .from(trialCheckIns)
      .innerJoin(trials, eq(trials.id, trialCheckIns.trialId))
      .innerJoin(applications, eq(applications.id, trials.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .innerJoin(author, eq(author.id, trialCheckIns.authorId))
      .where(and(eq(trialCheckIns.trialId, sql.placeholder("id")), scopeFor(viewer).checkIns))
      .orderBy(desc(trialCheckIns.on), desc(trialCheckIns.id))
      .prepare(),
  ).all({ id, ...scopeParams(viewer) });
  const extensions = listExtensions(id);
  const reopenings = listReopenings(id);
  const zone = resolveTimeZone(trial.clientZone);
  const days = trialDays(
    {
      startsOn: trial.startsOn,
      endsOn: trial.endsOn,
      outcome: trial.outcome,
      zone,
      latestCheckInOn: checkIns[0]?.on ?? null,
      weekOneDone: goals.filter((g) => g.week === 1).map((g) => g.doneAt !== null),
    },
    now,
  );
  // The buddy and the decider by one lookup (two optional people; left joins on aliases of users confuse drizzle's types).
  const named = new Map(
    prepared("user-names", (d) => d.select({ id: users.id, name: users.name }).from(users).where(inIds(users.id, "ids")).prepare())
      .all({ ids: JSON.stringify([trial.buddyId ?? 0, trial.decidedById ?? 0]) })
      .map((u) => [u.id, u.name]),
  );
  const { metrics, clientZone: _zone, buddyId, decidedById, ...rest } = trial;
  return {
    ...rest,
    buddyName: buddyId ? (named.get(buddyId) ?? null) : null,
    decidedByName: decidedById ? (named.get(decidedById) ?? null) : null,
    zone,
    metrics: parseMetrics(metrics),
    days,
    goals,
    checkIns,
    extensions,
    reopenings,
  };
}

export type TrialDetail = NonNullable<ReturnType<typeof getTrial>>;
