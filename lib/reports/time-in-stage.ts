import "server-only";
import { and, eq, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { applications, funnelStages, reportStayHours, stageEvents, type Stage } from "@/db/schema";
import type { ScopeSubject } from "@/lib/access/scope";
import { scopeWhere } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { stageLabels } from "@/lib/pipeline/stages";
import { cohortCondition, rangeDays, readsRollups, roleFilter } from "./cohort";
import { rangeMs, type ReportFilters } from "./filters";
import { formatDays, SMALL_SAMPLE } from "./stats";
import { HOUR_MS, spread, type Spread } from "./time-in-stage-math";
import type { ReportTable } from "./table";

// Time in stage: for each stage, how long stays in it lasted — the stays that began in the range
// and have ended (stage_events.left_at, kept by a trigger) — as the median and 75th percentile in
// days. Then time to submit (added → first submitted) and time to hire (added → hired) for the
// applications added in the range. Durations are counted in whole hours (rounded down) so the
// database hands back a histogram, not every stay: the figures are exact to the hour.

/** The stages a stay can be measured in: the funnel's, less Hired (it has no end). */
export const timedStages = funnelStages.filter((s) => s !== "hired") as Stage[];

export type { Spread };
export type TimeInStage = { stages: (Spread & { stage: Stage; label: string })[]; toSubmit: Spread; toHire: Spread };

function group(rows: { key: string; hours: number; n: number }[]): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  for (const r of rows) out.set(r.key, [...(out.get(r.key) ?? []), [r.hours, r.n]]);
  return out;
}

/** The report's three queries, built (not run). */
export function timeInStageQueries(viewer: ScopeSubject, filters: ReportFilters, from: "rollup" | "rows" = readsRollups(viewer, filters) ? "rollup" : "rows") {
  const { start, end } = rangeMs(filters);
  const d = db();
  // Whole hours, rounded down: the same expression as the rollup's triggers and applications_submit_hours_idx.
  const hours = (from: unknown, to: unknown) => sql<number>`(${to} - ${from}) / ${sql.raw(String(HOUR_MS))}`;
  // Stays: the events of the range. For the whole agency, from the rollup; narrowed (to some roles,
  // or a scoped viewer), found through those roles' applications.
  const scoped = and(roleFilter(filters, applications.roleId), scopeWhere(viewer).applicationRows);
  const stayHours = hours(stageEvents.createdAt, stageEvents.leftAt);
  const stays = d.select({ key: stageEvents.toStage, hours: stayHours, n: sql<number>`count(*)` }).from(stageEvents);
  const submitHours = hours(applications.createdAt, applications.submittedAt);
  const r = reportStayHours;
  const { first, end: endDay } = rangeDays(filters);
  return {
    stays:
      from === "rollup"
        ? // The whole agency: the daily histogram kept by triggers, a few rows per stage and day.
          d
            .select({ key: r.stage, hours: r.hours, n: sql<number>`sum(${r.stays})` })
            .from(r)
            .where(and(inArray(r.stage, timedStages), gte(r.day, first), lt(r.day, endDay), filters.type ? eq(r.roleType, filters.type) : undefined))
            .groupBy(r.stage, r.hours)
            .having(sql`sum(${r.stays}) > 0`)
            .orderBy(r.stage, r.hours)
        : stays
            .where(
              and(
                gte(stageEvents.createdAt, new Date(start)),
                lt(stageEvents.createdAt, new Date(end)),
                inArray(stageEvents.toStage, timedStages),
                isNotNull(stageEvents.leftAt),
                scoped ? inArray(stageEvents.applicationId, d.select({ id: applications.id }).from(applications).where(scoped)) : undefined,
              ),
            )
            .groupBy(stageEvents.toStage, stayHours)
            .orderBy(stageEvents.toStage, stayHours),
    submitted: d
      .select({ key: sql<string>`'submit'`, hours: submitHours, n: sql<number>`count(*)` })
      .from(applications)
      // The whole agency: applications_submit_hours_idx, in order of the hours counted.
      .where(and(cohortCondition(viewer, filters, false), isNotNull(applications.submittedAt)))
      .groupBy(submitHours)
      .orderBy(submitHours),
    // Hired applications are few: each one's hired event through the application index (a
    // correlated subquery, written with the outer table named, so the cohort's index leads).
    hired: d
      .select({
        createdAt: applications.createdAt,
        hiredAt: sql<number>`(select min(e.created_at) from stage_events e where e.application_id = "applications"."id" and e.to_stage = 'hired')`,
      })
      .from(applications)
      // A literal, not a parameter, so the partial index of hired applications (applications_hired_idx) applies.
      .where(and(cohortCondition(viewer, filters), sql`${applications.reachedRank} = ${sql.raw(String(funnelStages.indexOf("hired")))}`)),
  };
}

export function timeInStageReport(viewer: ScopeSubject, filters: ReportFilters): TimeInStage {
  const queries = timeInStageQueries(viewer, filters);
  const byStage = group(queries.stays.all());
  const submitRows = queries.submitted.all();
  const hireHours = new Map<number, number>();
  for (const h of queries.hired.all()) {
    if (h.hiredAt === null) continue;
    const bucket = Math.floor((h.hiredAt - h.createdAt.getTime()) / HOUR_MS);
    hireHours.set(bucket, (hireHours.get(bucket) ?? 0) + 1);
  }
  return {
    stages: timedStages.map((stage) => ({ stage, label: stageLabels[stage], ...spread(byStage.get(stage) ?? []) })),
    toSubmit: spread(submitRows.map((r) => [r.hours, r.n])),
    toHire: spread([...hireHours].sort((a, b) => a[0] - b[0])),
  };
}

export function timeInStageTables(report: TimeInStage): ReportTable[] {
  const row = (label: string, s: Spread) => [label, s.count, formatDays(s.median), formatDays(s.p75)];
  const columns = ["", "Count", "Median days", "75th percentile days"];
  return [
    {
      caption: "Days in each stage (stays that began in the range and have ended)",
      columns: ["Stage", ...columns.slice(1)],
      rows: report.stages.map((s) => row(s.label, s)),
      small: report.stages.map((s) => s.count < SMALL_SAMPLE),
    },
    {
      caption: "Time to submit and to hire (applications added in the range)",
      columns: ["Measure", ...columns.slice(1)],
      rows: [row("Added to submitted", report.toSubmit), row("Added to hired", report.toHire)],
      small: [report.toSubmit.count < SMALL_SAMPLE, report.toHire.count < SMALL_SAMPLE],
    },
  ];
}
