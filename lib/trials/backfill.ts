import "server-only";
import { and, asc, eq, inArray, isNull, ne, notInArray, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, candidates, roles, scorecards, stageEvents, trials, type RoleType, type Stage } from "@/db/schema";
import { Conflict, fail, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { can } from "@/lib/access";
import { recordRefusals } from "@/lib/access/refusals";
import { summaryRowsCondition } from "@/lib/access/evaluation";
import { scopeWhere, type ScopeSubject } from "@/lib/access/scope";
import { roleLoop, typeWeights } from "@/lib/evaluation/loops";
import { scoreApplication, type Score } from "@/lib/evaluation/score";
import { parseRatings } from "@/lib/evaluation/scorecards";
import { moveApplications } from "@/lib/pipeline/commands";
import { getDecisionTrial } from "./decision-queries";
import type { BackfillInput } from "./decision-schemas";

// The backfill after an ended trial: the role's runners-up — other applications on it that once
// reached Client interview or Offer — with their weighted score (the comparison's own scoring:
// the role loop's weights over the current submitted scorecards), each one click from being back
// in the pipeline. The agency's work (those who may start trials); never shown to a client.

/** The stages a runner-up reached: the client had met them. */
export const RUNNER_UP_STAGES: readonly Stage[] = ["client_interview", "offer"];
/** Where a backfilled runner-up goes back to. */
export const BACKFILL_STAGE: Stage = "client_interview";
const RUNNERS_UP_SHOWN = 20;

export type RunnerUp = { applicationId: number; version: number; candidateName: string; stage: Stage; score: Score | null; canMoveBack: boolean };

/** Runners-up of the role (not the trial's own application), best score first. */
export function listRunnersUp(viewer: ScopeSubject, role: { id: number; type: RoleType }, exceptApplicationId: number): RunnerUp[] {
  if (!can(viewer, "trials:start")) return [];
  // Correlated on the application (stage events are indexed by application, not by stage): the role's few applications are probed, never every event.
  const reached = sql`exists (select 1 from ${stageEvents} where ${stageEvents.applicationId} = ${applications.id} and ${inArray(stageEvents.toStage, [...RUNNER_UP_STAGES])})`;
  const rows = db()
    .select({ id: applications.id, version: applications.version, name: candidates.name, stage: applications.stage })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(
      and(
        eq(applications.roleId, role.id),
        ne(applications.id, exceptApplicationId),
        notInArray(applications.stage, ["trial", "hired"]),
        reached,
        scopeWhere(viewer).applications,
      ),
    )
    .orderBy(asc(candidates.name))
    .limit(200)
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const ratings = new Map<number, ReturnType<typeof parseRatings>[]>();
  for (const s of db()
    .select({ applicationId: scorecards.applicationId, ratings: scorecards.ratings })
    .from(scorecards)
    .where(
      and(
        inArray(scorecards.applicationId, ids),
        eq(scorecards.status, "submitted"),
        isNull(scorecards.supersededAt),
        summaryRowsCondition(viewer, scorecards.applicationId),
      ),
    )
    .all()) {
    ratings.set(s.applicationId, [...(ratings.get(s.applicationId) ?? []), parseRatings(s.ratings)]);
  }
  const weights = roleLoop(role).weights;
  const types = typeWeights();
  return rows
    .map((r) => {
      const cards = ratings.get(r.id);
      const scored = cards ? scoreApplication(cards, weights, types) : null;
      return {
        applicationId: r.id,
        version: r.version,
        candidateName: r.name,
        stage: r.stage,
        score: scored ? { score: scored.score, coverage: scored.coverage } : null,
        canMoveBack: !RUNNER_UP_STAGES.includes(r.stage),
      };
    })
    .sort((a, b) => (b.score?.score ?? -1) - (a.score?.score ?? -1) || a.candidateName.localeCompare(b.candidateName))
    .slice(0, RUNNERS_UP_SHOWN);
}

/**
 * Moves one runner-up back to Client interview: a normal, version-checked move through the
 * transition registry, with `trial.backfill` audited and a filled role reopened in the same
 * transaction.
 */
export function backfillRunnerUp(input: BackfillInput, ctx: ActionContext): ActionResult<{ moved: number }> {
  const { viewer } = ctx;
  if (!can(viewer, "trials:start")) return notFound();
  const trial = getDecisionTrial(viewer, input.trialId);
  if (!trial) {
    recordRefusals(viewer, "trial", [input.trialId]);
    return notFound();
  }
  if (trial.outcome !== "ended") return fail("A backfill follows an ended trial.");
  const role = trial.role;
  const runnerUp = listRunnersUp(viewer, role, trial.applicationId).find((r) => r.applicationId === input.applicationId);
  if (!runnerUp) return notFound();
  if (!runnerUp.canMoveBack) return fail(`${runnerUp.candidateName} is already in the pipeline.`);
  const result = moveApplications(
    {
      roleId: role.id,
      to: BACKFILL_STAGE,
      applications: [{ id: input.applicationId, version: input.applicationVersion }],
      note: "Backfill after a trial ended",
    },
    ctx,
    (tx, now) => {
      // A reopen at the same moment puts the trial back in play: then there is nothing to backfill.
      const still = tx.select({ version: trials.version }).from(trials).where(eq(trials.id, trial.id)).get();
      if (still?.version !== trial.version) throw new Conflict("Someone else changed this trial meanwhile; reload to see the change.");
      ctx.audit(tx, { action: "trial.backfill", entityType: "trial", entityId: trial.id, details: { applicationId: input.applicationId } });
      const reopened = tx
        .update(roles)
        .set({ status: "open", version: sql`${roles.version} + 1`, updatedAt: now })
        .where(and(eq(roles.id, role.id), eq(roles.status, "filled")))
        .run().changes;
      if (reopened) ctx.audit(tx, { action: "role.status", entityType: "role", entityId: role.id, details: { from: "filled", to: "open", trialId: trial.id } });
    },
  );
  return result.ok ? ok(result.data, `${runnerUp.candidateName} is back in Client interview.`) : result;
}
