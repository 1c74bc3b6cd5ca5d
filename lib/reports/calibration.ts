import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { applications, attributes, reportApplicationRatings, roles, trials, users, type Attribute, type TrialOutcome } from "@/db/schema";
import { summaryRowsCondition } from "@/lib/access/evaluation";
import type { ScopeSubject } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { roleWeights } from "@/lib/evaluation/loops";
import { parseSums, type Sum } from "@/lib/evaluation/rollup";
import type { ReportFilters } from "./filters";
import { summarizeCalibration, type Calibration, type DecidedTrial } from "./calibration-summary";
import { trialCohort } from "./trials";

// Evaluation against outcome: for the decided trials that started in the range, each
// application's weighted interview score (its role's weights over its current submitted
// scorecards, as on the application page) against how the trial ended. The arithmetic is pure, in
// calibration-summary.ts; this reads the rows. The blind rule holds here too: a trial whose
// application the viewer still owes a scorecard on is counted, as "not scored", with none of its
// ratings (a one-day range and one client would otherwise single out its interviewers' means).

export function calibrationReport(viewer: ScopeSubject, filters: ReportFilters): Calibration {
  const d = db();
  // One row per decided trial, with its application's scorecards summed (kept by triggers).
  const rows = d
    .select({
      outcome: trials.outcome,
      roleId: roles.id,
      type: roles.type,
      ratings: reportApplicationRatings.ratings,
      interviewers: reportApplicationRatings.interviewers,
      scoresVisible: sql<number>`${summaryRowsCondition(viewer, trials.applicationId)}`.mapWith(Boolean),
    })
    .from(trials)
    .innerJoin(applications, eq(applications.id, trials.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .leftJoin(reportApplicationRatings, eq(reportApplicationRatings.applicationId, trials.applicationId))
    .where(and(trialCohort(viewer, filters), isNotNull(trials.outcome)))
    .all();
  const weights = roleWeights([...new Map(rows.map((r) => [r.roleId, { id: r.roleId, type: r.type }])).values()]);
  const facts: DecidedTrial[] = rows.map((r) => ({
    outcome: r.outcome as TrialOutcome,
    weights: weights.get(r.roleId)!,
    ratings: (r.scoresVisible ? parseSums(r.ratings) : {}) as Partial<Record<Attribute, Sum>>,
    interviewers: new Map(r.scoresVisible ? Object.entries(parseSums(r.interviewers)).map(([id, sum]) => [Number(id), sum]) : []),
  }));
  const interviewerIds = [...new Set(facts.flatMap((f) => [...f.interviewers.keys()]))];
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
