import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { prepared } from "@/lib/db";
import { applications, candidates, roles, scorecards, type Attribute, type ReferenceOutcome, type RoleType, type Stage } from "@/db/schema";
import { can } from "@/lib/access";
import { summaryRowsCondition } from "@/lib/access/evaluation";
import { scopeFor, scopeOf, scopeParams, type ScopeSubject } from "@/lib/access/scope";
import { activeStages } from "@/lib/pipeline/stages";
import { roleLoop, typeWeights } from "./loops";
import { parseFlags, parseRatings, type ScorecardView } from "./scorecards";
import { scoreApplication, type Ratings, type Score } from "./score";
import { checklistProgress, referenceSummaries } from "./summaries";
import { countRecommendations, type RecommendationCounts } from "./summary";

const countOutcomes = (outcomes: ReferenceOutcome[]) => {
  const counts: Partial<Record<ReferenceOutcome, number>> = {};
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
};

// A role's applications side by side (the "Compare" view): every application from `interviewing`
// on, with what its current submitted scorecards add up to, its checklist progress and its
// references. One query per kind of data for the whole role, never one per row: a role may have
// hundreds of applications. An application whose scores the viewer may not see yet (they owe a
// scorecard on it) is listed without them.

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

type Card = { applicationId: number; ratings: Ratings; flags: number; recommendation: ScorecardView["recommendation"] };

export function compareApplications(viewer: ScopeSubject, role: { id: number; type: RoleType }): CompareRow[] {
  if (!can(viewer, "evaluation:view-details")) return [];
  const { apps: appsQuery, cards: cardsQuery } = prepared(`compare:${scopeOf(viewer).shape}:${can(viewer, "evaluation:view-summary")}`, (d) => {
    const inRole = and(eq(applications.roleId, sql.placeholder("role")), inArray(applications.stage, [...comparedStages]), scopeFor(viewer).applications);
    return {
      apps: d
        .select({
          id: applications.id,
          name: candidates.name,
          stage: applications.stage,
          visible: sql<number>`${summaryRowsCondition(viewer, applications.id, "placeholders")}`,
        })
        .from(applications)
        .innerJoin(roles, eq(roles.id, applications.roleId))
        .innerJoin(candidates, eq(candidates.id, applications.candidateId))
        .where(inRole)
        .prepare(),
      cards: d
        .select({
          applicationId: scorecards.applicationId,
          ratings: scorecards.ratings,
          redFlags: scorecards.redFlags,
          recommendation: scorecards.recommendation,
        })
        .from(scorecards)
        .innerJoin(applications, eq(applications.id, scorecards.applicationId))
        .innerJoin(roles, eq(roles.id, applications.roleId))
        .where(
          and(
            inRole,
            eq(scorecards.status, "submitted"),
            isNull(scorecards.supersededAt),
            summaryRowsCondition(viewer, scorecards.applicationId, "placeholders"),
          ),
        )
        .prepare(),
    };
  });
  const params = { role: role.id, ...scopeParams(viewer) };
  const apps = appsQuery.all(params);
  const cards = new Map<number, Card[]>();
  for (const s of cardsQuery.all(params)) {
    const card = { applicationId: s.applicationId, ratings: parseRatings(s.ratings), flags: parseFlags(s.redFlags).length, recommendation: s.recommendation };
    const list = cards.get(s.applicationId);
    if (list) list.push(card);
    else cards.set(s.applicationId, [card]);
  }
  const loop = roleLoop(role);
  const ids = apps.map((a) => a.id);
  // Already gated on "evaluation:view-details" above, so both are defined.
  const ticks = checklistProgress(viewer, role, ids)!;
  const refs = referenceSummaries(viewer, ids)!;
  const weights = typeWeights();
  return apps.map((a) => {
    const mine = cards.get(a.id) ?? [];
    const scored = scoreApplication(
      mine.map((c) => c.ratings),
      loop.weights,
      weights,
    );
    return {
      applicationId: a.id,
      candidateName: a.name,
      stage: a.stage,
      visible: !!a.visible,
      scorecards: mine.length,
      score: { score: scored.score, coverage: scored.coverage },
      asType: scored.asType,
      means: scored.means,
      recommendations: countRecommendations(mine.map((c) => c.recommendation)),
      redFlags: mine.reduce((n, c) => n + c.flags, 0),
      checklist: { ticked: ticks.get(a.id)!.done, total: loop.checklist.length },
      references: countOutcomes(refs.get(a.id)!.outcomes),
    };
  });
}
