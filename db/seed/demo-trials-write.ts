import { and, eq } from "drizzle-orm";
import { rejectionReasons, type RejectionReason } from "../../lib/pipeline/stages";
import type { Tx } from "../client";
import {
  applications,
  roles,
  stageEvents,
  trialCheckIns,
  trialExtensions,
  trialGoals,
  trials,
  type CheckInSentiment,
  type RoleType,
  type Stage,
} from "../schema";
import type { TrialEndReason } from "../schema";
import { addDays, at, checkInNotes, endReasonNotes, goalsFor, metricsFor, overlapFor, rejectionForEnded, scopeFor } from "./trial-content";

// Writes one demo trial the way the app's commands would leave it: the application's stage history
// up to Trial (and on to Hired or Rejected when decided), the trial with its goals, check-ins and
// extension, and the decision columns. Dates are the client's calendar days.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type Author = "owner" | "hm" | "viewer";
export type PlannedCheckIn = [day: number, sentiment: CheckInSentiment, visibility: "internal" | "shared", author: Author];

export type TrialPlan = {
  startsOn: string;
  /** Days the trial lasts before any extension (14). */
  length: number;
  extension?: { to: number; onDay: number; reason: string };
  decision?: { outcome: "converted" | "ended"; onDay: number; endReason?: TrialEndReason; by: Author };
  week1Done: number;
  week2Done: number;
  checkIns: PlannedCheckIn[];
};

export type TrialPeople = { owner: number; hm: number | null; viewer: number | null; createdBy: number };
export type TrialTarget = { applicationId: number; roleId: number; type: RoleType; zone: string; people: TrialPeople };

const clamp = (t: number, now: number) => Math.min(t, now - 5 * 60_000);

type Goal = { trialId: number; week: 1 | 2; position: number; text: string; createdAt: number; done: { at: number; by: number } | null };

/** One of a trial's goals, as the app leaves it: written when the trial starts, and when done, who ticked it and when. */
export function insertGoal(tx: Tx, { trialId, week, position, text, createdAt, done }: Goal) {
  tx.insert(trialGoals)
    .values({
      trialId,
      week,
      position,
      text,
      doneAt: done ? new Date(done.at) : null,
      doneById: done?.by ?? null,
      version: done ? 2 : 1,
      createdAt: new Date(createdAt),
      updatedAt: new Date(done?.at ?? createdAt),
    })
    .run();
}

/** The stage history of an application that reached `last`, ending at `lastAt`; returns the submitted time. */
export function writeHistory(tx: Tx, applicationId: number, last: Stage, lastAt: number, owner: number, hm: number | null, reason: string | null = null) {
  const path: Stage[] = ["sourced", "screening", "interviewing", "submitted", "client_interview", "offer", "trial", "hired"];
  const through = last === "rejected" ? path.slice(0, 5) : path.slice(0, path.indexOf(last) + 1);
  if (last === "rejected") through.push("rejected");
  // Three to four days between steps, walking back from the last one (so each step is after the one before).
  const times = [lastAt];
  for (let i = through.length - 2; i >= 0; i--) times.unshift(times[0] - (3 * DAY + ((applicationId + i) % 2) * DAY));
  through.forEach((to, i) => {
    const from = i === 0 ? null : through[i - 1];
    const clientStep = (to === "offer" || to === "rejected") && from === "client_interview";
    tx.insert(stageEvents)
      .values({
        applicationId,
        fromStage: from,
        toStage: to,
        actorId: clientStep && hm ? hm : owner,
        reason: to === "rejected" ? reason : null,
        createdAt: new Date(times[i]),
        updatedAt: new Date(times[i]),
      })
      .run();
  });
  return { createdAt: times[0], submittedAt: times[through.indexOf("submitted")] ?? null };
}

/** A new application on `roleId` whose history ends at `stage` at `lastAt`. */
export function addApplication(
  tx: Tx,
  o: { candidateId: number; roleId: number; stage: Stage; lastAt: number; owner: number; hm: number | null; rejection?: RejectionReason },
): number {
  const note = o.rejection === "client_declined" ? "The client chose another finalist." : null;
  const reason = o.rejection ? [rejectionReasons[o.rejection], note].filter(Boolean).join(": ") : null;
  const app = tx
    .insert(applications)
    .values({
      candidateId: o.candidateId,
      roleId: o.roleId,
      stage: o.stage,
      stageChangedAt: new Date(o.lastAt),
      ownerId: o.owner,
      rejectionReason: o.rejection ?? null,
    })
    .returning({ id: applications.id })
    .get();
  const h = writeHistory(tx, app.id, o.stage, o.lastAt, o.owner, o.hm, reason);
  tx.update(applications)
    .set({ submittedAt: h.submittedAt ? new Date(h.submittedAt) : null, createdAt: new Date(h.createdAt), updatedAt: new Date(o.lastAt), rejectionNote: note })
    .where(eqId(app.id))
    .run();
  return app.id;
}

/** The trial itself (its application already at Trial), then the decision's stage change if decided. */
export function writeTrial(tx: Tx, target: TrialTarget, plan: TrialPlan, now: number): number {
  const { zone, people, type } = target;
  const day = (n: number) => addDays(plan.startsOn, n - 1);
  const who = (a: Author) => (a === "hm" ? (people.hm ?? people.owner) : a === "viewer" ? (people.viewer ?? people.hm ?? people.owner) : people.owner);
  const trialAt = tx.select({ at: stageEvents.createdAt }).from(stageEvents).where(eqEvent(target.applicationId, "trial")).get()!.at.getTime();
  const endsOn = plan.extension ? day(plan.extension.to + 1) : addDays(plan.startsOn, plan.length);
  const decidedAt = plan.decision ? clamp(at(day(plan.decision.onDay), 16, zone), now) : null;
  const endReason = plan.decision?.outcome === "ended" ? (plan.decision.endReason ?? "other") : null;
  const note = endReason
    ? endReasonNotes[endReason]
    : plan.decision
      ? "Converted: the team wants them to stay; start date for the permanent contract agreed."
      : null;
  const trial = tx
    .insert(trials)
    .values({
      applicationId: target.applicationId,
      startsOn: plan.startsOn,
      endsOn,
      onboardingOwnerId: people.owner,
      buddyId: people.hm,
      overlapHours: overlapFor(zone),
      dayOneScope: scopeFor[type],
      metrics: JSON.stringify(metricsFor[type]),
      outcome: plan.decision?.outcome ?? null,
      endReason,
      decisionNote: note,
      decidedAt: decidedAt ? new Date(decidedAt) : null,
      decidedById: plan.decision ? who(plan.decision.by) : null,
      createdById: people.createdBy,
      version: 1 + (plan.extension ? 1 : 0) + (plan.decision ? 1 : 0),
      createdAt: new Date(trialAt),
      updatedAt: new Date(decidedAt ?? trialAt),
    })
    .returning({ id: trials.id })
    .get();

  const goals = goalsFor[type];
  for (const [week, texts, done] of [[1, goals.week1, plan.week1Done] as const, [2, goals.week2, plan.week2Done] as const]) {
    texts.forEach((text, position) => {
      const doneAt = position < done ? clamp(at(day(week === 1 ? 2 + position * 2 : 8 + position * 2), 15, zone), now) : null;
      const ticked = doneAt ? { at: doneAt, by: position % 2 === 0 ? who("hm") : people.owner } : null;
      insertGoal(tx, { trialId: trial.id, week, position, text, createdAt: trialAt, done: ticked });
    });
  }
  for (const [n, sentiment, visibility, author] of plan.checkIns) {
    const created = clamp(at(day(n), 17, zone), now);
    const client = author !== "owner";
    tx.insert(trialCheckIns)
      .values({
        trialId: trial.id,
        authorId: who(author),
        on: day(n),
        sentiment,
        visibility: client ? "shared" : visibility,
        note: pickNote(sentiment, trial.id + n),
        createdAt: new Date(created),
        updatedAt: new Date(created),
      })
      .run();
  }
  if (plan.extension) {
    const when = clamp(at(day(plan.extension.onDay), 12, zone), now);
    tx.insert(trialExtensions)
      .values({
        trialId: trial.id,
        previousEndsOn: addDays(plan.startsOn, plan.length),
        endsOn,
        reason: plan.extension.reason,
        actorId: people.owner,
        createdAt: new Date(when),
        updatedAt: new Date(when),
      })
      .run();
  }
  if (plan.decision && decidedAt) decide(tx, target, plan.decision.outcome, endReason, note, who(plan.decision.by), decidedAt);
  return trial.id;
}

function decide(tx: Tx, target: TrialTarget, outcome: "converted" | "ended", endReason: TrialEndReason | null, note: string | null, by: number, when: number) {
  const to: Stage = outcome === "converted" ? "hired" : "rejected";
  const ended = endReason ? rejectionForEnded(endReason, note) : null;
  tx.update(applications)
    .set({
      stage: to,
      stageChangedAt: new Date(when),
      rejectionReason: ended?.rejectionReason ?? null,
      rejectionNote: ended?.rejectionNote ?? null,
      version: 2,
      updatedAt: new Date(when),
    })
    .where(eqId(target.applicationId))
    .run();
  tx.insert(stageEvents)
    .values({
      applicationId: target.applicationId,
      fromStage: "trial",
      toStage: to,
      actorId: by,
      reason: ended?.eventReason ?? null,
      createdAt: new Date(when),
      updatedAt: new Date(when),
    })
    .run();
  tx.update(roles)
    .set({ lastActivityAt: new Date(when) })
    .where(eqRole(target.roleId))
    .run();
}

const pickNote = (s: CheckInSentiment, n: number) => checkInNotes[s][n % checkInNotes[s].length];
const eqId = (id: number) => eq(applications.id, id);
const eqRole = (id: number) => eq(roles.id, id);
const eqEvent = (applicationId: number, to: Stage) => and(eq(stageEvents.applicationId, applicationId), eq(stageEvents.toStage, to));
