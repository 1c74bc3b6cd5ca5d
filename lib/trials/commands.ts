import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, organizations, roles, trialCheckIns, trialGoals, trials } from "@/db/schema";
import { Conflict, fail, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { can } from "@/lib/access";
import { recordRefusals } from "@/lib/access/refusals";
import { scopeWhere } from "@/lib/access/scope";
import { resolveTimeZone } from "@/lib/labels";
import { todayIn } from "./days";
import { findTrial } from "./detail";
import { formatDay } from "./labels";
import type { CheckInInput, GoalDoneInput } from "./schemas";

// Check-ins and goal ticks on a trial. Each loads the trial through the viewer's scope (another
// company's trial is "not found"), writes in one transaction with its audit row, and decides what
// the form cannot: a client's check-in is always shared, whatever was posted.

const DECIDED = "This trial is decided; only the agency can still add to it.";
const GOAL_CONFLICT = "Someone else changed this goal meanwhile; reload to see it.";

/** Check-ins and goals stay open after a decision only for the agency. */
const closedFor = (ctx: ActionContext, outcome: string | null) => outcome !== null && !can(ctx.viewer, "clients:view-all");

export function addCheckIn(input: CheckInInput, ctx: ActionContext): ActionResult<{ id: number }> {
  const { viewer, audit } = ctx;
  if (!can(viewer, "trials:check-in")) return notFound();
  const trial = findTrial(viewer, input.trialId);
  if (!trial) {
    recordRefusals(viewer, "trial", [input.trialId]);
    return notFound();
  }
  if (closedFor(ctx, trial.outcome)) return fail(DECIDED);
  const agency = can(viewer, "trials:check-in-internal");
  const visibility = agency ? (input.visibility ?? "internal") : "shared";
  const today = todayIn(resolveTimeZone(trial.clientZone), new Date());
  const on = input.on || today;
  const last = today < trial.endsOn ? today : trial.endsOn;
  if (on < trial.startsOn || on > last) {
    const message =
      today < trial.startsOn
        ? `The trial starts on ${formatDay(trial.startsOn)}; check in once it has begun.`
        : `Pick a day of the trial, from ${formatDay(trial.startsOn)} to ${formatDay(last)}.`;
    return fail("Please correct the highlighted fields.", { on: message });
  }
  const row = db().transaction((tx) => {
    const inserted = tx
      .insert(trialCheckIns)
      .values({ trialId: trial.id, authorId: viewer.id, on, sentiment: input.sentiment, visibility, note: input.note })
      .returning({ id: trialCheckIns.id })
      .get();
    audit(tx, {
      action: "trial.check-in",
      entityType: "trial",
      entityId: trial.id,
      details: { checkIn: inserted.id, on, sentiment: input.sentiment, visibility },
    });
    return inserted;
  });
  // A client's own check-in is for their company and the agency: no "sharing with the client" to speak of.
  if (!agency) return ok(row, "Check-in added.");
  return ok(row, visibility === "shared" ? "Check-in added and shared with the client." : "Internal check-in added.");
}

export function setGoalDone(input: GoalDoneInput, ctx: ActionContext): ActionResult {
  const { viewer, audit } = ctx;
  if (!can(viewer, "trials:tick-goals")) return notFound();
  const goal = db()
    .select({
      id: trialGoals.id,
      trialId: trialGoals.trialId,
      text: trialGoals.text,
      version: trialGoals.version,
      outcome: trials.outcome,
      startsOn: trials.startsOn,
      clientZone: organizations.timezone,
    })
    .from(trialGoals)
    .innerJoin(trials, eq(trials.id, trialGoals.trialId))
    .innerJoin(applications, eq(applications.id, trials.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .where(and(eq(trialGoals.id, input.goalId), scopeWhere(viewer).trials))
    .get();
  if (!goal) {
    recordRefusals(viewer, "trial-goal", [input.goalId]);
    return notFound();
  }
  if (closedFor(ctx, goal.outcome)) return fail(DECIDED);
  // Met once the trial has begun (on the client's calendar), as check-ins; marking one not done is always allowed.
  if (input.done && todayIn(resolveTimeZone(goal.clientZone), new Date()) < goal.startsOn)
    return fail(`The trial starts on ${formatDay(goal.startsOn)}; goals can be marked done once it has begun.`);
  if (goal.version !== input.version) throw new Conflict(GOAL_CONFLICT);
  db().transaction((tx) => {
    const now = new Date();
    const changed = tx
      .update(trialGoals)
      .set({ doneAt: input.done ? now : null, doneById: input.done ? viewer.id : null, updatedAt: now, version: sql`${trialGoals.version} + 1` })
      .where(and(eq(trialGoals.id, goal.id), eq(trialGoals.version, input.version)))
      .run().changes;
    if (changed === 0) throw new Conflict(GOAL_CONFLICT);
    audit(tx, { action: input.done ? "trial.goal-done" : "trial.goal-undone", entityType: "trial", entityId: goal.trialId, details: { goal: goal.id } });
  });
  return ok(undefined, input.done ? `Marked “${goal.text}” done.` : `Marked “${goal.text}” not done.`);
}
