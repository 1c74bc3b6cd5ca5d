import "server-only";
import { and, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, candidates, interviewers, interviews, organizations, roles, type InterviewKind } from "@/db/schema";
import { interviewCondition } from "@/lib/access/evaluation";
import type { ScopeSubject } from "@/lib/access/scope";
import { MAX_DURATION } from "./limits";
import { holdingTime, type Booking } from "./overlap";

// The interviews a new slot could clash with, for the scheduling form's double-booking warnings:
// an interviewer's, or the candidate's (on any of their applications). Only interviews the viewer
// may see (interviewCondition), named so the warning can say which interview it is.

/** A booking as a double-booking warning names it: which interview, with whom, for which role. */
export type NamedBooking = Booking & { kind: InterviewKind; applicationId: number; candidateName: string; roleTitle: string; clientName: string };

/** Interviews holding time that could overlap [from, to): starting before `to`, at most the longest duration before `from`. */
const window = (
  from: Date,
  to: Date,
  start: typeof interviews.startsAt | typeof interviewers.startsAt,
  status: typeof interviews.status | typeof interviewers.status,
) => and(lt(start, to), gte(start, new Date(from.getTime() - MAX_DURATION * 60_000)), inArray(status, holdingTime))!;

function bookingsWhere(viewer: ScopeSubject, who: SQL, interviewer: boolean) {
  const base = db()
    .select({
      userId: interviewer ? interviewers.userId : sql<number>`0`,
      id: interviews.id,
      startsAt: interviews.startsAt,
      durationMinutes: interviews.durationMinutes,
      status: interviews.status,
      kind: interviews.kind,
      applicationId: interviews.applicationId,
      candidateName: candidates.name,
      roleTitle: roles.title,
      clientName: organizations.name,
    })
    .from(interviews);
  return (interviewer ? base.innerJoin(interviewers, eq(interviewers.interviewId, interviews.id)) : base)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .where(and(who, interviewCondition(viewer)))
    .all();
}

const named = ({ userId: _userId, ...b }: NamedBooking & { userId: number }): NamedBooking => b;

/**
 * Each user's interviews that could overlap [from, to), among those the viewer may see. The
 * interviewer rows carry their interview's status and start (kept by triggers, 0016), so this is a
 * range of each user's calendar index, not every interview they ever had.
 */
export function bookingsOf(viewer: ScopeSubject, userIds: number[], from: Date, to: Date): Map<number, NamedBooking[]> {
  const out = new Map<number, NamedBooking[]>(userIds.map((id) => [id, []]));
  if (!userIds.length) return out;
  const who = and(inArray(interviewers.userId, userIds), window(from, to, interviewers.startsAt, interviewers.status))!;
  for (const r of bookingsWhere(viewer, who, true)) out.get(r.userId)!.push(named(r));
  return out;
}

/** The candidate's interviews (on any of their applications the viewer may see) that could overlap [from, to). */
export function candidateBookings(viewer: ScopeSubject, candidateId: number, from: Date, to: Date): NamedBooking[] {
  const who = and(eq(applications.candidateId, candidateId), window(from, to, interviews.startsAt, interviews.status))!;
  return bookingsWhere(viewer, who, false).map(named);
}
