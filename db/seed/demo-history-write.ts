import { rejectionReasons } from "../../lib/pipeline/stages";
import type { Tx } from "../client";
import { applications, candidateSkills, candidates, roleLoops, roles, stageEvents, type CandidateSource, type RoleType, type Stage } from "../schema";
import { defaultTemplates } from "../../lib/evaluation/defaults";
import type { PastLoop } from "./demo-history-loop";
import { stayDays } from "./demo-history-plan";
import { candidateColumns, makePerson } from "./people";
import type { Random } from "./random";

// The rows of the demo's history, written as the app would leave them: a role with its loop, a
// candidate, an application with its stage events in time order (the triggers of migration 0011
// derive the rest from them).

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type Event = { to: Stage; at: number; actor: number; reason?: string | null };
export type Context = { tx: Tx; rand: Random; now: number; staff: { riley: number; sam: number; alex: number } };
export type RoleCtx = {
  roleId: number;
  type: RoleType;
  owner: number;
  hm: number | null;
  viewer: number | null;
  zone: string;
  opened: number;
};

/** A new candidate (db/seed/people.ts), the n-th of the history: names past the pipeline's (n·7+3 up to 1046), each once, as 37 walks all of 1050…2449. */
export function insertCandidate(ctx: Context, owner: number, n: number, source: CandidateSource, createdAt: number): number {
  const p = makePerson(ctx.rand, 1050 + ((n * 37) % 1400));
  const id = ctx.tx
    .insert(candidates)
    .values({
      ...candidateColumns(p),
      source,
      ownerId: owner,
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt),
    })
    .returning({ id: candidates.id })
    .get().id;
  for (const s of p.skills) ctx.tx.insert(candidateSkills).values({ candidateId: id, skill: s.toLowerCase() }).run();
  return id;
}

export function insertRole(ctx: Context, role: RoleCtx, clientId: number, title: string): number {
  const opened = new Date(role.opened);
  const id = ctx.tx
    .insert(roles)
    .values({
      clientId,
      title,
      type: role.type,
      status: "open",
      headcount: 1,
      ownerId: role.owner,
      hiringManagerId: role.hm,
      description: `${title}: a hands-on placement to own delivery in the team. Every placement starts with a free two-week trial.`,
      skills: role.type === "engineering_manager" ? "People leadership, delivery, hiring" : "TypeScript, Go, PostgreSQL, AWS",
      timezoneOverlap: "3 hours with the client's afternoon",
      openedOn: opened.toISOString().slice(0, 10),
      lastActivityAt: opened,
      createdAt: opened,
      updatedAt: opened,
    })
    .returning({ id: roles.id })
    .get().id;
  // Its loop copied from the type's template, as creating a role in the app does.
  const t = defaultTemplates[role.type];
  ctx.tx
    .insert(roleLoops)
    .values({
      roleId: id,
      plan: JSON.stringify(t.plan),
      weights: JSON.stringify(t.weights),
      checklist: JSON.stringify(t.checklist),
      createdAt: opened,
      updatedAt: opened,
    })
    .run();
  return id;
}

/** Who made a move: the client's hiring manager for about half the moves among the client's stages, the role's owner otherwise. */
function actorFor(ctx: Context, role: RoleCtx, from: Stage | null, to: Stage): number {
  const clientMove = ctx.rand.chance(0.5);
  const clientStage = from === "submitted" || from === "client_interview" || from === "offer";
  return role.hm && clientMove && clientStage && (to === "client_interview" || to === "offer" || to === "rejected") ? role.hm : role.owner;
}

const stay = (rand: Random, stage: Stage) => {
  const [min, max] = stayDays[stage] ?? [1, 3];
  return rand.int(min, max) * DAY + rand.int(0, 7) * HOUR;
};

/** The path's moves, the last at `lastAt`, each stay before it of its stage's usual length (squeezed to start after `earliest`). */
export function walkBack(ctx: Context, role: RoleCtx, path: Stage[], lastAt: number, earliest: number): Event[] {
  const stays = path.slice(0, -1).map((s) => stay(ctx.rand, s));
  const total = stays.reduce((a, b) => a + b, 0);
  return moves(ctx, role, path, stays, lastAt - Math.min(total, lastAt - earliest), lastAt);
}

/** The path's moves from `startAt`, each stay of its stage's usual length, squeezed to end by `latest` and start after `earliest`. */
export function walkForward(ctx: Context, role: RoleCtx, path: Stage[], startAt: number, earliest: number, latest: number): Event[] {
  const stays = path.slice(0, -1).map((s) => stay(ctx.rand, s));
  const total = stays.reduce((a, b) => a + b, 0);
  const begin = Math.max(earliest, Math.min(startAt, latest - total));
  return moves(ctx, role, path, stays, begin, Math.min(begin + total, latest));
}

/** Moves at `begin` … `end`, the stays scaled to fit between them. */
function moves(ctx: Context, role: RoleCtx, path: Stage[], stays: number[], begin: number, end: number): Event[] {
  const scale =
    (end - begin) /
    Math.max(
      1,
      stays.reduce((a, b) => a + b, 0),
    );
  let t = begin;
  return path.map((to, i) => {
    if (i > 0) t += stays[i - 1] * scale;
    return { to, at: Math.round(t), actor: actorFor(ctx, role, i ? path[i - 1] : null, to) };
  });
}

export function insertApplication(ctx: Context, role: RoleCtx, candidateId: number, events: Event[], rejection: keyof typeof rejectionReasons | null): number {
  const first = events[0].at;
  const last = events[events.length - 1];
  const submitted = events.find((e) => e.to === "submitted")?.at ?? null;
  const id = ctx.tx
    .insert(applications)
    .values({
      candidateId,
      roleId: role.roleId,
      stage: last.to,
      stageChangedAt: new Date(last.at),
      submittedAt: submitted === null ? null : new Date(submitted),
      ownerId: role.owner,
      rejectionReason: rejection,
      version: events.length,
      createdAt: new Date(first),
      updatedAt: new Date(last.at),
    })
    .returning({ id: applications.id })
    .get().id;
  events.forEach((e, i) =>
    ctx.tx
      .insert(stageEvents)
      .values({
        applicationId: id,
        fromStage: i ? events[i - 1].to : null,
        toStage: e.to,
        actorId: e.actor,
        reason: e.reason ?? null,
        createdAt: new Date(e.at),
        updatedAt: new Date(e.at),
      })
      .run(),
  );
  return id;
}

/** The loop's window: from the move to Interviewing to the end of the rounds (the Offer, or the way out). */
export function loopOf(role: RoleCtx, applicationId: number, level: number, lean: number, furthest: Stage, events: Event[]): PastLoop {
  const from = events.find((e) => e.to === "interviewing")!.at;
  const to = (events.find((e) => e.to === "offer") ?? events[events.length - 1]).at;
  const submittedAt = events.find((e) => e.to === "submitted")?.at ?? null;
  return { applicationId, type: role.type, owner: role.owner, hm: role.hm, profile: { level, lean }, furthest, from, submittedAt, to };
}

const withdrawnReasons = [
  "Accepted another offer.",
  "Decided to stay with their current employer.",
  "Relocating; no longer available.",
  "Compensation below expectations.",
];
export const withdrawnReason = (rand: Random) => `Candidate withdrew: ${rand.pick(withdrawnReasons)}`;
