import "server-only";
import { aliasedTable, and, count, desc, eq, gte, inArray, sql, type SQL } from "drizzle-orm";
import { db, prepared } from "@/db/client";
import { applications, candidates, notes, organizations, roles, stageEvents, users, type Candidate, type CandidateSource, type NoteVisibility, type Stage } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can, isAgency } from "@/lib/access";
import { AGENCY_ONLY_STAGES, applicationScope, candidateScope, scopeFor } from "@/lib/access/scope";
import { daysInStage } from "@/lib/pipeline/stages";
import { candidatesFts } from "./fts-table";
import type { CandidateFilters } from "./schemas";
import { buildFtsQuery } from "./search-query";

export const CANDIDATES_PAGE_SIZE = 25;
/**
 * Relevance ranking (bm25) costs about 0.6 ms per 1,000 matches. Beyond this many matches — a
 * short prefix or a skill half the pool has — results are listed newest first instead, which
 * FTS5 serves straight from its index, so every search stays within a few milliseconds at 50,000
 * candidates. Names, emails and rarer skills match far fewer and are ranked.
 */
export const RANKED_MATCH_LIMIT = 2_500;

/**
 * Searches count their matches up to this many (100 pages), then say "2,500+": past that, a
 * recruiter types more rather than pages on. The same count decides whether ranking is affordable.
 */
export const MATCH_COUNT_CAP = RANKED_MATCH_LIMIT;

function pageOf(requested: number | undefined, total: number): number {
  return Math.min(requested ?? 1, Math.max(1, Math.ceil(total / CANDIDATES_PAGE_SIZE)));
}

export type CandidateListItem = {
  id: number;
  name: string;
  email: string;
  currentTitle: string | null;
  location: string | null;
  skills: string;
  source: CandidateSource;
  yearsExperience: number | null;
  roles: number;
};


/**
 * Candidates the viewer may see: full-text search (ranked, prefix matching) over name, email,
 * title and skills, plus filters; one page and the total. Indexed: no LIKE scans.
 */
export function searchCandidates(
  viewer: Viewer,
  filters: CandidateFilters,
): { rows: CandidateListItem[]; total: number; atLeast: boolean; page: number; pages: number; searched: boolean; ranked: boolean } {
  if (!can(viewer, "candidates:view")) return { rows: [], total: 0, atLeast: false, page: 1, pages: 1, searched: false, ranked: false };
  const match = buildFtsQuery(filters.q);
  // Everything but the text match: the viewer's scope and the filters. Counting is fastest with
  // IN (one pass over an index); a page is fastest with EXISTS (it stops after 25 rows).
  const filtersWhere = filterConditions(viewer, filters, "exists");
  const countWhere = filterConditions(viewer, filters, "in");
  const base = {
    id: candidates.id,
    name: candidates.name,
    email: candidates.email,
    currentTitle: candidates.currentTitle,
    location: candidates.location,
    skills: candidates.skills,
    source: candidates.source,
    yearsExperience: candidates.yearsExperience,
  };

  let total: number;
  let rows: Omit<CandidateListItem, "roles">[];
  let ranked = false;
  let atLeast = false;
  if (match) {
    const matchWhere = and(sql`${candidatesFts} match ${match}`, filtersWhere);
    // FTS5 counts its own matches from the index; ranking is affordable only when those are few
    // (it scores every match, before any scope or filter applies).
    // Counted up to a cap: past it, "2,500+" says as much as an exact figure and costs a fraction.
    const matches = db()
      .get<{ n: number }>(sql`select count(*) as n from (select 1 from ${candidatesFts} where ${candidatesFts} match ${match} limit ${MATCH_COUNT_CAP + 1})`).n;
    // Clients always get newest first: whether their list is ranked must not hint at the size of
    // the agency's whole pool.
    ranked = isAgency(viewer) && matches <= RANKED_MATCH_LIMIT;
    total = filtersWhere
      ? db()
          .select({ n: count() })
          .from(candidates)
          .where(and(countWhere, sql`${candidates.id} in (select rowid from ${candidatesFts} where ${candidatesFts} match ${match})`))
          .get()!.n
      : Math.min(matches, MATCH_COUNT_CAP);
    atLeast = !filtersWhere && matches > MATCH_COUNT_CAP;
    rows = db()
      .select(base)
      .from(candidatesFts)
      .innerJoin(candidates, eq(candidates.id, candidatesFts.rowid))
      .where(matchWhere)
      .orderBy(ranked ? candidatesFts.rank : desc(candidatesFts.rowid))
      .limit(CANDIDATES_PAGE_SIZE)
      .offset((pageOf(filters.page, total) - 1) * CANDIDATES_PAGE_SIZE)
      .all();
  } else {
    total = db().select({ n: count() }).from(candidates).where(countWhere).get()!.n;
    rows = db()
      .select(base)
      .from(candidates)
      .where(filtersWhere)
      .orderBy(desc(candidates.updatedAt), desc(candidates.id))
      .limit(CANDIDATES_PAGE_SIZE)
      .offset((pageOf(filters.page, total) - 1) * CANDIDATES_PAGE_SIZE)
      .all();
  }
  const page = pageOf(filters.page, total);
  const pages = Math.max(1, Math.ceil(total / CANDIDATES_PAGE_SIZE));

  const roleCounts = new Map<number, number>();
  if (rows.length) {
    const counted = db()
      .select({ candidateId: applications.candidateId, n: count() })
      .from(applications)
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .where(and(inArray(applications.candidateId, rows.map((r) => r.id)), applicationScope(viewer)))
      .groupBy(applications.candidateId)
      .all();
    for (const c of counted) roleCounts.set(c.candidateId, c.n);
  }
  return { rows: rows.map((r) => ({ ...r, roles: roleCounts.get(r.id) ?? 0 })), total, atLeast, page, pages, searched: !!match, ranked };
}

/** The viewer's scope and the list filters, as EXISTS or IN subqueries (same rows, different plans). */
function filterConditions(viewer: Viewer, filters: CandidateFilters, style: "exists" | "in"): SQL | undefined {
  const sub = (subquery: SQL) => (style === "in" ? sql`${candidates.id} in (select candidate_id from ${subquery})` : sql`exists (select 1 from ${subquery} and candidate_id = ${candidates.id})`);
  // The stage filter for a client: their company's visible applications only (see pipeline/scope).
  const clientOnly = isAgency(viewer) ? sql`` : sql` and role_id in (select id from ${roles} where client_id = ${viewer.organizationId}) and submitted_at is not null and stage not in ${AGENCY_ONLY_STAGES}`;
  return and(
    candidateScope(viewer),
    filters.source ? eq(candidates.source, filters.source) : undefined,
    filters.skill ? sub(sql`candidate_skills where skill = ${filters.skill.toLowerCase()}`) : undefined,
    filters.stage ? sub(sql`${applications} where stage = ${filters.stage}${clientOnly}`) : undefined,
  );
}

/** One candidate, or undefined when it does not exist or the viewer may not see it. */
export function getCandidate(viewer: Viewer, id: number): Candidate | undefined {
  if (!can(viewer, "candidates:view")) return undefined;
  const query = prepared(`candidate:${viewer.kind}`, (d) =>
    d
      .select()
      .from(candidates)
      .where(and(eq(candidates.id, sql.placeholder("id")), candidateScope(scopeFor(viewer))))
      .prepare(),
  );
  return query.get({ id, org: viewer.organizationId });
}

export function findCandidateByEmail(email: string): { id: number; name: string } | undefined {
  return db().select({ id: candidates.id, name: candidates.name }).from(candidates).where(eq(candidates.emailNormalized, email.trim().toLowerCase())).get();
}

export type CandidateApplication = {
  id: number;
  roleId: number;
  roleTitle: string;
  clientName: string;
  stage: Stage;
  stageChangedAt: Date;
  version: number;
  days: number;
};

/** The roles a candidate is on, as far as the viewer may see. */
export function candidateApplications(viewer: Viewer, candidateId: number): CandidateApplication[] {
  if (!can(viewer, "candidates:view")) return [];
  const query = prepared(`candidate-applications:${viewer.kind}`, (d) =>
    d
      .select({
        id: applications.id,
        roleId: roles.id,
        roleTitle: roles.title,
        clientName: organizations.name,
        stage: applications.stage,
        stageChangedAt: applications.stageChangedAt,
        version: applications.version,
      })
      .from(applications)
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .innerJoin(organizations, eq(organizations.id, roles.clientId))
      .where(and(eq(applications.candidateId, sql.placeholder("candidate")), applicationScope(scopeFor(viewer))))
      .orderBy(desc(applications.stageChangedAt))
      .prepare(),
  );
  const now = Date.now();
  return query.all({ candidate: candidateId, org: viewer.organizationId }).map((a) => ({ ...a, days: daysInStage(a.stageChangedAt, now) }));
}

export type TimelineEntry =
  | { kind: "stage"; id: string; at: Date; actorName: string | null; roleTitle: string; from: Stage | null; to: Stage; reason: string | null }
  | { kind: "note"; id: string; at: Date; actorName: string | null; roleTitle: string | null; visibility: NoteVisibility; body: string };

const actor = aliasedTable(users, "actor");

/**
 * Stage changes and notes, newest first. Clients see only what happened on their company's
 * applications from submission on, and only shared notes: internal notes never leave the server.
 */
export function candidateTimeline(viewer: Viewer, candidateId: number, limit = 100): TimelineEntry[] {
  if (!can(viewer, "candidates:view")) return [];
  const agency = isAgency(viewer);
  const { events: eventQuery, notes: noteQuery } = prepared(`timeline:${viewer.kind}`, (d) => {
    const scope = applicationScope(scopeFor(viewer));
    return {
      events: d
        .select({
          id: stageEvents.id,
          at: stageEvents.createdAt,
          actorName: actor.name,
          roleTitle: roles.title,
          from: stageEvents.fromStage,
          to: stageEvents.toStage,
          reason: stageEvents.reason,
        })
        .from(stageEvents)
        .innerJoin(applications, eq(applications.id, stageEvents.applicationId))
        .innerJoin(roles, eq(roles.id, applications.roleId))
        .leftJoin(actor, eq(actor.id, stageEvents.actorId))
        .where(and(eq(applications.candidateId, sql.placeholder("candidate")), scope, agency ? undefined : gte(stageEvents.createdAt, applications.submittedAt)))
        .orderBy(desc(stageEvents.createdAt), desc(stageEvents.id))
        .limit(sql.placeholder("limit"))
        .prepare(),
      notes: d
        .select({ id: notes.id, at: notes.createdAt, actorName: actor.name, roleTitle: roles.title, visibility: notes.visibility, body: notes.body })
        .from(notes)
        .leftJoin(applications, eq(applications.id, notes.applicationId))
        .leftJoin(roles, eq(roles.id, applications.roleId))
        .leftJoin(actor, eq(actor.id, notes.authorId))
        .where(and(eq(notes.candidateId, sql.placeholder("candidate")), agency ? undefined : and(eq(notes.visibility, "shared"), scope)))
        .orderBy(desc(notes.createdAt), desc(notes.id))
        .limit(sql.placeholder("limit"))
        .prepare(),
    };
  });
  const params = { candidate: candidateId, org: viewer.organizationId, limit };
  const events = eventQuery.all(params);
  const noteRows = noteQuery.all(params);

  const entries: TimelineEntry[] = [
    ...events.map((e) => ({ kind: "stage" as const, ...e, id: `s${e.id}`, reason: agency ? e.reason : null })),
    ...noteRows.map((n) => ({ kind: "note" as const, ...n, id: `n${n.id}` })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit);
}
