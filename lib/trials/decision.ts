import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { db } from "@/lib/db";
import { applications, roles, trialExtensions, trialReopenings, trials, type RoleStatus } from "@/db/schema";
import { Conflict, fail, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { can } from "@/lib/access";
import { recordRefusals } from "@/lib/access/refusals";
import { resolveTimeZone } from "@/lib/labels";
import { writeMove } from "@/lib/pipeline/commands";
import { stageLabels } from "@/lib/pipeline/stages";
import { daysBetween } from "./calendar";
import { todayIn } from "./days";
import { extendedLabel, endReasonLabels, formatDay } from "./labels";
import { getDecisionTrial, type DecisionTrial } from "./decision-queries";
import type { DecideTrialInput, ReopenTrialInput } from "./decision-schemas";

// A trial's decision: convert (the application is hired), extend (a new end; not final) or end
// (the application is rejected). Each is one transaction: the trial (version-checked), the
// application's move through the pipeline's own writes (stage event and audit as any move), the
// role's status when a hire fills it, and the decision's audit row. Final unless an admin reopens.

const CONFLICT = "Someone else changed this trial meanwhile; reload to see the change.";
/** The longest an extension may take the trial, counted from its start. */
export const MAX_EXTENDED_DAYS = 90;

function hiredOn(tx: Tx, roleId: number): number {
  return tx
    .select({ n: count() })
    .from(applications)
    .where(and(eq(applications.roleId, roleId), eq(applications.stage, "hired")))
    .get()!.n;
}

/** Sets the role's status (from the one expected: a concurrent edit of the role wins) and audits it. */
function setRoleStatus(tx: Tx, trial: DecisionTrial, from: RoleStatus, to: "open" | "filled", ctx: ActionContext, now: Date) {
  const changed = tx
    .update(roles)
    .set({ status: to, version: sql`${roles.version} + 1`, updatedAt: now, lastActivityAt: now })
    .where(and(eq(roles.id, trial.role.id), eq(roles.status, from)))
    .run().changes;
  if (changed) ctx.audit(tx, { action: "role.status", entityType: "role", entityId: trial.role.id, details: { from, to, trialId: trial.id } });
}

/** Marks the trial decided (or reopened) if it is still at the version the user saw. */
function updateTrial(tx: Tx, trial: DecisionTrial, version: number, values: Partial<typeof trials.$inferInsert>) {
  const changed = tx
    .update(trials)
    .set({ ...values, version: sql`${trials.version} + 1`, updatedAt: new Date() })
    .where(and(eq(trials.id, trial.id), eq(trials.version, version)))
    .run().changes;
  if (changed === 0) throw new Conflict(CONFLICT);
}

/** Records a decision on a trial the viewer may see and decide. */
export function decideTrial(input: DecideTrialInput, ctx: ActionContext): ActionResult<{ outcome: DecideTrialInput["outcome"] }> {
  const { viewer } = ctx;
  const trial = getDecisionTrial(viewer, input.trialId);
  if (!trial) {
    recordRefusals(viewer, "trial", [input.trialId]);
    return notFound();
  }
  if (!can(viewer, "trials:decide")) return fail("You cannot record a trial's decision.");
  if (trial.version !== input.version) throw new Conflict(CONFLICT);
  if (trial.outcome) return fail("This trial's decision is already recorded; only an admin can reopen it.");
  const app = trial.application;
  if (app.stage !== "trial") return fail(`The candidate is in ${stageLabels[app.stage]}, not Trial; reload the page.`);
  const decided = { decidedAt: new Date(), decidedById: viewer.id };

  if (input.outcome === "extended") {
    if (input.endsOn <= trial.endsOn)
      return fail("Please correct the highlighted fields.", { endsOn: `The new end date must be after the current one (${formatDay(trial.endsOn)})` });
    // An overdue trial is extended into the future, not to another day already past.
    const today = todayIn(resolveTimeZone(trial.role.clientTimezone), new Date());
    if (input.endsOn < today) return fail("Please correct the highlighted fields.", { endsOn: "The new end must be today or later" });
    if (daysBetween(trial.startsOn, input.endsOn) > MAX_EXTENDED_DAYS)
      return fail("Please correct the highlighted fields.", { endsOn: `With its extensions a trial lasts at most ${MAX_EXTENDED_DAYS} days from its start` });
    db().transaction((tx) => {
      updateTrial(tx, trial, input.version, { endsOn: input.endsOn });
      tx.insert(trialExtensions)
        .values({ trialId: trial.id, previousEndsOn: trial.endsOn, endsOn: input.endsOn, reason: input.reason, actorId: viewer.id })
        .run();
      ctx.audit(tx, { action: "trial.extend", entityType: "trial", entityId: trial.id, details: { from: trial.endsOn, to: input.endsOn } });
    });
    return ok({ outcome: "extended" }, `${extendedLabel(input.endsOn)}.`);
  }

  const now = decided.decidedAt;
  if (input.outcome === "converted") {
    // Every seat already taken (two trials ran for one seat, say): the role's headcount is the
    // client's to raise first, on the role's page, rather than a hire making it "2 of 1 hired".
    // Checked again inside the transaction: another trial may have converted since the page was drawn.
    const fullRefusal = (hired: number) =>
      fail(
        `Every seat on ${trial.role.title} is taken (${hired} of ${trial.role.headcount} hired): raise its headcount on the role's page first, then convert.`,
      );
    if (trial.role.hired >= trial.role.headcount) return fullRefusal(trial.role.hired);
    const outcome = db().transaction((tx) => {
      const before = hiredOn(tx, trial.role.id);
      if (before >= trial.role.headcount) return { refused: before, filled: false };
      updateTrial(tx, trial, input.version, { outcome: "converted", decisionNote: input.note || null, endReason: null, ...decided });
      const effect = { rejectionReason: null, rejectionNote: null, eventReason: "Trial converted to a hire" };
      writeMove(tx, app, { to: "hired", version: app.version, effect, ctx, now });
      // An open role, or one put on hold meanwhile, is filled once its hires reach its headcount.
      const fills = before + 1 >= trial.role.headcount && (trial.role.status === "open" || trial.role.status === "on_hold");
      if (fills) setRoleStatus(tx, trial, trial.role.status, "filled", ctx, now);
      tx.update(roles).set({ lastActivityAt: now }).where(eq(roles.id, trial.role.id)).run();
      ctx.audit(tx, { action: "trial.convert", entityType: "trial", entityId: trial.id, details: { applicationId: app.id, roleFilled: fills } });
      return { refused: null, filled: fills };
    });
    if (outcome.refused !== null) return fullRefusal(outcome.refused);
    return ok({ outcome: "converted" }, `${app.candidateName} is hired${outcome.filled ? `; ${trial.role.title} is now filled` : ""}.`);
  }

  const reason = endReasonLabels[input.endReason];
  db().transaction((tx) => {
    updateTrial(tx, trial, input.version, { outcome: "ended", endReason: input.endReason, decisionNote: input.note || null, ...decided });
    const effect = {
      rejectionReason: "trial_ended" as const,
      rejectionNote: input.note || null,
      eventReason: [`Trial ended: ${reason}`, input.note].filter(Boolean).join(": "),
    };
    writeMove(tx, app, { to: "rejected", version: app.version, effect, ctx, now });
    tx.update(roles).set({ lastActivityAt: now }).where(eq(roles.id, trial.role.id)).run();
    ctx.audit(tx, { action: "trial.end", entityType: "trial", entityId: trial.id, details: { applicationId: app.id, reason: input.endReason } });
  });
  return ok({ outcome: "ended" }, `Trial ended; ${app.candidateName} moved to Rejected.`);
}

/**
 * Undoes a decision (admins): the trial is undecided again and its application back in Trial.
 * A role this hire filled reopens. Refused when the application has moved on since the decision
 * (reopening would silently undo that later move).
 */
export function reopenTrial(input: ReopenTrialInput, ctx: ActionContext): ActionResult {
  const { viewer } = ctx;
  const trial = getDecisionTrial(viewer, input.trialId);
  if (!trial) {
    recordRefusals(viewer, "trial", [input.trialId]);
    return notFound();
  }
  if (!can(viewer, "trials:reopen")) return fail("Only an admin can reopen a trial's decision.");
  if (trial.version !== input.version) throw new Conflict(CONFLICT);
  const outcome = trial.outcome;
  if (!outcome) return fail("This trial has no decision to reopen.");
  const app = trial.application;
  const expected = outcome === "converted" ? "hired" : "rejected";
  if (app.stage !== expected) return fail(`The candidate has moved on to ${stageLabels[app.stage]} since the decision; move them back first.`);
  const now = new Date();
  db().transaction((tx) => {
    updateTrial(tx, trial, input.version, { outcome: null, endReason: null, decisionNote: null, decidedAt: null, decidedById: null });
    writeMove(tx, app, {
      to: "trial",
      version: app.version,
      effect: { rejectionReason: null, rejectionNote: null, eventReason: "Trial decision reopened" },
      ctx,
      now,
    });
    if (trial.outcome === "converted" && trial.role.status === "filled" && hiredOn(tx, trial.role.id) < trial.role.headcount) {
      setRoleStatus(tx, trial, "filled", "open", ctx, now);
    }
    // The decision reopened is kept, with why: the trial's own row no longer holds it.
    tx.insert(trialReopenings)
      .values({
        trialId: trial.id,
        outcome,
        endReason: trial.endReason,
        decisionNote: trial.decisionNote,
        decidedAt: trial.decidedAt,
        decidedById: trial.decidedById,
        reason: input.reason,
        actorId: viewer.id,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    ctx.audit(tx, { action: "trial.reopen", entityType: "trial", entityId: trial.id, details: { previous: trial.outcome, endReason: trial.endReason } });
  });
  return ok(undefined, `Decision reopened; ${app.candidateName} is back in Trial.`);
}
