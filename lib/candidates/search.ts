import "server-only";
import { and, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { applications, candidates } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { scopeOf, scopeWhere, type ScopeConditions } from "@/lib/access/scope";
import { candidatesFts } from "./fts-table";
import type { CandidateFilters } from "./schemas";
import { pageActivity, type PageActivity } from "./list-activity";
import { buildFtsQuery, PUBLIC_SEARCH_COLUMNS } from "./search-query";

// The candidate list: full-text search and filters over the candidates the viewer may see.

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
  currentTitle: string | null;
  skills: string;
} & PageActivity;

/**
 * Candidates the viewer may see: full-text search (ranked, prefix matching) over name, email,
 * title and skills — a client's over name, title and skills only — plus filters; one page and
 * the total, each row with its visible roles and last activity (one more query per page).
 * Indexed: no LIKE scans.
 */
export function searchCandidates(
  viewer: Viewer,
  filters: CandidateFilters,
): { rows: CandidateListItem[]; total: number; atLeast: boolean; page: number; pages: number; searched: boolean; ranked: boolean } {
  if (!can(viewer, "candidates:view")) return { rows: [], total: 0, atLeast: false, page: 1, pages: 1, searched: false, ranked: false };
  const { contact } = scopeOf(viewer);
  const match = buildFtsQuery(filters.q, contact ? undefined : PUBLIC_SEARCH_COLUMNS);
  // A client may not filter by source: the answer would tell them each candidate's.
  const allowed: CandidateFilters = contact ? filters : { ...filters, source: undefined };
  // Everything but the text match: the viewer's scope and the filters. Counting is fastest with
  // IN (one pass over an index); a page is fastest with EXISTS (it stops after 25 rows).
  const scope = scopeWhere(viewer);
  const filtersWhere = filterConditions(scope, allowed, "exists");
  const countWhere = filterConditions(scope, allowed, "in");
  const base = { id: candidates.id, name: candidates.name, currentTitle: candidates.currentTitle, skills: candidates.skills };

  let total: number;
  let rows: { id: number; name: string; currentTitle: string | null; skills: string }[];
  let ranked = false;
  let atLeast = false;
  if (match) {
    const matchWhere = and(sql`${candidatesFts} match ${match}`, filtersWhere);
    // FTS5 counts its own matches from the index; ranking is affordable only when those are few
    // (it scores every match, before any scope or filter applies).
    // Counted up to a cap: past it, "2,500+" says as much as an exact figure and costs a fraction.
    const matches = db().get<{ n: number }>(
      sql`select count(*) as n from (select 1 from ${candidatesFts} where ${candidatesFts} match ${match} limit ${MATCH_COUNT_CAP + 1})`,
    ).n;
    // Clients always get newest first: whether their list is ranked must not hint at the size of
    // the agency's whole pool.
    ranked = can(viewer, "search:ranked") && matches <= RANKED_MATCH_LIMIT;
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
  const activity = pageActivity(
    viewer,
    rows.map((r) => r.id),
  );
  return { rows: rows.map((r) => ({ ...r, ...activity.get(r.id)! })), total, atLeast, page, pages, searched: !!match, ranked };
}

/** The viewer's scope and the list filters, as EXISTS or IN subqueries (same rows, different plans). */
function filterConditions(scope: ScopeConditions, filters: CandidateFilters, style: "exists" | "in"): SQL | undefined {
  const sub = (subquery: SQL) =>
    style === "in"
      ? sql`${candidates.id} in (select candidate_id from ${subquery})`
      : sql`exists (select 1 from ${subquery} and candidate_id = ${candidates.id})`;
  // The stage filter counts only applications the viewer may see (a client's: submitted to them).
  const visible = scope.applicationRows ? sql` and ${scope.applicationRows}` : sql``;
  return and(
    scope.candidates,
    filters.source ? eq(candidates.source, filters.source) : undefined,
    filters.skill ? sub(sql`candidate_skills where skill = ${filters.skill.toLowerCase()}`) : undefined,
    filters.stage ? sub(sql`${applications} where stage = ${filters.stage}${visible}`) : undefined,
  );
}
