import { and, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { defaultTemplates } from "../../lib/evaluation/defaults";
import { applications, organizations, roleLoops, roles, stageEvents, users, type RoleType } from "../schema";
import { DEMO_TRIALS, endedPlan } from "./demo-trials-plan";
import { addApplication, writeTrial, type TrialPeople, type TrialPlan } from "./demo-trials-write";
import { addDays, at, todayIn } from "./trial-content";

// The demo's trials, relative to the day it is seeded so "day 6" stays day 6: one on each of the
// days people ask about (2, 6, 9 with week-one goals unmet, 13 with the decision due), one past its
// end with no decision, one starting next week, one extended (day 16 of 21), one converted (its role
// filled), one ended with the backfill done (a runner-up moved back to Client interview). Each on a
// role of its own, with a rejected runner-up, so the roles the e2e journeys open stay as they were;
// the ended one on an existing role whose runner-ups have scorecards. The pipeline's own
// applications already at Trial get their trial too, and Northwind has a candidate at Offer.

const HOUR = 3_600_000;

export function seedDemoTrials(tx: Tx, now: number): { roles: number; applications: number; trials: number } {
  const user = (email: string) => tx.select().from(users).where(eq(users.email, email)).get()!;
  const staff = { riley: user("recruiter@agency.test").id, sam: user("sam@agency.test").id };
  const clientPeople = (orgId: number) => {
    const people = tx.select().from(users).where(eq(users.organizationId, orgId)).orderBy(users.id).all();
    return { hm: people.find((u) => u.kind === "hiring_manager")?.id ?? null, viewer: people.find((u) => u.kind === "client_viewer")?.id ?? null };
  };
  const client = (name: string) => tx.select().from(organizations).where(eq(organizations.name, name)).get()!;
  // Candidates the pipeline left without any application, in a fixed order.
  const free = tx
    .select({ id: sql<number>`c.id` })
    .from(sql`candidates c`)
    .where(sql`not exists (select 1 from applications a where a.candidate_id = c.id)`)
    .orderBy(sql`c.id`)
    .all()
    .map((r) => r.id);
  const nextCandidate = () => free.shift()!;
  let count = 0;
  let roleCount = 0;
  let appCount = 0;

  const newRole = (orgId: number, title: string, type: RoleType, owner: number, hm: number | null, status: "open" | "filled", opened: number) => {
    const id = tx
      .insert(roles)
      .values({
        clientId: orgId,
        title,
        type,
        status,
        headcount: 1,
        ownerId: owner,
        hiringManagerId: hm,
        description: `${title}: a hands-on placement to own delivery in the team. Every placement starts with a free two-week trial.`,
        skills: "TypeScript, Go, PostgreSQL, AWS",
        timezoneOverlap: "3 hours with the client's afternoon",
        openedOn: new Date(opened).toISOString().slice(0, 10),
        lastActivityAt: new Date(now - HOUR),
        createdAt: new Date(opened),
        updatedAt: new Date(opened),
      })
      .returning({ id: roles.id })
      .get().id;
    // Its loop copied from the type's template, as creating a role in the app does.
    const t = defaultTemplates[type];
    const loop = { plan: JSON.stringify(t.plan), weights: JSON.stringify(t.weights), checklist: JSON.stringify(t.checklist) };
    tx.insert(roleLoops)
      .values({ roleId: id, ...loop, createdAt: new Date(opened), updatedAt: new Date(opened) })
      .run();
    roleCount++;
    return id;
  };
  const add = (o: Parameters<typeof addApplication>[1]) => {
    appCount++;
    return addApplication(tx, o);
  };

  for (const s of DEMO_TRIALS) {
    const org = client(s.client);
    const zone = org.timezone ?? "UTC";
    const { hm, viewer } = clientPeople(org.id);
    const owner = staff[s.owner];
    const plan = s.plan(todayIn(zone, now));
    const trialAt = Math.min(at(addDays(plan.startsOn, -3), 10, zone), now - 2 * HOUR);
    const roleId = newRole(org.id, s.title, s.type, owner, hm, s.filled ? "filled" : "open", trialAt - 40 * 24 * HOUR);
    // A finalist the client turned down, for the backfill to offer.
    add({ candidateId: nextCandidate(), roleId, stage: "rejected", lastAt: trialAt - 2 * HOUR, owner, hm, rejection: "client_declined" });
    const applicationId = add({ candidateId: nextCandidate(), roleId, stage: "trial", lastAt: trialAt, owner, hm });
    const people: TrialPeople = { owner, hm, viewer, createdBy: owner };
    writeTrial(tx, { applicationId, roleId, type: s.type, zone, people }, plan, now);
    count++;
  }

  const ended = seedEndedWithBackfill(tx, now, staff.riley, nextCandidate(), clientPeople);
  count += ended;
  appCount += ended;
  count += trialsForPipeline(tx, now, clientPeople);

  // Northwind's finalist at Offer, for the start-trial journey.
  const northwind = client("Northwind Labs");
  const { hm } = clientPeople(northwind.id);
  const offerRole = newRole(northwind.id, "Senior Data Platform Engineer", "senior", staff.riley, hm, "open", now - 35 * 24 * HOUR);
  add({ candidateId: nextCandidate(), roleId: offerRole, stage: "offer", lastAt: now - 26 * HOUR, owner: staff.riley, hm });
  add({ candidateId: nextCandidate(), roleId: offerRole, stage: "client_interview", lastAt: now - 50 * HOUR, owner: staff.riley, hm });
  return { roles: roleCount, applications: appCount, trials: count };
}

type People = (orgId: number) => { hm: number | null; viewer: number | null };

/** An ended trial on the open role whose rejected finalists have the most scorecards; the best of them moved back. */
function seedEndedWithBackfill(tx: Tx, now: number, riley: number, candidateId: number, people: People): number {
  const best = tx.get<{ app: number; role: number; rejected: number } | undefined>(sql`select a.id app, a.role_id role, e.created_at rejected
    from applications a join roles r on r.id = a.role_id join organizations o on o.id = r.client_id
    join stage_events e on e.application_id = a.id and e.to_stage = 'rejected' and e.from_stage in ('client_interview', 'offer')
    where a.stage = 'rejected' and r.status = 'open' and o.name not in ('Northwind Labs', 'Acme Robotics')
    order by (select count(*) from scorecards s where s.application_id = a.id) desc, a.id limit 1`);
  if (!best) return 0;
  const role = tx.select().from(roles).where(eq(roles.id, best.role)).get()!;
  const org = tx.select().from(organizations).where(eq(organizations.id, role.clientId)).get()!;
  const zone = org.timezone ?? "UTC";
  const { hm, viewer } = people(org.id);
  const plan = endedPlan(todayIn(zone, now));
  const trialAt = Math.min(at(addDays(plan.startsOn, -3), 10, zone), now - 2 * HOUR);
  const applicationId = addApplication(tx, { candidateId, roleId: role.id, stage: "trial", lastAt: trialAt, owner: riley, hm });
  writeTrial(tx, { applicationId, roleId: role.id, type: role.type, zone, people: { owner: riley, hm, viewer, createdBy: riley } }, plan, now);
  const decided = tx.get<{ at: number }>(sql`select decided_at at from trials where application_id = ${applicationId}`).at;
  // The backfill: after both the decision and the runner-up's rejection, before now.
  const from = Math.max(decided, best.rejected);
  const when = Math.min(from + HOUR, Math.round((from + now) / 2));
  tx.update(applications)
    .set({
      stage: "client_interview",
      stageChangedAt: new Date(when),
      rejectionReason: null,
      rejectionNote: null,
      version: sql`version + 1`,
      updatedAt: new Date(when),
    })
    .where(eq(applications.id, best.app))
    .run();
  tx.insert(stageEvents)
    .values({
      applicationId: best.app,
      fromStage: "rejected",
      toStage: "client_interview",
      actorId: riley,
      reason: "Backfill after the trial ended",
      createdAt: new Date(when),
      updatedAt: new Date(when),
    })
    .run();
  tx.update(roles)
    .set({ status: "open", lastActivityAt: new Date(when) })
    .where(eq(roles.id, role.id))
    .run();
  return 1;
}

/** Applications the pipeline seed left at Trial: their trial starts the day after the move. */
function trialsForPipeline(tx: Tx, now: number, people: People): number {
  const rows = tx.all<{ app: number; role: number; type: RoleType; owner: number; org: number; zone: string | null }>(sql`select a.id app, a.role_id role,
    r.type, a.owner_id owner, r.client_id org, o.timezone zone from applications a join roles r on r.id = a.role_id join organizations o on o.id = r.client_id
    where a.stage = 'trial' and not exists (select 1 from trials t where t.application_id = a.id) order by a.id`);
  for (const r of rows) {
    const zone = r.zone ?? "UTC";
    const moved = tx
      .select({ at: stageEvents.createdAt })
      .from(stageEvents)
      .where(and(eq(stageEvents.applicationId, r.app), eq(stageEvents.toStage, "trial")))
      .orderBy(desc(stageEvents.createdAt))
      .get()!.at;
    const startsOn = addDays(todayIn(zone, moved.getTime()), 1);
    const today = todayIn(zone, now);
    const day = Math.round((Date.parse(today) - Date.parse(startsOn)) / 86_400_000) + 1;
    const checkIns: TrialPlan["checkIns"] = [];
    for (let d = 1; d <= Math.min(day, 14); d += 3) checkIns.push([d, d % 2 ? "on_track" : "at_risk", d % 2 ? "shared" : "internal", "owner"]);
    const { hm, viewer } = people(r.org);
    const plan: TrialPlan = { startsOn, length: 14, week1Done: Math.max(0, Math.min(3, Math.floor((day - 1) / 2))), week2Done: 0, checkIns };
    writeTrial(tx, { applicationId: r.app, roleId: r.role, type: r.type, zone, people: { owner: r.owner, hm, viewer, createdBy: r.owner } }, plan, now);
  }
  return rows.length;
}
