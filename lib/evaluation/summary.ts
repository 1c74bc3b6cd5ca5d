import "server-only";
import { aliasedTable, and, eq, isNull, sql } from "drizzle-orm";
import { db, prepared } from "@/lib/db";
import { applications, roles, scorecards, users, type Attribute, type Recommendation, type RoleType } from "@/db/schema";
import { can } from "@/lib/access";
import { aggregateVisible, summaryCondition } from "@/lib/access/evaluation";
import { scopeFor, scopeOf, scopeParams, scopeWhere, type ScopeSubject } from "@/lib/access/scope";
import { roleLoop, typeWeights } from "./loops";
import { groupFlags, type RaisedFlag } from "./raised-flags";
import { parseFlags, parseRatings } from "./scorecards";
import { attributeMeans, scoreMeans, type Score } from "./score";

// An application's evaluation summary: what every current submitted scorecard adds up to. Shown
// only to viewers with "evaluation:view-summary" who owe no scorecard on the application (the
// blind rule, `summaryCondition`); for anyone else it is not computed at all.

export type RecommendationCounts = Partial<Record<Recommendation, number>>;

export type EvaluationSummary = {
  /** The current submitted scorecards it is computed from. */
  scorecards: number;
  score: Score;
  /** The same ratings under each role type's template weights. */
  asType: Record<RoleType, Score>;
  means: Partial<Record<Attribute, number>>;
  /**
   * Attributes whose mean this viewer may not see: for a client's hiring manager, those where one
   * other interviewer's rating would show through (`aggregateVisible`).
   */
  withheld: Attribute[];
  /** Null when one other interviewer's recommendation would show through (as `withheld`). */
  recommendations: RecommendationCounts | null;
  /** Red flags ticked, counted over the scorecards; `raised` (which, by whom) only for the agency's detail. */
  /** `count` is null when one other interviewer's flags would show through (as `withheld`). */
  redFlags: { count: number | null; raised?: RaisedFlag[] };
};

const interviewer = aliasedTable(users, "interviewer");

/** Whether the viewer may see the application's summary now: the application in their scope, and no scorecard owed on it. */
export function summaryVisible(viewer: ScopeSubject, applicationId: number): boolean {
  if (!can(viewer, "evaluation:view-summary")) return false;
  return !!db()
    .select({ id: applications.id })
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(eq(applications.id, applicationId), scopeWhere(viewer).applications, summaryCondition(viewer, applicationId)))
    .get();
}

/** The summary, or null when the viewer may not see it (or may not see the application). */
export function getEvaluationSummary(viewer: ScopeSubject, application: { id: number; role: { id: number; type: RoleType } }): EvaluationSummary | null {
  if (!can(viewer, "evaluation:view-summary")) return null;
  // Prepared once per scope shape (the viewer and their company are placeholders).
  const rows = prepared(`evaluation-summary:${scopeOf(viewer).shape}`, (d) => {
    const id = sql.placeholder("application");
    return d
      .select({
        ratings: scorecards.ratings,
        redFlags: scorecards.redFlags,
        recommendation: scorecards.recommendation,
        by: interviewer.name,
        interviewerId: scorecards.interviewerId,
        organizationId: interviewer.organizationId,
      })
      .from(scorecards)
      .innerJoin(applications, eq(applications.id, scorecards.applicationId))
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .innerJoin(interviewer, eq(interviewer.id, scorecards.interviewerId))
      .where(
        and(
          eq(scorecards.applicationId, id),
          eq(scorecards.status, "submitted"),
          isNull(scorecards.supersededAt),
          scopeFor(viewer).applications,
          summaryCondition(viewer, sql`${id}`, "placeholders"),
        ),
      )
      .prepare();
  }).all({ application: application.id, ...scopeParams(viewer) });
  // No rows can mean "nothing submitted yet" or "hidden": only the first gets an (empty) summary.
  if (rows.length === 0 && !summaryVisible(viewer, application.id)) return null;
  const ratings = rows.map((r) => parseRatings(r.ratings));
  // Who put what in each figure: a hiring manager sees a figure only when it does not single out
  // one person whose scorecards they cannot read (`aggregateVisible`).
  const cards = rows.map((r, i) => ({ row: r, ratings: ratings[i] }));
  const ratedBy = (a: Attribute) => cards.filter((c) => c.ratings[a] !== undefined).map((c) => c.row);
  const allMeans = attributeMeans(ratings);
  const withheld = (Object.keys(allMeans) as Attribute[]).filter((a) => !aggregateVisible(viewer, ratedBy(a)));
  // The scores are weighted over the means the viewer sees: with the weights on the page, a score
  // over a withheld mean would give that mean back.
  const means = Object.fromEntries(Object.entries(allMeans).filter(([a]) => !withheld.includes(a as Attribute)));
  const scored = scoreMeans(means, roleLoop(application.role).weights, typeWeights());
  const recommendationsShown = aggregateVisible(
    viewer,
    rows.filter((r) => r.recommendation),
  );
  const flags = rows.flatMap((r) => parseFlags(r.redFlags).map((flag) => ({ flag, by: r.by })));
  return {
    scorecards: rows.length,
    score: { score: scored.score, coverage: scored.coverage },
    asType: scored.asType,
    means,
    withheld,
    recommendations: recommendationsShown ? countRecommendations(rows.map((r) => r.recommendation)) : null,
    redFlags: {
      count: aggregateVisible(viewer, rows) ? flags.length : null,
      raised: can(viewer, "evaluation:view-details") ? groupFlags(flags) : undefined,
    },
  };
}

export function countRecommendations(values: (Recommendation | null)[]): RecommendationCounts {
  const out: RecommendationCounts = {};
  for (const r of values) if (r) out[r] = (out[r] ?? 0) + 1;
  return out;
}
