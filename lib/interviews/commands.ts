import "server-only";
import { and, eq, inArray, notExists, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { interviewers, interviews, users } from "@/db/schema";
import { Conflict, fail, notFound, ok, type ActionContext, type ActionResult, type FieldErrors } from "@/lib/action";
import { can } from "@/lib/access";
import { interviewKindLabels, interviewStatusLabels } from "@/lib/evaluation/labels";
import { possessive } from "@/lib/labels";
import { getApplicationDetail, type ApplicationDetail } from "@/lib/pipeline/application";
import { isExitStage, stageLabels } from "@/lib/pipeline/stages";
import { overlapping } from "./overlap";
import { bookingsOf, candidateBookings, type NamedBooking } from "./bookings";
import { getInterview, interviewerChoices, type InterviewerChoice } from "./queries";
import type { BookingCheckInput, RescheduleInterviewInput, ScheduleInterviewInput, SetInterviewStatusInput } from "./schemas";
import { formatSlot, formatTimeRange, localToUtc } from "./time";

// Scheduling is the agency's ("interviews:schedule"); every write is version checked where it
// updates, and commits with its audit row.

export type Scheduled = { id: number; warnings: string[] };

const CONFLICT = "Someone else changed this interview meanwhile; reload to see the change.";

type Slot = Pick<ScheduleInterviewInput, "date" | "time" | "timeZone" | "durationMinutes" | "interviewerIds" | "location">;

/** The slot's start as an instant, and the field errors of its time and interviewers. */
/** How far back an interview may be put: one held in the last week can still be entered (and marked completed); older is a mistyped date. */
export const PAST_LIMIT_DAYS = 7;
export const TOO_FAR_BACK = `That is more than ${PAST_LIMIT_DAYS} days ago; check the date`;

function checkSlot(slot: Slot, application: ApplicationDetail, ctx: ActionContext, unchanged?: Date): { startsAt?: Date; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const startsAt = localToUtc(slot.date, slot.time, slot.timeZone);
  if (!startsAt) errors.time = `${slot.time} does not exist on ${slot.date} in ${slot.timeZone} (the clocks skip it); choose another time`;
  // (A rescheduled interview keeping its old time, to change its place or people, may stay where it was.)
  else if (startsAt.getTime() < Date.now() - PAST_LIMIT_DAYS * 86_400_000 && startsAt.getTime() !== unchanged?.getTime()) errors.date = TOO_FAR_BACK;
  const allowed = new Set(interviewerChoices(ctx.viewer, application).map((c) => c.id));
  if (slot.interviewerIds.some((id) => !allowed.has(id))) {
    errors.interviewerIds = application.submittedAt
      ? `Choose agency people or a hiring manager of ${application.role.clientName}`
      : `Choose agency people: ${possessive(application.role.clientName)} hiring managers may interview once the candidate is submitted`;
  }
  return { startsAt, errors };
}

/** "(Coding with Ana Díaz)", or for another role of the candidate's "(Coding for Staff Engineer at Acme)". */
function described(b: NamedBooking, application: ApplicationDetail, forCandidate: boolean): string {
  const kind = interviewKindLabels[b.kind];
  if (!forCandidate) return `${kind} with ${b.candidateName}`;
  return b.applicationId === application.id ? kind : `${kind} for ${b.roleTitle} at ${b.clientName}`;
}

/**
 * The slot's double bookings, in the form's zone: each interviewer already booked in it ("Riley
 * Chen already has an interview 14:00–15:00 (Coding with Ana Díaz)"), and the candidate ("The
 * candidate, Ana Díaz, already has an interview 14:00–15:00 (Culture)"), on this role or another.
 */
function doubleBookings(
  ctx: ActionContext,
  application: ApplicationDetail,
  slot: Pick<Slot, "interviewerIds" | "durationMinutes" | "timeZone">,
  startsAt: Date,
  ownId?: number,
): string[] {
  const ids = [...new Set(slot.interviewerIds)];
  const end = new Date(startsAt.getTime() + slot.durationMinutes * 60_000);
  const clash = (bookings: NamedBooking[]) => overlapping({ id: ownId, startsAt, durationMinutes: slot.durationMinutes }, bookings);
  const when = (b: NamedBooking) => formatTimeRange(b.startsAt, b.durationMinutes, slot.timeZone);
  const bookings = bookingsOf(ctx.viewer, ids, startsAt, end);
  const names = new Map(
    db()
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, ids))
      .all()
      .map((u) => [u.id, u.name]),
  );
  const people = ids.flatMap((id) =>
    clash(bookings.get(id) ?? []).map((b) => `${names.get(id)} already has an interview ${when(b)} (${described(b, application, false)})`),
  );
  const candidate = clash(candidateBookings(ctx.viewer, application.candidate.id, startsAt, end)).map(
    (b) => `The candidate, ${application.candidate.name}, already has an interview ${when(b)} (${described(b, application, true)})`,
  );
  return [...candidate, ...people];
}

/**
 * The double bookings the form's slot would make, shown while it is filled in (nothing is
 * written; saving warns again). Only the application's possible interviewers are looked up.
 */
export function checkBookings(input: BookingCheckInput, ctx: ActionContext): ActionResult<{ warnings: string[] }> {
  if (!can(ctx.viewer, "interviews:schedule")) return notFound();
  const application = getApplicationDetail(ctx.viewer, input.applicationId);
  const own = input.interviewId === undefined ? undefined : getInterview(ctx.viewer, input.interviewId);
  if (!application || (input.interviewId !== undefined && own?.applicationId !== application.id)) return notFound();
  const startsAt = localToUtc(input.date, input.time, input.timeZone);
  if (!startsAt) return ok({ warnings: [] });
  const allowed = new Set(interviewerChoices(ctx.viewer, application).map((c) => c.id));
  return ok({
    warnings: doubleBookings(ctx, application, { ...input, interviewerIds: input.interviewerIds.filter((id) => allowed.has(id)) }, startsAt, own?.id),
  });
}

/** Read only: who may interview on the application, for the scheduling form when it opens. */
export function interviewerChoicesFor(input: { applicationId: number }, ctx: ActionContext): ActionResult<InterviewerChoice[]> {
  if (!can(ctx.viewer, "interviews:schedule")) return notFound();
  const application = getApplicationDetail(ctx.viewer, input.applicationId);
  return application ? ok(interviewerChoices(ctx.viewer, application)) : notFound();
}

const invalid = (errors: FieldErrors) => fail("Please correct the highlighted fields.", errors);

/** Schedules an interview on an application; double bookings come back as warnings with the success. */
export function scheduleInterview(input: ScheduleInterviewInput, ctx: ActionContext): ActionResult<Scheduled> {
  if (!can(ctx.viewer, "interviews:schedule")) return notFound();
  const application = getApplicationDetail(ctx.viewer, input.applicationId);
  if (!application) return notFound();
  if (isExitStage(application.stage)) return fail(`This application is ${stageLabels[application.stage].toLowerCase()}; no more interviews.`);
  const { startsAt, errors } = checkSlot(input, application, ctx);
  if (!startsAt || Object.keys(errors).length) return invalid(errors);
  const warnings = doubleBookings(ctx, application, input, startsAt);
  const ids = [...new Set(input.interviewerIds)];
  const created = db().transaction((tx) => {
    const row = tx
      .insert(interviews)
      .values({
        applicationId: application.id,
        kind: input.kind,
        startsAt,
        durationMinutes: input.durationMinutes,
        location: input.location || null,
        createdById: ctx.viewer.id,
      })
      .returning({ id: interviews.id })
      .get();
    tx.insert(interviewers)
      .values(ids.map((userId) => ({ interviewId: row.id, userId })))
      .run();
    ctx.audit(tx, {
      action: "interview.schedule",
      entityType: "interview",
      entityId: row.id,
      details: { applicationId: application.id, kind: input.kind, startsAt: startsAt.toISOString(), interviewerIds: ids },
    });
    return row;
  });
  return ok({ id: created.id, warnings }, `Scheduled ${interviewKindLabels[input.kind]}: ${formatSlot(startsAt, input.durationMinutes, input.timeZone)}.`);
}

/**
 * Moves a scheduled interview (time, duration, place, interviewers) while no scorecard of it is
 * submitted. An interviewer who has started a scorecard stays.
 */
export function rescheduleInterview(input: RescheduleInterviewInput, ctx: ActionContext): ActionResult<Scheduled> {
  if (!can(ctx.viewer, "interviews:schedule")) return notFound();
  const interview = getInterview(ctx.viewer, input.interviewId);
  const application = interview && getApplicationDetail(ctx.viewer, interview.applicationId);
  if (!interview || !application) return notFound();
  if (interview.version !== input.version) throw new Conflict(CONFLICT);
  if (interview.status !== "scheduled")
    return fail(`This interview is ${interviewStatusLabels[interview.status].toLowerCase()}; only a scheduled one can move.`);
  // A submitted scorecard says the interview was held; moving it would also let someone move their
  // own interview into the past, submit (lifting the blind rule) and move it back.
  if (interview.interviewers.some((p) => p.scorecard === "submitted"))
    return fail("A scorecard is already submitted for this interview, so it has been held and keeps its time. Mark it completed, or schedule a new one.");
  const { startsAt, errors } = checkSlot(input, application, ctx, interview.startsAt);
  const ids = [...new Set(input.interviewerIds)];
  const removed = interview.interviewers.filter((p) => !ids.includes(p.id) && p.scorecard !== "missing");
  if (removed.length) errors.interviewerIds = `${removed.map((p) => p.name).join(", ")} already started a scorecard, so they stay on this interview`;
  if (!startsAt || Object.keys(errors).length) return invalid(errors);
  const warnings = doubleBookings(ctx, application, input, startsAt, interview.id);
  db().transaction((tx) => {
    const changed = tx
      .update(interviews)
      .set({ startsAt, durationMinutes: input.durationMinutes, location: input.location || null, version: sql`${interviews.version} + 1` })
      .where(and(eq(interviews.id, interview.id), eq(interviews.version, input.version)))
      .run().changes;
    if (changed === 0) throw new Conflict(CONFLICT);
    tx.delete(interviewers).where(eq(interviewers.interviewId, interview.id)).run();
    tx.insert(interviewers)
      .values(ids.map((userId) => ({ interviewId: interview.id, userId })))
      .run();
    ctx.audit(tx, {
      action: "interview.reschedule",
      entityType: "interview",
      entityId: interview.id,
      details: { from: interview.startsAt.toISOString(), to: startsAt.toISOString(), interviewerIds: ids },
    });
  });
  return ok({ id: interview.id, warnings }, `Rescheduled to ${formatSlot(startsAt, input.durationMinutes, input.timeZone)}.`);
}

const SCORECARD_SUBMITTED = "A scorecard has been submitted for this interview, so it took place: mark it completed.";

/** The interview's interviewers who have submitted their scorecard (the interviewer rows' kept flag). */
const submittedScorecards = (interviewId: number) =>
  db()
    .select({ id: interviewers.interviewId })
    .from(interviewers)
    .where(and(eq(interviewers.interviewId, interviewId), eq(interviewers.scorecardSubmitted, true)));

const hasSubmittedScorecard = (interviewId: number): boolean => !!submittedScorecards(interviewId).limit(1).get();

/** Closes a scheduled interview: held (completed), canceled, or the candidate did not come (no-show). */
export function setInterviewStatus(input: SetInterviewStatusInput, ctx: ActionContext, now = new Date()): ActionResult<{ id: number }> {
  if (!can(ctx.viewer, "interviews:schedule")) return notFound();
  const interview = getInterview(ctx.viewer, input.interviewId);
  if (!interview) return notFound();
  if (interview.version !== input.version) throw new Conflict(CONFLICT);
  if (interview.status !== "scheduled") return fail(`This interview is already ${interviewStatusLabels[interview.status].toLowerCase()}.`);
  if (input.status !== "canceled" && interview.startsAt > now)
    return fail("This interview has not started yet: cancel it, or mark it once it has taken place.");
  // A submitted scorecard says it took place: a no-show or a cancellation would leave its ratings in the score.
  if (input.status !== "completed" && hasSubmittedScorecard(interview.id)) return fail(SCORECARD_SUBMITTED);
  db().transaction((tx) => {
    const changed = tx
      .update(interviews)
      .set({ status: input.status, version: sql`${interviews.version} + 1` })
      .where(
        and(
          eq(interviews.id, interview.id),
          eq(interviews.version, input.version),
          // Checked again in the write: a scorecard submitted since the check above (another process) refuses it too.
          input.status === "completed" ? undefined : notExists(submittedScorecards(interview.id)),
        ),
      )
      .run().changes;
    if (changed === 0) throw new Conflict(hasSubmittedScorecard(interview.id) ? SCORECARD_SUBMITTED : CONFLICT);
    ctx.audit(tx, { action: "interview.status", entityType: "interview", entityId: interview.id, details: { from: interview.status, to: input.status } });
  });
  const label = { completed: "Marked completed", canceled: "Canceled", no_show: "Marked as a no-show" }[input.status];
  return ok({ id: interview.id }, `${label}: ${interviewKindLabels[interview.kind]} with ${interview.candidate.name}.`);
}
