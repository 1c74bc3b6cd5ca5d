import { eq } from "drizzle-orm";
import { defaultTemplates } from "../../lib/evaluation/defaults";
import { attributeMeans, weightedScore } from "../../lib/evaluation/score";
import { rejectionReasons } from "../../lib/pipeline/stages";
import type { Tx } from "../client";
import { applications, organizations, roles, users, type CandidateSource } from "../schema";
import { writePastLoop } from "./demo-history-loop";
import {
  createOutcomes,
  finalistLevel,
  HISTORY_ROLES,
  LAST_TRIAL_START,
  PATH,
  pastTrialPlan,
  pickExit,
  pickFurthest,
  pickSource,
  QUIET_DAYS,
  startDay,
} from "./demo-history-plan";
import {
  insertApplication,
  insertCandidate,
  insertRole,
  loopOf,
  walkBack,
  walkForward,
  withdrawnReason,
  type Context,
  type RoleCtx,
} from "./demo-history-write";
import { writeTrial } from "./demo-trials-write";
import { createRandom } from "./random";
import { at, todayIn } from "./trial-content";

// Seven months of the demo agency's past work, so every report has figures to show: 24 roles at
// the demo's clients, filled or closed since, each with a dozen applications that ended where
// applications end (most rejected or withdrawn early, some after the client's interview or an
// offer) and two or three finalists whose two-week trial was decided — converted (hired) or ended
// (rejected, with the trial's reason). Each application that reached Interviewing has its loop's
// interviews with submitted scorecards (demo-history-loop.ts). Everything is over by two weeks ago,
// so the homes' lists ("scorecards you owe", "trials needing attention", "moved by the client",
// stale applications) and the live roles stay exactly as the rest of the demo makes them. Stage
// events go in in time order: the trigger of migration 0011 fills left_at, reached_rank and
// client_moved_at from them, and another copies the candidate's source onto the application.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type HistoryCounts = { roles: number; candidates: number; applications: number; trials: number; interviews: number; scorecards: number };

export function seedDemoHistory(tx: Tx, now: number): HistoryCounts {
  const rand = createRandom(20261124);
  const idOf = (email: string) => tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
  const staff = { riley: idOf("recruiter@agency.test"), sam: idOf("sam@agency.test"), alex: idOf("admin@agency.test") };
  const ctx: Context = { tx, rand, now, staff };
  const counts: HistoryCounts = { roles: 0, candidates: 0, applications: 0, trials: 0, interviews: 0, scorecards: 0 };
  // Sam's ratings are the ones that do not track the candidate; Alex and Riley's do. Riley (whom
  // the benchmark signs in as) takes the smaller share, so their interview count stays realistic.
  const people = { pool: [staff.alex, staff.sam, staff.alex, staff.riley, staff.alex, staff.sam], noisy: staff.sam };
  let person = 0;
  const outcome = createOutcomes();

  for (const plan of HISTORY_ROLES) {
    const org = tx.select().from(organizations).where(eq(organizations.name, plan.client)).get()!;
    const clientUsers = tx.select().from(users).where(eq(users.organizationId, org.id)).orderBy(users.id).all();
    const zone = org.timezone ?? "UTC";
    const role: RoleCtx = {
      roleId: 0,
      type: plan.type,
      owner: staff[plan.owner],
      hm: clientUsers.find((u) => u.kind === "hiring_manager")?.id ?? null,
      viewer: clientUsers.find((u) => u.kind === "client_viewer")?.id ?? null,
      zone,
      opened: now - plan.openedDaysAgo * DAY,
    };
    role.roleId = insertRole(ctx, role, org.id, plan.title);
    counts.roles++;
    let last = role.opened;
    let hires = 0;

    const addCandidate = (source: CandidateSource, createdAt: number) => {
      counts.candidates++;
      return insertCandidate(ctx, role.owner, person++, source, createdAt);
    };

    // The finalists: each trial starts 25 to 75 days after the role opened, and is decided before the quiet weeks.
    for (let t = 0; t < plan.trials; t++) {
      const source = pickSource(rand, "finalists");
      const level = finalistLevel(rand, counts.trials, source);
      const lean = rand.pick([-0.35, 0, 0.35]);
      const latestStart = plan.openedDaysAgo - 25;
      const daysAgo = latestStart - rand.int(0, Math.min(50, latestStart - LAST_TRIAL_START));
      const startsOn = startDay(todayIn(zone, now), daysAgo);
      const trialAt = at(startsOn, 10, zone) - 3 * DAY;
      const events = walkBack(ctx, role, PATH.slice(0, PATH.indexOf("trial") + 1), trialAt, role.opened + rand.int(0, 4) * DAY);
      const candidateId = addCandidate(source, events[0].at - DAY);
      const applicationId = insertApplication(ctx, role, candidateId, events, null);
      const loop = writePastLoop(tx, rand, loopOf(role, applicationId, level, lean, "trial", events), people);
      // The score the application page (and the calibration report) shows: its role's weights over every scorecard.
      const { score } = weightedScore(attributeMeans(loop.cards.map((c) => c.ratings)), defaultTemplates[role.type].weights);
      const converted = outcome(score ?? level, daysAgo < 90, source);
      const trialPeople = { owner: role.owner, hm: role.hm, viewer: role.viewer, createdBy: role.owner };
      writeTrial(tx, { applicationId, roleId: role.roleId, type: role.type, zone, people: trialPeople }, pastTrialPlan(rand, startsOn, converted), now);
      const decided = tx.select({ at: applications.stageChangedAt }).from(applications).where(eq(applications.id, applicationId)).get()!.at.getTime();
      last = Math.max(last, decided);
      if (converted) hires++;
      counts.applications++;
      counts.trials++;
      counts.interviews += loop.interviews;
      counts.scorecards += loop.cards.length;
    }

    // Everyone else on the role: added over its first six weeks, out somewhere before Trial.
    const others = rand.int(8, 12);
    for (let n = 0; n < others; n++) {
      const furthest = pickFurthest(rand);
      const exit = pickExit(rand, furthest);
      const path = [...PATH.slice(0, PATH.indexOf(furthest) + 1), exit.to];
      const level = 1.6 + rand.next() * (PATH.indexOf(furthest) >= 3 ? 1.8 : 1.2);
      const lean = rand.pick([-0.7, 0, 0.7]);
      const latest = now - QUIET_DAYS * DAY - rand.int(1, 20) * HOUR;
      const events = walkForward(ctx, role, path, role.opened + rand.int(0, 42) * DAY + rand.int(0, 8) * HOUR, role.opened + HOUR, latest);
      const candidateId = addCandidate(pickSource(rand, "all"), events[0].at - rand.int(1, 10) * DAY);
      const exitEvent = events[events.length - 1];
      exitEvent.reason = exit.to === "withdrawn" ? withdrawnReason(rand) : rejectionReasons[exit.reason!];
      const applicationId = insertApplication(ctx, role, candidateId, events, exit.reason);
      if (PATH.indexOf(furthest) >= PATH.indexOf("interviewing")) {
        const loop = writePastLoop(tx, rand, loopOf(role, applicationId, level, lean, furthest, events), people);
        counts.interviews += loop.interviews;
        counts.scorecards += loop.cards.length;
      }
      last = Math.max(last, exitEvent.at);
      counts.applications++;
    }

    // A role whose hires reach its headcount is filled; one whose every trial ended was closed.
    tx.update(roles)
      .set({ status: hires ? "filled" : "closed", headcount: Math.max(1, hires), lastActivityAt: new Date(last), updatedAt: new Date(last) })
      .where(eq(roles.id, role.roleId))
      .run();
  }
  return counts;
}
