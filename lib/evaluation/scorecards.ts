import "server-only";
import { aliasedTable, and, asc, desc, eq, sql } from "drizzle-orm";
import { prepared, preparedSql } from "@/lib/db";
import {
  applications,
  attributes,
  interviewers,
  interviews,
  organizations,
  roles,
  scorecards,
  users,
  type Attribute,
  type InterviewKind,
  type Recommendation,
  type ScorecardStatus,
} from "@/db/schema";
import { owesScorecardOn, owing, scorecardCondition } from "@/lib/access/evaluation";
import { can } from "@/lib/access";
import { scopeOf, scopeParams, type ScopeSubject } from "@/lib/access/scope";
import type { Ratings } from "./score";

// Scorecards as a viewer may read them. Which ones is decided once, by `scorecardCondition` in
// lib/access/evaluation.ts (the blind rule, the company of the interviewer, the application's
// scope); these queries only join what that condition needs and shape the rows.

export type ScorecardView = {
  id: number;
  interviewId: number;
  interviewKind: InterviewKind;
  applicationId: number;
  interviewer: { id: number; name: string; company: string };
  revision: number;
  status: ScorecardStatus;
  ratings: Ratings;
  redFlags: string[];
  notes: string | null;
  recommendation: Recommendation | null;
  submittedAt: Date | null;
  /** Set when a later revision (an amendment) was submitted in its place. */
  supersededAt: Date | null;
  version: number;
};

const interviewer = aliasedTable(users, "interviewer");
const interviewerOrg = aliasedTable(organizations, "interviewer_org");

const attributeSet = new Set<string>(attributes);

/** A stored JSON column, parsed defensively: a malformed value reads as empty, never as a crash. */
function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

// Hand-checked rather than through zod: the comparison view parses thousands of these per request.
/** Stored ratings: only known attributes rated 1–4 are kept. */
export function parseRatings(json: string): Ratings {
  const value = parseJson(json);
  const out: Ratings = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return out;
  const rated = value as Record<string, unknown>;
  for (const k in rated) {
    const v = rated[k];
    if (attributeSet.has(k) && Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 4) out[k as Attribute] = v as number;
  }
  return out;
}

/** Stored red flags: the strings of a JSON array. */
export function parseFlags(json: string): string[] {
  const value = parseJson(json);
  return Array.isArray(value) ? value.filter((f): f is string => typeof f === "string") : [];
}

/** Which scorecards a list is of: an application's, an interview's, or one by id (the placeholder `key`). */
type ScorecardsOf = "application" | "interview" | "id";
const keyColumns = { application: scorecards.applicationId, interview: scorecards.interviewId, id: scorecards.id };

/** The scorecards the viewer may see of one application, interview or id: prepared once per scope shape. */
function visible(viewer: ScopeSubject, of: ScorecardsOf, key: number): ScorecardView[] {
  const shape = `${scopeOf(viewer).shape}:${can(viewer, "scorecards:fill")}:${can(viewer, "scorecards:view-all-interviewers")}`;
  return prepared(`scorecards:${of}:${shape}`, (d) =>
    d
      .select({
        id: scorecards.id,
        interviewId: scorecards.interviewId,
        interviewKind: interviews.kind,
        applicationId: scorecards.applicationId,
        interviewerId: interviewer.id,
        interviewerName: interviewer.name,
        interviewerCompany: interviewerOrg.name,
        revision: scorecards.revision,
        status: scorecards.status,
        ratings: scorecards.ratings,
        redFlags: scorecards.redFlags,
        notes: scorecards.notes,
        recommendation: scorecards.recommendation,
        submittedAt: scorecards.submittedAt,
        supersededAt: scorecards.supersededAt,
        version: scorecards.version,
      })
      .from(scorecards)
      .innerJoin(interviews, eq(interviews.id, scorecards.interviewId))
      .innerJoin(applications, eq(applications.id, scorecards.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .innerJoin(interviewer, eq(interviewer.id, scorecards.interviewerId))
      .innerJoin(interviewerOrg, eq(interviewerOrg.id, interviewer.organizationId))
      .where(and(eq(keyColumns[of], sql.placeholder("key")), scorecardCondition(viewer, interviewer, "placeholders")))
      .orderBy(asc(interviews.startsAt), asc(interviewer.name), desc(scorecards.revision))
      .prepare(),
  )
    .all({ key, ...scopeParams(viewer) })
    .map((r) => ({
      id: r.id,
      interviewId: r.interviewId,
      interviewKind: r.interviewKind,
      applicationId: r.applicationId,
      interviewer: { id: r.interviewerId, name: r.interviewerName, company: r.interviewerCompany },
      revision: r.revision,
      status: r.status,
      ratings: parseRatings(r.ratings),
      redFlags: parseFlags(r.redFlags),
      notes: r.notes,
      recommendation: r.recommendation,
      submittedAt: r.submittedAt,
      supersededAt: r.supersededAt,
      version: r.version,
    }));
}

/** Every scorecard of an application the viewer may see (every revision, oldest interview first). */
export function listScorecards(viewer: ScopeSubject, applicationId: number): ScorecardView[] {
  return visible(viewer, "application", applicationId);
}

/** Every scorecard of one interview the viewer may see. */
export function interviewScorecards(viewer: ScopeSubject, interviewId: number): ScorecardView[] {
  return visible(viewer, "interview", interviewId);
}

/** One scorecard, if the viewer may see it. */
export function getScorecard(viewer: ScopeSubject, id: number): ScorecardView | undefined {
  return visible(viewer, "id", id)[0];
}

/** Whether the viewer owes a scorecard on the application (and so sees no one else's on it). */
export function owesScorecard(viewer: ScopeSubject, applicationId: number): boolean {
  const query = preparedSql<{ owes: number }>(
    "owes-scorecard",
    () => sql`select ${owesScorecardOn(viewer, sql`${sql.placeholder("application")}`, "placeholders")} as owes`,
  );
  return !!query.get({ application: applicationId, ...scopeParams(viewer) })?.owes;
}

/**
 * The interviews of the application on which the viewer owes a scorecard (the blind rule's
 * `owing`, once), soonest first: what the evaluation names while it hides the scores. A range of
 * the viewer's own owed rows of the interviewer index, as `owesScorecard` is.
 */
export function owedInterviews(viewer: ScopeSubject, applicationId: number): { id: number; kind: InterviewKind }[] {
  return prepared("owed-interviews", (d) =>
    d
      .select({ id: interviews.id, kind: interviews.kind })
      .from(interviewers)
      .innerJoin(interviews, eq(interviews.id, interviewers.interviewId))
      .where(and(owing(viewer, "placeholders"), eq(interviewers.applicationId, sql.placeholder("application"))))
      .orderBy(asc(interviews.startsAt), asc(interviews.id))
      .prepare(),
  ).all({ application: applicationId, ...scopeParams(viewer) });
}

/** The viewer's own current scorecard for an interview: the latest revision (a draft amendment, if one is open). */
export function ownCurrentScorecard(viewer: ScopeSubject, views: ScorecardView[]): ScorecardView | undefined {
  return views.filter((s) => s.interviewer.id === viewer.id && !s.supersededAt).sort((a, b) => b.revision - a.revision)[0];
}
