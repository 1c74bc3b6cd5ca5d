import type Database from "better-sqlite3";
import { defaultTemplates, REFERENCES_ITEM } from "../../lib/evaluation/defaults";
import type { RoleType, Stage } from "../schema";
import { candidateProfile, durationFor, flagsFor, INTERVIEWED_STAGES, notesFor, ratingsFor, recommendationFor } from "./evaluation-plan";
import type { PlannedApplication } from "./pipeline-plan";
import type { Random } from "./random";

// The large seed's interview loops, inserted row by row beside each application (same prepared
// statements, same transaction), so the cost grows linearly with the applications. Per 200,000
// applications about 120,000 interviews and 180,000 scorecards: the 35% at interviewing or later
// have 1.7 interviews on average, with 1.8 interviewers each, and 95% of the slots on completed
// interviews have their scorecard. Riley (recruiter@agency.test), whom the benchmark signs in as,
// gets a realistic load whatever the scale: about RILEY_LOAD interviews, a few owed.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const INTERVIEWS_PER_APPLICATION = 0.6;
export const RILEY_LOAD = 300;

/** How many interviews an application at this stage has had (or has booked). */
function interviewCount(rand: Random, stage: Stage): number {
  if (stage === "interviewing") return rand.int(0, 2);
  if (stage === "submitted") return rand.int(1, 2);
  if (stage === "client_interview") return rand.int(1, 3);
  return rand.int(2, 4);
}

export type LoopTarget = { applicationId: number; candidateId: number; type: RoleType; plan: PlannedApplication; hm: number | null; owner: number };

export function largeEvaluation(sqlite: Database.Database, rand: Random, now: number, opts: { agency: number[]; riley: number; applications: number }) {
  const insertLoop = sqlite.prepare("insert into role_loops (role_id, plan, weights, checklist, created_at, updated_at) values (?, ?, ?, ?, ?, ?)");
  const insertInterview = sqlite.prepare(`insert into interviews (application_id, kind, starts_at, duration_minutes, location, status, created_by_id,
    created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertInterviewer = sqlite.prepare("insert into interviewers (interview_id, user_id) values (?, ?)");
  const insertScorecard = sqlite.prepare(`insert into scorecards (interview_id, application_id, interviewer_id, status, ratings, red_flags, notes,
    recommendation, submitted_at, created_at, updated_at) values (?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?)`);
  const insertReference = sqlite.prepare(`insert into "references" (application_id, name, relationship, company, email, answers, notes, outcome,
    completed_at, created_by_id, created_at, updated_at) values (?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?)`);
  const insertTick = sqlite.prepare("insert into checklist_ticks (application_id, item, evidence, ticked_by_id, ticked_at) values (?, ?, ?, ?, ?)");
  const pool = opts.agency.filter((u) => u !== opts.riley);
  const rileyChance = Math.min(1, RILEY_LOAD / (opts.applications * INTERVIEWS_PER_APPLICATION));
  const loops = Object.fromEntries(
    (Object.keys(defaultTemplates) as RoleType[]).map((t) => {
      const d = defaultTemplates[t];
      return [t, [JSON.stringify(d.plan), JSON.stringify(d.weights), JSON.stringify(d.checklist)]];
    }),
  ) as Record<RoleType, [string, string, string]>;

  function addRoleLoop(roleId: number, type: RoleType, at: number) {
    insertLoop.run(roleId, ...loops[type], at, at);
  }

  function addLoop({ applicationId, candidateId, type, plan, hm, owner }: LoopTarget) {
    if (!INTERVIEWED_STAGES.includes(plan.stage)) return;
    const kinds = defaultTemplates[type].plan;
    const count = Math.min(kinds.length, interviewCount(rand, plan.stage));
    const from = plan.events.find((e) => e.to === "interviewing")!.at;
    const to = Math.max(from + HOUR, Math.min(now - 2 * HOUR, plan.stage === "interviewing" ? now : plan.stageChangedAt));
    // The last interview is still to come for some applications in the agency's and client's rounds.
    const booked = count > 0 && ["interviewing", "submitted", "client_interview"].includes(plan.stage) && rand.chance(0.3);
    const profile = candidateProfile(candidateId);
    for (let i = 0; i < count; i++) {
      const kind = kinds[i];
      const scheduled = booked && i === count - 1;
      const start = scheduled
        ? Math.floor(now / DAY + rand.int(1, 10)) * DAY + rand.int(8, 17) * HOUR
        : Math.round(from + ((to - from) * (i + 1)) / (count + 1));
      const end = start + durationFor(kind) * 60_000;
      const seats = rand.next();
      const people = [rand.pick(pool)];
      if (seats > 0.3) people.push(rand.pick(pool));
      if (seats > 0.92) people.push(rand.pick(pool));
      // The client's hiring manager sits in on the later rounds, once the candidate is submitted.
      if (hm && plan.submittedAt && start >= plan.submittedAt && kind !== "coding" && kind !== "references" && rand.chance(0.5)) people[people.length - 1] = hm;
      if (rand.chance(rileyChance)) people[0] = opts.riley;
      const interviewId = Number(
        insertInterview.run(
          applicationId,
          kind,
          start,
          durationFor(kind),
          "https://meet.bridgewater.test/bench",
          scheduled ? "scheduled" : "completed",
          owner,
          Math.min(start, now) - 2 * DAY,
          Math.min(end, now),
        ).lastInsertRowid,
      );
      for (const userId of new Set(people)) {
        insertInterviewer.run(interviewId, userId);
        if (scheduled || rand.chance(0.05)) continue; // booked, or a scorecard still owed
        const ratings = ratingsFor(rand, kind, profile);
        const recommendation = recommendationFor(ratings);
        const submitted = Math.min(end + rand.int(1, 30) * HOUR, now - 60_000);
        insertScorecard.run(
          interviewId,
          applicationId,
          userId,
          JSON.stringify(ratings),
          JSON.stringify(flagsFor(rand, defaultTemplates[type].redFlags, ratings)),
          notesFor(rand, recommendation),
          recommendation,
          submitted,
          end,
          submitted,
        );
      }
    }
    // Far along: both references called (the system ticked the item); a couple of items ticked on the way.
    if (plan.stage === "client_interview" || plan.stage === "offer" || plan.stage === "trial" || plan.stage === "hired") {
      const at = Math.min(plan.stageChangedAt, now - HOUR);
      insertTick.run(applicationId, defaultTemplates[type].checklist[0], "Seen in the first interview; notes on the scorecard.", owner, at);
      if (plan.stage !== "client_interview") {
        insertReference.run(applicationId, "Referee One", "Former manager", "Previous employer", "one@example.com", "Positive.", "positive", at, owner, at, at);
        insertReference.run(applicationId, "Referee Two", "Peer engineer", "Previous employer", "two@example.com", "Positive.", "positive", at, owner, at, at);
        insertTick.run(applicationId, REFERENCES_ITEM, "Two references completed: Referee One and Referee Two.", null, at);
      }
    }
  }

  return { addRoleLoop, addLoop };
}
