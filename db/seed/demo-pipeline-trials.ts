import { sql } from "drizzle-orm";
import type { Tx } from "../client";
import { trialCheckIns, trials, type RoleType } from "../schema";
import { insertGoal } from "./demo-trials-write";
import { addDays, at, checkInNotes, goalsFor, metricsFor, overlapFor, scopeFor, todayIn } from "./trial-content";

// The demo pipeline's filled roles hired a few candidates through Trial in their stage history
// (offer → trial → hired) without the trial itself, so the reports counted hires that no converted
// trial explains. Each gets the trial its history implies: started the day it moved to Trial,
// planned for two weeks, converted when it moved to Hired (12 to 14 days on: pipeline-plan.ts) by
// the client's hiring manager, with its goals (week one done). Written last, so every other trial
// keeps its id.

type Hire = {
  applicationId: number;
  ownerId: number;
  hm: number | null;
  type: RoleType;
  zone: string;
  startedAt: number;
  hiredAt: number;
};

export function seedPipelineHireTrials(tx: Tx): number {
  const hires = tx.all<Hire>(sql`
    select a.id applicationId, a.owner_id ownerId, r.hiring_manager_id hm, r.type type, coalesce(o.timezone, 'UTC') zone,
      (select max(e.created_at) from stage_events e where e.application_id = a.id and e.to_stage = 'trial') startedAt,
      (select max(e.created_at) from stage_events e where e.application_id = a.id and e.to_stage = 'hired') hiredAt
    from applications a join roles r on r.id = a.role_id join organizations o on o.id = r.client_id
    where a.stage = 'hired' and not exists (select 1 from trials t where t.application_id = a.id)
    order by a.id`);
  for (const h of hires) {
    const startsOn = todayIn(h.zone, h.startedAt);
    const trial = tx
      .insert(trials)
      .values({
        applicationId: h.applicationId,
        startsOn,
        endsOn: addDays(startsOn, 14),
        onboardingOwnerId: h.ownerId,
        buddyId: h.hm,
        overlapHours: overlapFor(h.zone),
        dayOneScope: scopeFor[h.type],
        metrics: JSON.stringify(metricsFor[h.type]),
        outcome: "converted",
        decisionNote: "Converted at the end of the two weeks: the client had seen enough.",
        decidedAt: new Date(h.hiredAt),
        decidedById: h.hm ?? h.ownerId,
        createdById: h.ownerId,
        version: 2,
        createdAt: new Date(h.startedAt),
        updatedAt: new Date(h.hiredAt),
      })
      .returning({ id: trials.id })
      .get();
    // Two shared check-ins, on day 3 by the owner and on day 10 by the client: a trial converted
    // with none read as one nobody followed.
    for (const [n, author] of [
      [2, h.ownerId],
      [9, h.hm ?? h.ownerId],
    ] as const) {
      const on = addDays(startsOn, n);
      const created = Math.min(at(on, 17, h.zone), h.hiredAt);
      const notes = checkInNotes.on_track;
      tx.insert(trialCheckIns)
        .values({
          trialId: trial.id,
          authorId: author,
          on,
          sentiment: "on_track",
          visibility: "shared",
          note: notes[(trial.id + n) % notes.length],
          createdAt: new Date(created),
          updatedAt: new Date(created),
        })
        .run();
    }
    const goals = goalsFor[h.type];
    for (const [week, texts] of [[1, goals.week1] as const, [2, goals.week2] as const]) {
      // Week one done by the day it was hired; week two never started.
      const done = week === 1 ? { at: h.hiredAt, by: h.hm ?? h.ownerId } : null;
      texts.forEach((text, position) => insertGoal(tx, { trialId: trial.id, week, position, text, createdAt: h.startedAt, done }));
    }
  }
  return hires.length;
}
