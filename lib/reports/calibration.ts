import "server-only";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { applications, attributes, roles, scorecards, trials, users, type Attribute, type TrialOutcome } from "@/db/schema";
import type { ScopeSubject } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { roleWeights } from "@/lib/evaluation/loops";
import { parseRatings } from "@/lib/evaluation/scorecards";
import type { ReportFilters } from "./filters";
import { summarizeCalibration, type Calibration, type DecidedTrial } from "./calibration-summary";
import { trialCohort } from "./trials";

// Evaluation against outcome: for the decided trials that started in the range, each
// application's weighted interview score (its role's weights over its current submitted
// scorecards, as on the application page) against how the trial ended. The arithmetic is pure, in
// calibration-summary.ts; this reads the rows.

export function calibrationReport(viewer: ScopeSubject, filters: ReportFilters): Calibration {
  const d = db();
  const decided = d
    .select({ applicationId: trials.applicationId, outcome: trials.outcome, roleId: roles.id, type: roles.type })
    .from(trials)
    .innerJoin(applications, eq(applications.id, trials.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .where(and(trialCohort(viewer, filters), isNotNull(trials.outcome)))
    .all();
  const weights = roleWeights(decided.map((t) => ({ id: t.roleId, type: t.type })));
  const cards = new Map<number, { interviewerId: number; ratings: Partial<Record<Attribute, number>> }[]>();
  const names = new Map<number, string>();
  const ids = decided.map((t) => t.applicationId);
  for (let i = 0; i < ids.length; i += 500) {
    for (const s of d
      .select({ applicationId: scorecards.applicationId, interviewerId: scorecards.interviewerId, name: users.name, ratings: scorecards.ratings })
      .from(scorecards)
      .innerJoin(users, eq(users.id, scorecards.interviewerId))
      .where(and(inArray(scorecards.applicationId, ids.slice(i, i + 500)), eq(scorecards.status, "submitted"), isNull(scorecards.supersededAt)))
      .all()) {
      names.set(s.interviewerId, s.name);
      cards.set(s.applicationId, [...(cards.get(s.applicationId) ?? []), { interviewerId: s.interviewerId, ratings: parseRatings(s.ratings) }]);
    }
  }
  const facts: DecidedTrial[] = decided.map((t) => ({
    outcome: t.outcome as TrialOutcome,
    weights: weights.get(t.roleId)!,
    scorecards: cards.get(t.applicationId) ?? [],
  }));
  return summarizeCalibration(facts, names, attributes);
}
