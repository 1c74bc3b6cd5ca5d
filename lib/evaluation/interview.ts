import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db";
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
import { interviewCondition } from "@/lib/access/evaluation";
import { recordRefusals } from "@/lib/access/refusals";
import type { ScopeSubject } from "@/lib/access/scope";

// One interview as the scorecard page and the scorecard commands need it, loaded through the
// viewer's scope: an interview of an application they may not see is not found (and, when it
// exists, the refusal is audited).

export type InterviewDetail = {
  id: number;
  kind: InterviewKind;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  status: InterviewStatus;
  applicationId: number;
  candidate: { id: number; name: string; timezone: string | null };
  role: { id: number; title: string; type: RoleType; clientName: string };
  interviewers: { id: number; name: string; company: string }[];
  /** Whether the viewer is one of its interviewers (and so owes, or has written, a scorecard). */
  viewerIsInterviewer: boolean;
};

export function getInterviewDetail(viewer: ScopeSubject, id: number): InterviewDetail | undefined {
  const row = db()
    .select({
      id: interviews.id,
      kind: interviews.kind,
      startsAt: interviews.startsAt,
      durationMinutes: interviews.durationMinutes,
      location: interviews.location,
      status: interviews.status,
      applicationId: interviews.applicationId,
      candidateId: candidates.id,
      candidateName: candidates.name,
      candidateTimezone: candidates.timezone,
      roleId: roles.id,
      roleTitle: roles.title,
      roleType: roles.type,
      clientName: organizations.name,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .where(and(eq(interviews.id, id), interviewCondition(viewer)))
    .get();
  if (!row) {
    recordRefusals(viewer, "interview", [id]);
    return undefined;
  }
  const people = interviewersOf([row.id]).get(row.id) ?? [];
  return {
    id: row.id,
    kind: row.kind,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    location: row.location,
    status: row.status,
    applicationId: row.applicationId,
    candidate: { id: row.candidateId, name: row.candidateName, timezone: row.candidateTimezone },
    role: { id: row.roleId, title: row.roleTitle, type: row.roleType, clientName: row.clientName },
    interviewers: people,
    viewerIsInterviewer: people.some((p) => p.id === viewer.id),
  };
}

/** The interviewers of some interviews (the caller has loaded the interviews through the scope). */
function interviewersOf(ids: number[]): Map<number, InterviewDetail["interviewers"]> {
  const out = new Map<number, InterviewDetail["interviewers"]>();
  const rows = db()
    .select({ interviewId: interviewers.interviewId, id: users.id, name: users.name, company: organizations.name })
    .from(interviewers)
    .innerJoin(users, eq(users.id, interviewers.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(inArray(interviewers.interviewId, ids))
    .orderBy(asc(users.name))
    .all();
  for (const { interviewId, ...person } of rows) out.set(interviewId, [...(out.get(interviewId) ?? []), person]);
  return out;
}
