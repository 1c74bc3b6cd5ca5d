import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { db } from "@/lib/db";
import { applications, organizations, roles, trialGoals, trials, users } from "@/db/schema";
import type { ActionContext } from "@/lib/action";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { scopeWhere } from "@/lib/access/scope";
import { utcToLocal } from "@/lib/interviews/time";
import { resolveTimeZone } from "@/lib/labels";
import { hiredCountSql } from "@/lib/roles/seats";
import type { StartTrialInput } from "@/lib/pipeline/transition-inputs";
import { addDays } from "./calendar";
import { todayIn } from "./days";
import { TRIAL_OVER } from "./labels";

// Starting a trial: the move Offer → Trial writes the trial and its goals in the move's own
// transaction (lib/pipeline/transitions.ts calls `insertTrial`). The people it names are checked
// here against the database, which the form's schema cannot see.

export const TRIAL_LENGTH_DAYS = 14;

/** The first working day (Mon–Fri) after `now`'s date in `zone`. */
export function nextWorkingDay(zone: string, now = new Date()): string {
  let day = addDays(utcToLocal(now, zone).date, 1);
  // A calendar day's weekday does not depend on the zone once the date is known.
  while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDays(day, 1);
  return day;
}

export type Person = { id: number; name: string };

/** What the start form needs, loaded when it opens (never in the board's payload). */
export type StartTrialOptions = {
  clientName: string;
  clientTimezone: string;
  /** Today on the client's calendar: a trial whose decision day is not after it would be over already. */
  today: string;
  /** The role's seats, so the form can say when every one is already taken. */
  role: { title: string; headcount: number; hired: number };
  owners: Person[];
  buddies: Person[];
  defaults: { startsOn: string; endsOn: string; onboardingOwnerId: number | null; buddyId: number | null; overlapHours: string };
};

/** The application's role and client, if the viewer may see the application. */
function applicationContext(viewer: Viewer, applicationId: number) {
  return db()
    .select({
      id: applications.id,
      stage: applications.stage,
      ownerId: applications.ownerId,
      clientId: roles.clientId,
      clientName: organizations.name,
      timezone: organizations.timezone,
      hiringManagerId: roles.hiringManagerId,
      overlap: roles.timezoneOverlap,
      roleTitle: roles.title,
      headcount: roles.headcount,
      hired: hiredCountSql(roles.id),
    })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .where(and(eq(applications.id, applicationId), scopeWhere(viewer).applications))
    .get();
}

const agencyKinds = ["admin", "recruiter"] as const;

function activePeople(where: ReturnType<typeof and>): Person[] {
  return db().select({ id: users.id, name: users.name }).from(users).where(where).orderBy(asc(users.name)).all();
}
const ownersWhere = () => and(eq(users.active, true), inArray(users.kind, [...agencyKinds]));
const buddiesWhere = (clientId: number) => and(eq(users.active, true), eq(users.kind, "hiring_manager"), eq(users.organizationId, clientId));

/** The start form's choices and defaults for one application, or undefined when the viewer may not start its trial. */
export function startTrialOptions(viewer: Viewer, applicationId: number, now = new Date()): StartTrialOptions | undefined {
  if (!can(viewer, "trials:start")) return undefined;
  const app = applicationContext(viewer, applicationId);
  if (!app) return undefined;
  const zone = resolveTimeZone(app.timezone);
  const owners = activePeople(ownersWhere());
  const buddies = activePeople(buddiesWhere(app.clientId));
  const startsOn = nextWorkingDay(zone, now);
  const agency = (agencyKinds as readonly string[]).includes(viewer.kind);
  const ownerId = agency ? viewer.id : owners.some((o) => o.id === app.ownerId) ? app.ownerId : null;
  return {
    clientName: app.clientName,
    clientTimezone: zone,
    today: todayIn(zone, now),
    role: { title: app.roleTitle, headcount: app.headcount, hired: app.hired },
    owners,
    buddies,
    defaults: {
      startsOn,
      endsOn: addDays(startsOn, TRIAL_LENGTH_DAYS),
      onboardingOwnerId: ownerId,
      buddyId: buddies.some((b) => b.id === app.hiringManagerId) ? app.hiringManagerId : null,
      overlapHours: app.overlap ?? "",
    },
  };
}

/**
 * The people the input names, checked for the applications being moved: the owner an active
 * agency user, the buddy an active hiring manager of the role's client. Field errors, or null.
 */
export function verifyStartTrial(input: StartTrialInput, applicationIds: number[], viewer: Viewer, now = new Date()): Record<string, string> | null {
  const errors: Record<string, string> = {};
  if (applicationIds.length !== 1) return { _form: "Start trials one at a time: each trial needs its own plan." };
  const context = applicationContext(viewer, applicationIds[0]);
  // A trial may be recorded a few days late, but not one that would be over before it is saved
  // (a mistyped month or year): its decision day must be after today on the client's calendar.
  if (context && input.endsOn <= todayIn(resolveTimeZone(context.timezone), now)) errors.startsOn = TRIAL_OVER;
  const owner = db()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, input.onboardingOwnerId), ownersWhere()))
    .get();
  if (!owner) errors.onboardingOwnerId = "Choose an active agency user as the onboarding owner";
  if (input.buddyId) {
    const app = context;
    const buddy =
      app &&
      db()
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, input.buddyId), buddiesWhere(app.clientId)))
        .get();
    if (!buddy) errors.buddyId = "Choose a hiring manager of this client as the buddy";
  }
  return Object.keys(errors).length ? errors : null;
}

/** Writes the trial and its goals (inside the move's transaction) and audits `trial.start`. */
export function insertTrial(tx: Tx, { applicationId, input, ctx, now }: { applicationId: number; input: StartTrialInput; ctx: ActionContext; now: Date }) {
  const trial = tx
    .insert(trials)
    .values({
      applicationId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      onboardingOwnerId: input.onboardingOwnerId,
      buddyId: input.buddyId ?? null,
      overlapHours: input.overlapHours,
      dayOneScope: input.dayOneScope,
      metrics: JSON.stringify(input.metrics),
      createdById: ctx.viewer.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: trials.id })
    .get();
  const goals = [
    ...input.weekOneGoals.map((text, position) => ({ trialId: trial.id, week: 1, position, text })),
    ...input.weekTwoGoals.map((text, position) => ({ trialId: trial.id, week: 2, position, text })),
  ];
  if (goals.length) tx.insert(trialGoals).values(goals).run();
  ctx.audit(tx, {
    action: "trial.start",
    entityType: "trial",
    entityId: trial.id,
    details: { applicationId, startsOn: input.startsOn, endsOn: input.endsOn, goals: goals.length },
  });
  return trial;
}
