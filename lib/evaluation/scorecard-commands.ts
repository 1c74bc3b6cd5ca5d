import "server-only";
import { and, count, desc, eq, isNull, lt, lte, notExists, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { db } from "@/lib/db";
import { interviewers, interviews, scorecards, type Attribute } from "@/db/schema";
import { Conflict, fail, isUniqueViolation, notFound, ok, type ActionContext, type ActionResult } from "@/lib/action";
import { recordRefusals } from "@/lib/access/refusals";
import { getInterviewDetail, type InterviewDetail } from "./interview";
import { attributeLabels } from "./labels";
import { NOT_STARTED, RECOMMENDATION_REQUIRED } from "./messages";
import { kits, templates } from "./loops";
import { ratingField, ratingsOf, type AmendInput, type ScorecardInput } from "./scorecard-schemas";

// Writing one's own scorecard: save a draft, submit it (read-only from then on), amend a
// submitted one (a new revision; the earlier one is kept and marked superseded once the amendment
// is submitted). Only an interviewer of the interview writes, and only their own; for anyone else
// the interview is not found. Every write is version checked and audited in its transaction.

const CONFLICT = "This scorecard changed meanwhile (in another tab?); reload to see it.";
const CLOSED = { canceled: "This interview was canceled: no scorecard is due.", no_show: "The candidate did not show: no scorecard is due." } as const;

type Row = typeof scorecards.$inferSelect;

/** The viewer's interview, if they are one of its interviewers and it still takes scorecards. */
function ownInterview(ctx: ActionContext, interviewId: number): { interview: InterviewDetail } | { refusal: ActionResult<never> } {
  const interview = getInterviewDetail(ctx.viewer, interviewId);
  if (!interview || !interview.viewerIsInterviewer) return { refusal: notFound() };
  if (interview.status === "canceled" || interview.status === "no_show") return { refusal: fail(CLOSED[interview.status]) };
  return { interview };
}

/** The viewer's latest revision for the interview (a draft amendment when one is open). */
function latest(interviewId: number, userId: number): Row | undefined {
  return db()
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.interviewerId, userId)))
    .orderBy(desc(scorecards.revision))
    .get();
}

/** Ratings only for what the kit assesses, red flags only from the role type's list. */
function checkContent(input: ScorecardInput, interview: InterviewDetail): Record<string, string> {
  const errors: Record<string, string> = {};
  const assessed = new Set<Attribute>(kits()[interview.kind].attributes);
  for (const attribute of Object.keys(ratingsOf(input)) as Attribute[]) {
    if (!assessed.has(attribute)) errors[ratingField(attribute)] = `${attributeLabels[attribute]} is not assessed in this interview`;
  }
  const flags = new Set(templates()[interview.role.type].redFlags);
  if (input.redFlags.some((f) => !flags.has(f))) errors.redFlags = "Choose red flags from the list";
  if (input.intent === "submit" && !input.recommendation) errors.recommendation = RECOMMENDATION_REQUIRED;
  return errors;
}

/**
 * Saves the viewer's scorecard for an interview as a draft, or submits it (`input.intent`). A draft
 * may be written any time (notes while preparing); submitting waits until the interview has
 * started, so nobody lifts the blind rule by submitting before their interview.
 */
export function saveScorecard(input: ScorecardInput, ctx: ActionContext, now = new Date()): ActionResult<{ id: number; version: number }> {
  const found = ownInterview(ctx, input.interviewId);
  if ("refusal" in found) return found.refusal;
  const { interview } = found;
  const current = latest(interview.id, ctx.viewer.id);
  if ((current?.version ?? 0) !== input.version) throw new Conflict(CONFLICT);
  if (current?.status === "submitted") return fail("Your scorecard is submitted and read-only; amend it to change it.");
  if (input.intent === "submit" && interview.startsAt > now) return fail(NOT_STARTED);
  const errors = checkContent(input, interview);
  if (Object.keys(errors).length) return fail("Please correct the highlighted fields.", errors);

  const submit = input.intent === "submit";
  const content = {
    ratings: JSON.stringify(ratingsOf(input)),
    redFlags: JSON.stringify(input.redFlags),
    notes: input.notes,
    recommendation: input.recommendation,
    status: submit ? ("submitted" as const) : ("draft" as const),
    submittedAt: submit ? now : null,
  };
  const write = () =>
    db().transaction((tx) => {
      let row: { id: number; version: number; revision: number };
      if (!current) {
        row = tx
          .insert(scorecards)
          .values({ interviewId: interview.id, applicationId: interview.applicationId, interviewerId: ctx.viewer.id, revision: 1, ...content })
          .returning({ id: scorecards.id, version: scorecards.version, revision: scorecards.revision })
          .get();
      } else {
        const updated = tx
          .update(scorecards)
          .set({ ...content, version: sql`${scorecards.version} + 1` })
          .where(and(eq(scorecards.id, current.id), eq(scorecards.version, input.version), eq(scorecards.status, "draft")))
          .returning({ id: scorecards.id, version: scorecards.version, revision: scorecards.revision })
          .get();
        if (!updated) throw new Conflict(CONFLICT);
        row = updated;
      }
      // An amendment takes the place of the revisions before it once it is submitted.
      if (submit && row.revision > 1) {
        tx.update(scorecards)
          .set({ supersededAt: now, version: sql`${scorecards.version} + 1` })
          .where(
            and(
              eq(scorecards.interviewId, interview.id),
              eq(scorecards.interviewerId, ctx.viewer.id),
              lt(scorecards.revision, row.revision),
              isNull(scorecards.supersededAt),
            ),
          )
          .run();
      }
      if (submit && interview.status === "scheduled") completeIfAllSubmitted(tx, ctx, interview.id, now);
      ctx.audit(tx, {
        action: submit ? "scorecard.submit" : "scorecard.save-draft",
        entityType: "scorecard",
        entityId: row.id,
        details: { interviewId: interview.id, applicationId: interview.applicationId, revision: row.revision },
      });
      return row;
    });
  try {
    const row = write();
    return ok({ id: row.id, version: row.version }, submit ? "Scorecard submitted." : "Draft saved.");
  } catch (error) {
    // Two first saves at once: the unique (interview, interviewer, revision) index refused the second.
    if (isUniqueViolation(error)) throw new Conflict(CONFLICT);
    throw error;
  }
}

/**
 * The last of an interview's scorecards submitted: it took place, so it is marked completed (in
 * the submit's transaction, audited), and the loop's progress counts it done without anyone
 * having to say so. A change of the interview since (a reschedule, a status) is left as it is.
 */
function completeIfAllSubmitted(tx: Tx, ctx: ActionContext, interviewId: number, now: Date) {
  const waiting = tx
    .select({ n: count() })
    .from(interviewers)
    .where(
      and(
        eq(interviewers.interviewId, interviewId),
        notExists(
          tx
            .select({ id: scorecards.id })
            .from(scorecards)
            .where(
              and(
                eq(scorecards.interviewId, interviewId),
                eq(scorecards.interviewerId, interviewers.userId),
                eq(scorecards.status, "submitted"),
                isNull(scorecards.supersededAt),
              ),
            ),
        ),
      ),
    )
    .get()!.n;
  if (waiting > 0) return;
  const changed = tx
    .update(interviews)
    .set({ status: "completed", version: sql`${interviews.version} + 1` })
    // Only one that has started: a reschedule into the future landing meanwhile leaves it scheduled.
    .where(and(eq(interviews.id, interviewId), eq(interviews.status, "scheduled"), lte(interviews.startsAt, now)))
    .run().changes;
  if (changed)
    ctx.audit(tx, {
      action: "interview.status",
      entityType: "interview",
      entityId: interviewId,
      details: { from: "scheduled", to: "completed", reason: "every interviewer submitted" },
    });
}

/** Opens an amendment of the viewer's submitted scorecard: a draft copy as the next revision. */
export function amendScorecard(input: AmendInput, ctx: ActionContext): ActionResult<{ id: number; version: number }> {
  const target = db()
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.id, input.scorecardId), eq(scorecards.interviewerId, ctx.viewer.id)))
    .get();
  if (!target) {
    // Someone else's scorecard (another company's, or a colleague's): refused like any other record.
    recordRefusals(ctx.viewer, "scorecard", [input.scorecardId]);
    return notFound();
  }
  const found = ownInterview(ctx, target.interviewId);
  if ("refusal" in found) return found.refusal;
  const current = latest(target.interviewId, ctx.viewer.id)!;
  if (current.id !== target.id || target.version !== input.version) throw new Conflict(CONFLICT);
  if (target.status !== "submitted") return fail("Only a submitted scorecard can be amended; this one is still a draft.");
  try {
    const row = db().transaction((tx) => {
      const created = tx
        .insert(scorecards)
        .values({
          interviewId: target.interviewId,
          applicationId: target.applicationId,
          interviewerId: ctx.viewer.id,
          revision: target.revision + 1,
          status: "draft",
          ratings: target.ratings,
          redFlags: target.redFlags,
          notes: target.notes,
          recommendation: target.recommendation,
        })
        .returning({ id: scorecards.id, version: scorecards.version })
        .get();
      ctx.audit(tx, {
        action: "scorecard.amend",
        entityType: "scorecard",
        entityId: created.id,
        details: { amends: target.id, interviewId: target.interviewId, revision: target.revision + 1 },
      });
      return created;
    });
    return ok(row, "Amendment started: your submitted scorecard stays in place until you submit this one.");
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict(CONFLICT);
    throw error;
  }
}
