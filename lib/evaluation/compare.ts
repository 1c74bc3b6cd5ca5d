import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { prepared } from "@/lib/db";
import { applications, candidates, reportApplicationRatings, roles, type Attribute, type ReferenceOutcome, type RoleType, type Stage } from "@/db/schema";
import { can } from "@/lib/access";
import { summaryRowsCondition } from "@/lib/access/evaluation";
import { scopeFor, scopeOf, scopeParams, type ScopeSubject } from "@/lib/access/scope";
import { activeStages } from "@/lib/pipeline/stages";
import { roleLoop, typeWeights, type RoleLoop } from "./loops";
import type { Weights } from "./defaults";
import { meansFromSums, parseRecommendationCounts } from "./rollup";
import { weightedScore, type Score } from "./score";
import { COMPARE_PAGE_SIZE, sortCompareRows, type CompareView } from "./compare-sort";
import { checklistProgress, referenceSummaries } from "./summaries";
import type { RecommendationCounts } from "./summary";

const countOutcomes = (outcomes: ReferenceOutcome[]) => {
  const counts: Partial<Record<ReferenceOutcome, number>> = {};
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
};

// A role's applications side by side (the "Compare" view): every application from `interviewing`
// on, with what its current submitted scorecards add up to (read from their per-application sums,
// rollup.ts), its checklist progress and its references. One query per kind of data, never one per
// row: a role may have hundreds of applications. An application whose scores
// the viewer may not see yet (they owe a scorecard on it) is listed without them.

/** Interviewing and every stage after it, in the pipeline's order. */
export const comparedStages: readonly Stage[] = activeStages.slice(activeStages.indexOf("interviewing"));

export type CompareRow = {
  applicationId: number;
  candidateName: string;
  stage: Stage;
  /** False while the viewer owes a scorecard on it: no scores, recommendations or flags then. */
  visible: boolean;
  scorecards: number;
  /** Under the weights the view scores with. */
  score: Score;
  means: Partial<Record<Attribute, number>>;
  recommendations: RecommendationCounts;
  redFlags: number;
  checklist: { ticked: number; total: number };
  references: Partial<Record<ReferenceOutcome, number>>;
};

/** One page of the comparison, sorted as the view asks, with how many rows there are in all. */
export type ComparePage = { rows: CompareRow[]; total: number; page: number; pages: number };

/** Sorts that need every row's checklist and references; any other reads them for the page's rows only. */
const sortsBySummaries = (view: CompareView) => view.sort === "checklist" || view.sort === "references";

/**
 * The role's applications from Interviewing on, sorted by the view's column and scored under its
 * weights, one page of them. What the sort needs is read for every row (a busy role has hundreds):
 * the kept sums, from which the score under the chosen weights and each attribute's mean; the
 * checklist and references only for the page's rows, unless the sort is by them.
 */
export function compareApplications(
  viewer: ScopeSubject,
  role: { id: number; type: RoleType },
  view: CompareView,
  // The page reads these already (for its "Score as" choices): passed in, they are not read twice.
  loop: RoleLoop = roleLoop(role),
  weights: Record<RoleType, Weights> = typeWeights(),
): ComparePage {
  if (!can(viewer, "evaluation:view-details")) return { rows: [], total: 0, page: 1, pages: 1 };
  const apps = prepared(`compare:${scopeOf(viewer).shape}:${can(viewer, "evaluation:view-summary")}`, (d) => {
    const visible = summaryRowsCondition(viewer, applications.id, "placeholders");
    return d
      .select({
        id: applications.id,
        name: candidates.name,
        stage: applications.stage,
        visible: sql<number>`${visible}`,
        // The current submitted scorecards summed (kept by triggers): one row per application,
        // joined only where the viewer may see them, so hidden scores are never read.
        scorecards: reportApplicationRatings.scorecards,
        ratings: reportApplicationRatings.ratings,
        recommendations: reportApplicationRatings.recommendations,
        redFlags: reportApplicationRatings.redFlags,
      })
      .from(applications)
      .innerJoin(roles, eq(roles.id, applications.roleId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .leftJoin(reportApplicationRatings, and(eq(reportApplicationRatings.applicationId, applications.id), visible))
      .where(and(eq(applications.roleId, sql.placeholder("role")), inArray(applications.stage, [...comparedStages]), scopeFor(viewer).applications))
      .prepare();
  }).all({ role: role.id, ...scopeParams(viewer) });
  const scoreWeights = view.as === "role" ? loop.weights : weights[view.as];
  const rows: CompareRow[] = apps.map((a) => {
    const means = meansFromSums(a.ratings);
    return {
      applicationId: a.id,
      candidateName: a.name,
      stage: a.stage,
      visible: !!a.visible,
      scorecards: a.scorecards ?? 0,
      score: weightedScore(means, scoreWeights),
      means,
      recommendations: parseRecommendationCounts(a.recommendations),
      redFlags: a.redFlags ?? 0,
      checklist: { ticked: 0, total: loop.checklist.length },
      references: {},
    };
  });
  const withSummaries = (part: CompareRow[]): CompareRow[] => {
    const ids = part.map((r) => r.applicationId);
    // Already gated on "evaluation:view-details" above, so both are defined.
    const ticks = checklistProgress(viewer, role, ids)!;
    const refs = referenceSummaries(viewer, ids)!;
    return part.map((r) => ({
      ...r,
      checklist: { ticked: ticks.get(r.applicationId)!.done, total: loop.checklist.length },
      references: countOutcomes(refs.get(r.applicationId)!.outcomes),
    }));
  };
  const sorted = sortCompareRows(sortsBySummaries(view) ? withSummaries(rows) : rows, view);
  const pages = Math.max(1, Math.ceil(sorted.length / COMPARE_PAGE_SIZE));
  const page = Math.min(view.page ?? 1, pages);
  const shown = sorted.slice((page - 1) * COMPARE_PAGE_SIZE, page * COMPARE_PAGE_SIZE);
  return { rows: sortsBySummaries(view) ? shown : withSummaries(shown), total: sorted.length, page, pages };
}
