import type Database from "better-sqlite3";
import { trialEndReasons, type CheckInSentiment, type RoleType, type Stage, type TrialEndReason } from "../schema";
import { stageWeights } from "./pipeline-plan";
import type { PlannedApplication, PlannedEvent } from "./pipeline-plan";
import { createRandom } from "./random";
import {
  daysBetween,
  addDays,
  at,
  checkInNotes,
  endReasonNotes,
  extensionReasons,
  goalsFor,
  metricsFor,
  overlapFor,
  rejectionForEnded,
  scopeFor,
  todayIn,
} from "./trial-content";

// The large seed's trials: every application that reaches Trial gets one, so the stage and the trial
// always agree. 1.65% of applications (about 3,300 per 200,000): 9% undecided (upcoming, every day
// of the fortnight, decision due, past the end), the rest decided (70% converted → Hired, 30% ended
// → Rejected with the trial's reason), some extended; 2–8 check-ins each, of both visibilities.
// One company (the first, Northwind Labs, whose viewer the benchmark signs in as) has eight times
// the share on its roles, so its portal lists a few hundred, and one trial with three check-ins a
// day. Own random stream, own statements.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TRIAL_SHARE = 1.65;
const PATH: Stage[] = ["sourced", "screening", "interviewing", "submitted", "client_interview", "offer", "trial"];

/** The funnel with every hire through a tracked trial: Trial stands for all of them, Hired is never picked directly. */
export function trialWeights(boost = 1): [Stage, number][] {
  return stageWeights.map(([stage, w]): [Stage, number] =>
    stage === "trial" ? [stage, TRIAL_SHARE * boost] : stage === "hired" ? [stage, 0] : stage === "rejected" ? [stage, w + 4 - TRIAL_SHARE] : [stage, w],
  );
}

export type TrialClient = { id: number; hm: number | null; viewer: number | null; zone: string };
type Kind = "undecided" | "converted" | "ended";
export type PlannedTrial = { plan: PlannedApplication; kind: Kind; startsOn: string; endsOn: string; extendedFrom: string | null; decidedOn: number | null };

export function largeTrials(sqlite: Database.Database, now: number, busyClient: number) {
  const rand = createRandom(14_014);
  // The benchmark's busy trial: the busy client's first undecided one past day 10, with three check-ins a day.
  let busy = false;
  const todays = new Map<string, string>();
  const today = (zone: string) => todays.get(zone) ?? todays.set(zone, todayIn(zone, now)).get(zone)!;
  const insertTrial = sqlite.prepare(`insert into trials (application_id, starts_on, ends_on, onboarding_owner_id, buddy_id, overlap_hours, day_one_scope,
    metrics, outcome, end_reason, decision_note, decided_at, decided_by_id, created_by_id, version, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertGoal = sqlite.prepare(`insert into trial_goals (trial_id, week, position, text, done_at, done_by_id, version, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertCheckIn = sqlite.prepare(`insert into trial_check_ins (trial_id, author_id, "on", sentiment, visibility, note, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertExtension = sqlite.prepare(`insert into trial_extensions (trial_id, previous_ends_on, ends_on, reason, actor_id, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?)`);
  const setRejection = sqlite.prepare("update applications set rejection_reason = ?, rejection_note = ? where id = ?");
  const setEventReason = sqlite.prepare("update stage_events set reason = ? where application_id = ? and to_stage = 'rejected'");

  /** The application's history through Trial (and its decision), with the trial's dates in the client's calendar. */
  function plan(client: TrialClient, roleOpened: number): PlannedTrial {
    const x = rand.next();
    const kind: Kind = x < 0.09 ? "undecided" : x < 0.09 + 0.91 * 0.7 ? "converted" : "ended";
    const t = today(client.zone);
    // Undecided: day -9 (starts in ten days) to day 20 (six days past the end); decided: any time since
    // the role's pipeline got that far (its history takes up to six weeks before the trial).
    const dayNumber = kind === "undecided" ? rand.int(-9, 20) : rand.int(20, Math.max(20, Math.floor((now - roleOpened) / DAY) - 45));
    const startsOn = addDays(t, 1 - dayNumber);
    const extended = rand.chance(kind === "undecided" ? 0.1 : 0.08);
    const firstEnd = addDays(startsOn, 14);
    const endsOn = extended ? addDays(startsOn, 21) : firstEnd;
    const decidedDay = kind === "converted" ? (extended ? 22 : 15) : kind === "ended" ? rand.int(5, extended ? 22 : 15) : null;
    const decidedOn = decidedDay ? Math.min(at(addDays(startsOn, decidedDay - 1), 16, client.zone), now - HOUR) : null;
    const moved = Math.min(at(addDays(startsOn, -rand.int(1, 4)), 10, client.zone), now - rand.int(2, 30) * HOUR);
    const times = [moved];
    for (let i = PATH.length - 2; i >= 0; i--) times.unshift(times[0] - rand.int(1, 6) * DAY - rand.int(0, 6 * HOUR));
    const events: PlannedEvent[] = PATH.map((to, i) => ({ from: i === 0 ? null : PATH[i - 1], to, at: times[i] }));
    if (decidedOn) events.push({ from: "trial", to: kind === "converted" ? "hired" : "rejected", at: decidedOn });
    const last = events[events.length - 1];
    return {
      kind,
      startsOn,
      endsOn,
      extendedFrom: extended ? firstEnd : null,
      decidedOn,
      plan: { events, stage: last.to, stageChangedAt: last.at, submittedAt: times[PATH.indexOf("submitted")], createdAt: times[0] },
    };
  }

  /** The trial row, its goals, check-ins and extension, for an application inserted with `p.plan`. */
  function write(applicationId: number, p: PlannedTrial, o: { client: TrialClient; type: RoleType; owner: number }) {
    const { client, type, owner } = o;
    const moved = p.plan.events.find((e) => e.to === "trial")!.at;
    const endReason: TrialEndReason | null = p.kind === "ended" ? rand.pick(trialEndReasons) : null;
    const note = endReason ? endReasonNotes[endReason] : p.kind === "converted" ? "Converted: the team wants them to stay." : null;
    const decider = p.decidedOn ? (client.hm && rand.chance(0.6) ? client.hm : owner) : null;
    const trialId = Number(
      insertTrial.run(
        applicationId,
        p.startsOn,
        p.endsOn,
        owner,
        client.hm,
        overlapFor(client.zone),
        scopeFor[type],
        JSON.stringify(metricsFor[type]),
        p.kind === "undecided" ? null : p.kind,
        endReason,
        note,
        p.decidedOn,
        decider,
        owner,
        1 + (p.extendedFrom ? 1 : 0) + (p.decidedOn ? 1 : 0),
        moved,
        p.decidedOn ?? moved,
      ).lastInsertRowid,
    );
    if (endReason) {
      const ended = rejectionForEnded(endReason, note);
      setRejection.run(ended.rejectionReason, ended.rejectionNote, applicationId);
      setEventReason.run(ended.eventReason, applicationId);
    }
    // How far the trial got: today's day, or the decision's.
    const lastDay = Math.min(daysBetween(p.startsOn, todayIn(client.zone, p.decidedOn ?? now)) + 1, daysBetween(p.startsOn, p.endsOn) + 1);
    const goals = goalsFor[type];
    const doneBy = (day: number, position: number) => {
      if (day > lastDay || day < 1) return null;
      const keep = p.kind === "converted" ? 0.95 : p.kind === "ended" ? 0.5 : 0.8;
      return rand.chance(keep) ? Math.min(at(addDays(p.startsOn, day - 1), 15, client.zone), now - HOUR) + position : null;
    };
    goals.week1.forEach((text, i) => goal(trialId, 1, i, text, doneBy(2 + i * 2, i), client.hm ?? owner, moved));
    goals.week2.forEach((text, i) => goal(trialId, 2, i, text, doneBy(8 + i * 2, i), owner, moved));
    if (lastDay >= 1) {
      const makeBusy = !busy && p.kind === "undecided" && client.id === busyClient && lastDay >= 10;
      busy ||= makeBusy;
      const n = makeBusy ? lastDay * 3 : rand.int(2, 8);
      for (let k = 0; k < n; k++) {
        const day = Math.max(1, Math.min(lastDay, Math.round(((k + 1) * lastDay) / n)));
        const on = addDays(p.startsOn, day - 1);
        const sentiment = sentimentFor(p.kind);
        const who = rand.next();
        const author = who < 0.6 || !client.hm ? owner : who < 0.85 || !client.viewer ? client.hm : client.viewer;
        const visibility = author === owner && rand.chance(0.6) ? "internal" : "shared";
        const created = Math.min(at(on, 17, client.zone), now - 10 * 60_000);
        insertCheckIn.run(trialId, author, on, sentiment, visibility, rand.pick(checkInNotes[sentiment]), created, created);
      }
    }
    if (p.extendedFrom) {
      const when = Math.min(at(addDays(p.startsOn, 11), 12, client.zone), now - HOUR);
      insertExtension.run(trialId, p.extendedFrom, p.endsOn, rand.pick(extensionReasons), owner, when, when);
    }
    return p.kind;
  }

  function goal(trialId: number, week: number, position: number, text: string, doneAt: number | null, by: number, created: number) {
    insertGoal.run(trialId, week, position, text, doneAt, doneAt ? by : null, doneAt ? 2 : 1, created, doneAt ?? created);
  }

  function sentimentFor(kind: Kind): CheckInSentiment {
    const x = rand.next();
    if (kind === "ended") return x < 0.3 ? "on_track" : x < 0.65 ? "at_risk" : "off_track";
    return x < 0.65 ? "on_track" : x < 0.9 ? "at_risk" : "off_track";
  }

  return { plan, write };
}
