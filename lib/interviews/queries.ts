import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db, inIds, prepared } from "@/lib/db";
import {
  applications,
  candidates,
  interviewers,
  interviews,
  organizations,
  roles,
  users,
  type InterviewKind,
  type InterviewStatus,
  type RoleType,
} from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { interviewCondition } from "@/lib/access/evaluation";
import { recordRefusals } from "@/lib/access/refusals";
import { scopeOf, scopeParams, type ScopeSubject } from "@/lib/access/scope";

// Interviews as the viewer may see them: every read joins the interview's application and role and
// takes `interviewCondition(viewer)`, so another company's interview is simply not there.

export type ScorecardState = "submitted" | "draft" | "missing";

export type InterviewPerson = { id: number; name: string; email: string; company: string; agency: boolean; scorecard: ScorecardState };

export type InterviewItem = {
  id: number;
  applicationId: number;
  kind: InterviewKind;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  status: InterviewStatus;
  version: number;
  /** Whether it had started when loaded (only then can it be marked completed or a no-show). */
  started: boolean;
  interviewers: InterviewPerson[];
};

export type InterviewDetail = InterviewItem & {
  candidate: { id: number; name: string; timezone: string | null };
  role: { id: number; title: string; type: RoleType; clientId: number; clientName: string };
  createdBy: { name: string; email: string };
};

const columns = {
  id: interviews.id,
  applicationId: interviews.applicationId,
  kind: interviews.kind,
  startsAt: interviews.startsAt,
  durationMinutes: interviews.durationMinutes,
  location: interviews.location,
  status: interviews.status,
  version: interviews.version,
};

/**
 * Each interview's interviewers, with where their scorecard stands (submitted once any revision
 * is; a draft otherwise; missing when they have none). Only the state, never its content: the
 * blind rule is about ratings, notes and recommendations (lib/access/evaluation.ts).
 */
function interviewersOf(ids: number[]): Map<number, InterviewPerson[]> {
  const out = new Map<number, InterviewPerson[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = prepared("interview-people", (d) =>
    d
      .select({
        interviewId: interviewers.interviewId,
        id: users.id,
        name: users.name,
        email: users.email,
        company: organizations.name,
        orgKind: organizations.kind,
        // Through the (interview, interviewer, revision) unique index: 2 submitted, 1 draft, null none.
        state: sql<number | null>`(select max(case when s.status = 'submitted' then 2 else 1 end) from scorecards s
        where s.interview_id = ${interviewers.interviewId} and s.interviewer_id = ${interviewers.userId})`,
      })
      .from(interviewers)
      .innerJoin(users, eq(users.id, interviewers.userId))
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .where(inIds(interviewers.interviewId, "ids"))
      .orderBy(asc(organizations.kind), asc(users.name))
      .prepare(),
  ).all({ ids: JSON.stringify(ids) });
  for (const r of rows) {
    out.get(r.interviewId)!.push({
      id: r.id,
      name: r.name,
      email: r.email,
      company: r.company,
      agency: r.orgKind === "agency",
      scorecard: r.state === 2 ? "submitted" : r.state === 1 ? "draft" : "missing",
    });
  }
  return out;
}

/** The interviews of an application the viewer may see, in time order (the application index). */
export function applicationInterviews(viewer: Viewer, applicationId: number): InterviewItem[] {
  const rows = prepared(`application-interviews:${scopeOf(viewer).shape}:${can(viewer, "interviews:view")}`, (d) =>
    d
      .select(columns)
      .from(interviews)
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .where(and(eq(interviews.applicationId, sql.placeholder("application")), interviewCondition(viewer, "placeholders")))
      .orderBy(asc(interviews.startsAt), asc(interviews.id))
      .prepare(),
  ).all({ application: applicationId, ...scopeParams(viewer) });
  const people = interviewersOf(rows.map((r) => r.id));
  const now = Date.now();
  return rows.map((r) => ({ ...r, started: r.startsAt.getTime() <= now, interviewers: people.get(r.id)! }));
}

/** One interview with its application's candidate and role, if the viewer may see it (a refusal of one that exists is audited). */
export function getInterview(viewer: ScopeSubject, id: number): InterviewDetail | undefined {
  const row = db()
    .select({
      ...columns,
      candidateId: candidates.id,
      candidateName: candidates.name,
      candidateTimezone: candidates.timezone,
      roleId: roles.id,
      roleTitle: roles.title,
      roleType: roles.type,
      clientId: roles.clientId,
      clientName: organizations.name,
      createdByName: users.name,
      createdByEmail: users.email,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .innerJoin(users, eq(users.id, interviews.createdById))
    .where(and(eq(interviews.id, id), interviewCondition(viewer)))
    .get();
  if (!row) {
    recordRefusals(viewer, "interview", [id]);
    return undefined;
  }
  const { candidateId, candidateName, candidateTimezone, roleId, roleTitle, roleType, clientId, clientName, createdByName, createdByEmail, ...interview } = row;
  return {
    ...interview,
    started: interview.startsAt.getTime() <= Date.now(),
    interviewers: interviewersOf([row.id]).get(row.id)!,
    candidate: { id: candidateId, name: candidateName, timezone: candidateTimezone },
    role: { id: roleId, title: roleTitle, type: roleType, clientId, clientName },
    createdBy: { name: createdByName, email: createdByEmail },
  };
}

export type InterviewerChoice = { id: number; name: string; company: string; agency: boolean };

/**
 * Who may interview on an application: the agency's active people, and the active hiring
 * managers of the role's client once the candidate has been submitted to them (before that the
 * client does not know the candidate). Empty for a viewer who may not schedule.
 */
export function interviewerChoices(viewer: Viewer, application: { submittedAt: Date | null; role: { clientId: number } }): InterviewerChoice[] {
  if (!can(viewer, "interviews:schedule")) return [];
  // Two statements, prepared once: the agency's people, or those and the client's hiring managers (`client`).
  const query = prepared(`interviewer-choices:${application.submittedAt ? "submitted" : "unsubmitted"}`, (d) => {
    const agency = and(eq(organizations.kind, "agency"), inArray(users.kind, ["admin", "recruiter"]));
    const client = application.submittedAt ? and(eq(users.organizationId, sql.placeholder("client")), eq(users.kind, "hiring_manager")) : undefined;
    return d
      .select({ id: users.id, name: users.name, company: organizations.name, orgKind: organizations.kind })
      .from(users)
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .where(and(eq(users.active, true), client ? sql`(${agency} or ${client})` : agency))
      .orderBy(asc(organizations.kind), asc(users.name))
      .prepare();
  });
  return query.all({ client: application.role.clientId }).map(({ orgKind, ...u }) => ({ ...u, agency: orgKind === "agency" }));
}
