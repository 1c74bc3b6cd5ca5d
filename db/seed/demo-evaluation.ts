import { eq } from "drizzle-orm";
import { defaultTemplates } from "../../lib/evaluation/defaults";
import type { Tx } from "../client";
import {
  applications,
  interviewers,
  interviews,
  roleLoops,
  roles,
  scorecards,
  stageEvents,
  users,
  type InterviewKind,
  type RoleType,
  type Stage,
} from "../schema";
import { pickDesignations, type DemoApp } from "./demo-designations";
import { candidateProfile, durationFor, flagsFor, INTERVIEWED_STAGES, interviewsDone, notesFor, ratingsFor, recommendationFor } from "./evaluation-plan";
import { createRandom } from "./random";

// The demo's interview loops: every role's own loop (its type's template), and on applications at
// interviewing and later the interviews of that loop — past ones completed with scorecards, the
// next one often scheduled in the coming days. A few designated applications make sure Riley
// (recruiter) and Jordan (Northwind's CTO) each owe a scorecard, one of them overdue, and have an
// interview coming up, and that one candidate is scored on two roles of different types.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One interview as seeded: what the references and checklist step builds on. */
export type SeededInterview = { kind: InterviewKind; at: number; status: "completed" | "scheduled" | "canceled" | "no_show"; interviewerIds: number[] };
export type SeededLoop = { app: DemoApp; interviews: SeededInterview[] };

const upcomingChance: Partial<Record<Stage, number>> = { interviewing: 0.7, submitted: 0.5, client_interview: 0.6, offer: 0.5 };

/** The same day's office hours (9:00–17:00 UTC, on the quarter hour), unless that would be later than `latest`. */
function officeHours(at: number, latest: number): number {
  const day = Math.floor(at / DAY) * DAY;
  const moved = day + 9 * HOUR + Math.floor(((at - day) / DAY) * 32) * 15 * 60_000;
  return moved <= latest ? moved : Math.floor(Math.min(at, latest) / (15 * 60_000)) * 15 * 60_000;
}

export function seedDemoEvaluation(tx: Tx, now: number): SeededLoop[] {
  const rand = createRandom(20261122);
  const idOf = (email: string) => tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
  const riley = idOf("recruiter@agency.test");
  const sam = idOf("sam@agency.test");
  const alex = idOf("admin@agency.test");
  const jordan = idOf("hiring@northwind.test");
  const agency = [riley, sam, riley, sam, alex];

  for (const role of tx.select({ id: roles.id, type: roles.type, createdAt: roles.createdAt }).from(roles).all()) {
    const t = defaultTemplates[role.type];
    tx.insert(roleLoops)
      .values({
        roleId: role.id,
        plan: JSON.stringify(t.plan),
        weights: JSON.stringify(t.weights),
        checklist: JSON.stringify(t.checklist),
        createdAt: role.createdAt,
        updatedAt: role.createdAt,
      })
      .run();
  }

  const interviewingAt = new Map(
    tx
      .select({ id: stageEvents.applicationId, at: stageEvents.createdAt })
      .from(stageEvents)
      .where(eq(stageEvents.toStage, "interviewing"))
      .all()
      .map((e) => [e.id, e.at.getTime()]),
  );
  const apps: DemoApp[] = tx
    .select({
      id: applications.id,
      candidateId: applications.candidateId,
      stage: applications.stage,
      submittedAt: applications.submittedAt,
      stageChangedAt: applications.stageChangedAt,
      createdAt: applications.createdAt,
      ownerId: applications.ownerId,
      type: roles.type,
      hmId: roles.hiringManagerId,
    })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .orderBy(applications.id)
    .all()
    .filter((a) => INTERVIEWED_STAGES.includes(a.stage) || interviewingAt.has(a.id))
    .map((a) => ({ ...a, submittedAt: a.submittedAt?.getTime() ?? null, interviewingAt: interviewingAt.get(a.id) ?? a.createdAt.getTime() }));
  const designated = pickDesignations(apps, { riley, jordan }, now);

  const loops: SeededLoop[] = [];
  let submittedCount = 0;
  for (const app of apps) {
    const plan = defaultTemplates[app.type as RoleType].plan;
    const exit = !INTERVIEWED_STAGES.includes(app.stage);
    const force = designated.get(app.id);
    // A designated next interview needs one left in the plan.
    const done = Math.min(plan.length - (force?.upcoming ? 1 : 0), Math.max(interviewsDone(rand, app.stage, plan.length), force?.minDone ?? 0));
    const profile = candidateProfile(app.candidateId);
    // The last completed interview ends this long ago; the earlier ones are spread since interviewing began.
    const lastAt = force?.lastAt ?? (exit ? app.stageChangedAt.getTime() - 2 * HOUR : now - rand.int(3, 96) * HOUR);
    const firstAt = Math.min(app.interviewingAt + 2 * HOUR, lastAt - done * DAY);
    const seeded: SeededInterview[] = [];

    const add = (kind: InterviewKind, at: number, status: SeededInterview["status"], extra: number[], exact = false) => {
      const start = exact ? at : officeHours(at, now - durationFor(kind) * 60_000 - HOUR);
      const primary = rand.pick(agency);
      const people = [primary];
      if (rand.chance(0.35)) people.push(rand.pick(agency.filter((u) => u !== primary)));
      // The client's hiring manager joins once the candidate is theirs to see, never before.
      if (app.hmId && app.submittedAt && start >= app.submittedAt && kind !== "coding" && kind !== "references" && rand.chance(0.6)) people.push(app.hmId);
      for (const u of extra) if (!people.includes(u)) people.push(u);
      const row = tx
        .insert(interviews)
        .values({
          applicationId: app.id,
          kind,
          startsAt: new Date(start),
          durationMinutes: durationFor(kind),
          location: kind === "references" ? "Phone" : `https://meet.bridgewater.test/${app.id}-${seeded.length + 1}`,
          status,
          createdById: app.ownerId ?? riley,
          createdAt: new Date(Math.min(start - 3 * DAY, now)),
          updatedAt: new Date(Math.min(start + HOUR, now)),
        })
        .returning({ id: interviews.id })
        .get();
      for (const userId of people) tx.insert(interviewers).values({ interviewId: row.id, userId }).run();
      seeded.push({ kind, at: start, status, interviewerIds: people });
      return { id: row.id, start, end: start + durationFor(kind) * 60_000, people };
    };

    if (done >= 2 && !force && rand.chance(0.08)) add(plan[0], firstAt - DAY, rand.chance(0.5) ? "no_show" : "canceled", []);
    for (let i = 0; i < done; i++) {
      const at = done === 1 ? lastAt : firstAt + ((lastAt - firstAt) * i) / (done - 1);
      const last = i === done - 1;
      const { id, end, people } = add(plan[i], at, "completed", last ? (force?.owedBy ?? []) : [], last && force?.lastAt !== undefined);
      for (const userId of people) {
        const owed = (last && force?.owedBy.includes(userId)) || (!force?.allSubmitted && rand.chance(0.06));
        const ratings = ratingsFor(rand, plan[i], profile);
        const recommendation = recommendationFor(ratings);
        const base = { interviewId: id, applicationId: app.id, interviewerId: userId, createdAt: new Date(end), updatedAt: new Date(end) };
        if (owed) {
          // Some owed scorecards are drafts already started: a few ratings, nothing submitted.
          if (rand.chance(0.4))
            tx.insert(scorecards)
              .values({ ...base, status: "draft", ratings: JSON.stringify(ratings) })
              .run();
          continue;
        }
        const submittedAt = Math.min(end + rand.int(1, 20) * HOUR, now - 10 * 60_000);
        const card = {
          ...base,
          status: "submitted" as const,
          ratings: JSON.stringify(ratings),
          redFlags: JSON.stringify(flagsFor(rand, defaultTemplates[app.type].redFlags, ratings)),
          notes: notesFor(rand, recommendation),
          recommendation,
          submittedAt: new Date(submittedAt),
          updatedAt: new Date(submittedAt),
        };
        // One in a while, an amendment: the first version kept (superseded), the second current.
        const amendAt = submittedAt + DAY;
        if (++submittedCount % 60 === 0 && amendAt < now - HOUR) {
          tx.insert(scorecards)
            .values({ ...card, supersededAt: new Date(amendAt), updatedAt: new Date(amendAt) })
            .run();
          const lower = Object.fromEntries(Object.entries(ratings).map(([k, v]) => [k, Math.max(1, v - 1)]));
          tx.insert(scorecards)
            .values({
              ...card,
              revision: 2,
              ratings: JSON.stringify(lower),
              recommendation: recommendationFor(lower),
              notes: `${card.notes} Amended after the debrief: the follow-up answers were weaker than they first seemed.`,
              submittedAt: new Date(amendAt),
              createdAt: new Date(amendAt),
              updatedAt: new Date(amendAt),
            })
            .run();
        } else tx.insert(scorecards).values(card).run();
      }
    }
    const next = plan[done];
    if (!exit && next && (force?.upcoming || rand.chance(upcomingChance[app.stage] ?? 0))) {
      const day = Math.floor(now / DAY) * DAY + (force?.upcomingInDays ?? rand.int(1, 6)) * DAY;
      add(next, day + rand.int(9, 16) * HOUR, "scheduled", force?.upcoming ?? [], true);
    }
    loops.push({ app, interviews: seeded });
  }
  return loops;
}
