import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, roles, stageEvents, type Stage } from "@/db/schema";
import type { Tx } from "@/db/client";
import { Conflict, fail, isUniqueViolation, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { getCandidate } from "@/lib/candidates/queries";
import { getRole } from "@/lib/roles/queries";
import { getApplications } from "./queries";
import type { MoveInput } from "./schemas";
import { clientVisibleStages, needsSubmission, stageLabels, SUBMIT_FIRST } from "./stages";
import { checkTransition, mayUndoOwnMove, prepareTransition, type MoveEffect } from "./transitions";
import { movesUndoneBy, type UndoneMove } from "./undo";

const CONFLICT = "Someone else moved this candidate meanwhile; reload to see the change.";

/** Puts a candidate on a role at `sourced`; a candidate is on a role at most once. */
export function addCandidateToRole(
  { roleId, candidateId }: { roleId: number; candidateId: number },
  { viewer, audit }: ActionContext,
): ActionResult<{ id: number }> {
  const role = getRole(viewer, roleId);
  const candidate = getCandidate(viewer, candidateId);
  if (!role || !candidate) return notFound();
  if (role.status === "filled" || role.status === "closed") return fail(`This role is ${role.status}; reopen it to add candidates.`);
  const existing = db()
    .select({ id: applications.id, stage: applications.stage })
    .from(applications)
    .where(and(eq(applications.roleId, roleId), eq(applications.candidateId, candidateId)))
    .get();
  if (existing) return fail(`${candidate.name} is already on this role (${stageLabels[existing.stage]}).`);
  const insert = () =>
    db().transaction((tx) => {
      const now = new Date();
      const app = tx
        .insert(applications)
        .values({ roleId, candidateId, stage: "sourced", stageChangedAt: now, ownerId: viewer.id })
        .returning({ id: applications.id })
        .get();
      tx.insert(stageEvents).values({ applicationId: app.id, fromStage: null, toStage: "sourced", actorId: viewer.id, createdAt: now }).run();
      tx.update(roles).set({ lastActivityAt: now }).where(eq(roles.id, roleId)).run();
      audit(tx, { action: "application.create", entityType: "application", entityId: app.id, details: { roleId, candidateId } });
      return app;
    });
  try {
    return ok(insert(), `Added ${candidate.name} to ${role.title}.`);
  } catch (error) {
    if (isUniqueViolation(error)) return fail(`${candidate.name} is already on this role.`);
    throw error;
  }
}

/** An application as a move needs it: where it is, the version the mover saw, and when it was first submitted. */
export type Movable = { id: number; stage: Stage; submittedAt: Date | null; stageChangedAt: Date };

/**
 * The writes of one move, inside the caller's transaction: the stage (version-checked: a stale
 * version throws Conflict and rolls everything back), its stage event and its audit row. Every
 * stage change goes through here — a move from the board, and a trial's decision alike.
 */
export function writeMove(tx: Tx, app: Movable, move: { to: Stage; version: number; effect: MoveEffect; ctx: ActionContext; now: Date; undoes?: UndoneMove }) {
  const { to, version, effect, ctx, now } = move;
  const changed = tx
    .update(applications)
    .set({
      stage: to,
      // An undone move gives back the time the application had entered its stage (./undo).
      stageChangedAt: move.undoes?.fromEnteredAt ?? now,
      submittedAt: app.submittedAt ?? (clientVisibleStages.includes(to) ? now : null),
      rejectionReason: effect.rejectionReason,
      rejectionNote: effect.rejectionNote,
      ...(effect.resumeShared === undefined ? {} : { resumeShared: effect.resumeShared }),
      version: sql`${applications.version} + 1`,
    })
    .where(and(eq(applications.id, app.id), eq(applications.version, version)))
    .run().changes;
  if (changed === 0) throw new Conflict(CONFLICT);
  tx.insert(stageEvents)
    .values({
      applicationId: app.id,
      fromStage: app.stage,
      toStage: to,
      actorId: ctx.viewer.id,
      reason: effect.eventReason,
      fromEnteredAt: app.stageChangedAt,
      undoesId: move.undoes?.eventId,
      createdAt: now,
    })
    .run();
  ctx.audit(tx, {
    action: "application.move",
    entityType: "application",
    entityId: app.id,
    details: {
      from: app.stage,
      to,
      reason: effect.rejectionReason,
      ...(effect.resumeShared === undefined ? {} : { resumeShared: effect.resumeShared }),
      // The Undo of the viewer's own move just made (which they may take back where the stage rules would refuse).
      ...(move.undoes ? { undo: true } : {}),
    },
  });
}

/**
 * Moves one or more applications of a role to a stage, all or nothing: each must be visible to
 * the viewer, unchanged since the viewer saw it (version), allowed by the transition registry, and
 * the move's input valid for its target (a rejection's reason, say). `alongside` writes more in
 * the same transaction (a backfill's audit row and the role it reopens).
 */
export function moveApplications(
  request: MoveInput,
  ctx: ActionContext,
  alongside?: (tx: Tx, now: Date) => void,
): ActionResult<{ moved: number; trialId?: number }> {
  const { viewer } = ctx;
  const { roleId, to } = request;
  const ids = [...new Set(request.applications.map((a) => a.id))];
  const found = getApplications(viewer, ids);
  if (found.length !== ids.length || found.some((a) => a.roleId !== roleId)) return notFound();
  const versions = new Map(request.applications.map((a) => [a.id, a.version]));
  // The version first: a stale board is told someone else moved the card, not a stage rule that
  // only fails because of that other move (e.g. "Already in Client interview").
  if (found.some((app) => app.version !== versions.get(app.id))) throw new Conflict(CONFLICT);
  const now = new Date();
  // An Undo: the moves it takes back (read before the writes; a move since would have changed the version).
  const undone = request.undo ? movesUndoneBy(db(), ids, to, now, viewer.id) : null;
  // A bulk move is all or nothing: its refusal names the candidate it is refused for.
  const refuse = (app: (typeof found)[number], reason: string) => fail(found.length > 1 ? `${app.candidateName}: ${reason}. No one was moved.` : reason);
  for (const app of found) {
    const check = checkTransition(viewer.kind, app.stage, to);
    const own = undone?.get(app.id);
    const undoesOwnMove = own?.toStage === app.stage && mayUndoOwnMove(to, app.stage);
    if (!check.ok && !undoesOwnMove) return refuse(app, check.reason);
    // Back from Rejected or Withdrawn to the client's stages: only where the client has met the candidate.
    if (needsSubmission(to) && !app.submittedAt) return refuse(app, SUBMIT_FIRST);
  }
  // An Undo carries no form: the move back asks nothing (and a hiring manager's Undo to Submitted
  // must not decide the résumé's sharing, which only the agency may).
  const transition = prepareTransition(to, request.undo ? {} : request, { applicationIds: ids, viewer });
  if (!transition.ok) {
    const { _form, ...fieldErrors } = transition.fieldErrors;
    // The dialog has closed by now: the toast names the first problem.
    return fail(_form ?? Object.values(fieldErrors)[0] ?? "Please correct the highlighted fields.", fieldErrors);
  }

  // A trial starts for one application at a time (its plan is that candidate's): the answer names it.
  let trialId: number | undefined;
  db().transaction((tx) => {
    for (const app of found) {
      const effect = transition.perform(tx, { applicationId: app.id, from: app.stage, ctx, now });
      writeMove(tx, app, { to, version: versions.get(app.id)!, effect, ctx, now, undoes: undone?.get(app.id) });
      trialId = effect.trialId ?? trialId;
    }
    tx.update(roles).set({ lastActivityAt: now }).where(eq(roles.id, roleId)).run();
    alongside?.(tx, now);
  });
  const n = found.length;
  return ok({ moved: n, ...(trialId === undefined ? {} : { trialId }) }, `Moved ${n === 1 ? "1 candidate" : `${n} candidates`} to ${stageLabels[to]}.`);
}
