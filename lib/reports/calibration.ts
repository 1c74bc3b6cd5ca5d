import "server-only";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { applications, attributes, roles, scorecards, trials, users, type TrialOutcome } from "@/db/schema";
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
  // One pass: each decided trial with its application's current submitted scorecards (none: one row
  // with no card), in application order so each trial's cards arrive together.
  const rows = d
    .select({
      applicationId: trials.applicationId,
      outcome: trials.outcome,
      roleId: roles.id,
      type: roles.type,
      interviewerId: scorecards.interviewerId,
      ratings: scorecards.ratings,
    })
    .from(trials)
    .innerJoin(applications, eq(applications.id, trials.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .leftJoin(scorecards, and(eq(scorecards.applicationId, trials.applicationId), eq(scorecards.status, "submitted"), isNull(scorecards.supersededAt)))
    .where(and(trialCohort(viewer, filters), isNotNull(trials.outcome)))
    .orderBy(trials.applicationId)
    .all();
  const weights = roleWeights([...new Map(rows.map((r) => [r.roleId, { id: r.roleId, type: r.type }])).values()]);
  const facts: DecidedTrial[] = [];
  let last: number | undefined;
  for (const r of rows) {
    if (r.applicationId !== last) {
      facts.push({ outcome: r.outcome as TrialOutcome, weights: weights.get(r.roleId)!, scorecards: [] });
      last = r.applicationId;
    }
    if (r.interviewerId !== null) facts[facts.length - 1].scorecards.push({ interviewerId: r.interviewerId, ratings: parseRatings(r.ratings ?? "") });
  }
  const interviewerIds = [...new Set(rows.map((r) => r.interviewerId).filter((id): id is number => id !== null))];
  const names = new Map<number, string>();
  for (let i = 0; i < interviewerIds.length; i += 500) {
    for (const u of d
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, interviewerIds.slice(i, i + 500)))
      .all())
      names.set(u.id, u.name);
  }
  return summarizeCalibration(facts, names, attributes);
}
