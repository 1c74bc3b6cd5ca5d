import { db } from "@/lib/db";
import {
  applications,
  candidates,
  interviewers,
  interviews,
  organizations,
  roles,
  scorecards,
  users,
  type InterviewKind,
  type InterviewStatus,
  type RoleType,
  type Stage,
  type UserKind,
} from "@/db/schema";
import type { ActionContext } from "@/lib/action";
import { writeAudit } from "@/lib/audit";
import type { Viewer } from "@/lib/auth/current-user";

// Small builders for unit tests that run against the real (temporary) database.

let n = 0;

export function makeOrg(kind: "agency" | "client", name = `Org ${++n}`) {
  return db().insert(organizations).values({ kind, name }).returning().get();
}

export function makeViewer(kind: UserKind, org: { id: number; name: string; kind: "agency" | "client" }): Viewer {
  const user = db()
    .insert(users)
    .values({ organizationId: org.id, kind, name: `${kind} ${++n}`, email: `${kind}${n}@test.test`, passwordHash: "x" })
    .returning()
    .get();
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    kind,
    organizationId: org.id,
    organizationName: org.name,
    organizationKind: org.kind,
    sessionId: null,
  };
}

export function contextFor(viewer: Viewer): ActionContext {
  return { viewer, ip: "127.0.0.1", audit: (tx, entry) => writeAudit(tx, { ...entry, actorId: viewer.id, ip: "127.0.0.1" }) };
}

export function makeRole(client: { id: number }, owner: { id: number }, type: RoleType = "senior") {
  return db()
    .insert(roles)
    .values({ clientId: client.id, title: `Role ${++n}`, type, status: "open", ownerId: owner.id })
    .returning()
    .get();
}

/** A candidate on a role at `stage` (submitted to the client when the stage is one a client sees). */
export function makeApplication(role: { id: number }, stage: Stage = "submitted", submitted = !["sourced", "screening", "interviewing"].includes(stage)) {
  const candidate = db()
    .insert(candidates)
    .values({ name: `Candidate ${++n}`, email: `c${n}@x.test`, emailNormalized: `c${n}@x.test`, source: "sourced" })
    .returning()
    .get();
  const now = new Date();
  return db()
    .insert(applications)
    .values({ roleId: role.id, candidateId: candidate.id, stage, stageChangedAt: now, submittedAt: submitted ? now : null })
    .returning()
    .get();
}

/** An interview on an application with its interviewers. */
export function makeInterview(
  application: { id: number },
  people: { id: number }[],
  {
    kind = "systems_design",
    status = "completed",
    startsAt = new Date(Date.now() - 86_400_000),
  }: { kind?: InterviewKind; status?: InterviewStatus; startsAt?: Date } = {},
) {
  const interview = db()
    .insert(interviews)
    .values({ applicationId: application.id, kind, status, startsAt, durationMinutes: 60, createdById: people[0].id })
    .returning()
    .get();
  for (const p of people) db().insert(interviewers).values({ interviewId: interview.id, userId: p.id }).run();
  return interview;
}

/** A scorecard row written directly (the commands have their own tests). */
export function makeScorecard(
  interview: { id: number; applicationId: number },
  by: { id: number },
  fields: Partial<Omit<typeof scorecards.$inferInsert, "interviewId" | "applicationId" | "interviewerId">> = {},
) {
  const submitted = fields.status === "submitted";
  return db()
    .insert(scorecards)
    .values({ interviewId: interview.id, applicationId: interview.applicationId, interviewerId: by.id, submittedAt: submitted ? new Date() : null, ...fields })
    .returning()
    .get();
}
