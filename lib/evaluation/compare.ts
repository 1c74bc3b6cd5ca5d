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
import { scoreMeans, type Score } from "./score";
import { checklistProgress, referenceSummaries } from "./summaries";
import type { RecommendationCounts } from "./summary";

const countOutcomes = (outcomes: ReferenceOutcome[]) => {
  const counts: Partial<Record<ReferenceOutcome, number>> = {};
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
};

// A role's applications side by side (the "Compare" view): every application from `interviewing`
// on, with what its current submitted scorecards add up to (read from their per-application sums,
// rollup.ts), its checklist progress and its references. One query per kind of data for the whole
// role, never one per row: a role may have hundreds of applications. An application whose scores
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
  score: Score;
  asType: Record<RoleType, Score>;
  means: Partial<Record<Attribute, number>>;
  recommendations: RecommendationCounts;
  redFlags: number;
  checklist: { ticked: number; total: number };
  references: Partial<Record<ReferenceOutcome, number>>;
};

export function compareApplications(
  viewer: ScopeSubject,
  role: { id: number; type: RoleType },
  // The page reads these already (for its "Score as" choices): passed in, they are not read twice.
  loop: RoleLoop = roleLoop(role),
  weights: Record<RoleType, Weights> = typeWeights(),
): CompareRow[] {
  if (!can(viewer, "evaluation:view-details")) return [];
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
  const ids = apps.map((a) => a.id);
  // Already gated on "evaluation:view-details" above, so both are defined.
  const ticks = checklistProgress(viewer, role, ids)!;
  const refs = referenceSummaries(viewer, ids)!;
  return apps.map((a) => {
    const scored = scoreMeans(meansFromSums(a.ratings), loop.weights, weights);
    return {
      applicationId: a.id,
      candidateName: a.name,
      stage: a.stage,
      visible: !!a.visible,
      scorecards: a.scorecards ?? 0,
      score: { score: scored.score, coverage: scored.coverage },
      asType: scored.asType,
      means: scored.means,
      recommendations: parseRecommendationCounts(a.recommendations),
      redFlags: a.redFlags ?? 0,
      checklist: { ticked: ticks.get(a.id)!.done, total: loop.checklist.length },
      references: countOutcomes(refs.get(a.id)!.outcomes),
    };
  });
}
