import "server-only";
import { and, eq, gte, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import { applications, candidateSources, funnelStages, reportSourceDays, trials, type CandidateSource } from "@/db/schema";
import type { ScopeSubject } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { sourceLabels } from "@/lib/labels";
import { cohortCondition, rangeDays, readsRollups } from "./cohort";
import type { ReportFilters } from "./filters";
import { formatRate, rate, SMALL_SAMPLE } from "./stats";
import type { ReportTable } from "./table";

// Sources: for the applications added in the range, by the candidate's source — how many
// candidates, how many were submitted (the source is copied onto each application by a trigger, so
// this reads the applications' index alone), started a trial and were hired, and of the trials decided,
// how many converted: which sources produce placements that last.

export type SourceRow = {
  source: CandidateSource;
  label: string;
  candidates: number;
  applications: number;
  submitted: number;
  trials: number;
  hired: number;
  decided: number;
  converted: number;
  conversion: number | null;
};

const rank = (stage: (typeof funnelStages)[number]) => funnelStages.indexOf(stage);

/**
 * The counts by source. For the whole agency, from the daily rollup (kept by triggers, the same
 * definitions as the rows' query below); narrowed to a client, a recruiter or a client's user, from
 * the applications themselves.
 */
export function sourceCounts(viewer: ScopeSubject, filters: ReportFilters, from: "rollup" | "rows" = readsRollups(viewer, filters) ? "rollup" : "rows") {
  if (from === "rollup") {
    const { first, end } = rangeDays(filters);
    const r = reportSourceDays;
    return db()
      .select({
        source: r.source,
        applications: sql<number>`sum(${r.applications})`,
        submitted: sql<number>`sum(${r.submitted})`,
        trials: sql<number>`sum(${r.trials})`,
        hired: sql<number>`sum(${r.hired})`,
        decided: sql<number>`sum(${r.decided})`,
        converted: sql<number>`sum(${r.converted})`,
      })
      .from(r)
      .where(and(gte(r.day, first), lt(r.day, end), filters.type ? eq(r.roleType, filters.type) : undefined))
      .groupBy(r.source)
      .all();
  }
  // An application that reached Trial counts its trials' outcomes; the others skip the lookup. The
  // outer table is named in full: in a one-table select Drizzle writes a bare "id", which inside
  // the subquery would be the trial's own id.
  const trialsOf = (outcome: SQL) =>
    sql<number>`sum(case when ${applications.reachedRank} >= ${rank("trial")} then (select count(*) from ${trials} t where t.application_id = "applications"."id" and ${outcome}) else 0 end)`;
  return db()
    .select({
      source: applications.source,
      applications: sql<number>`count(*)`,
      submitted: sql<number>`sum(${applications.reachedRank} >= ${rank("submitted")})`,
      trials: sql<number>`sum(${applications.reachedRank} >= ${rank("trial")})`,
      hired: sql<number>`sum(${applications.reachedRank} = ${rank("hired")})`,
      decided: trialsOf(sql`t.outcome is not null`),
      converted: trialsOf(sql`t.outcome = 'converted'`),
    })
    .from(applications)
    .where(and(cohortCondition(viewer, filters, false), isNotNull(applications.source)))
    .groupBy(applications.source)
    .all();
}

/** Distinct candidates by source: not a sum of days, so always from the applications (for the whole agency, in the order of applications_source_idx). */
function candidatesBySource(viewer: ScopeSubject, filters: ReportFilters) {
  return db()
    .select({ source: applications.source, candidates: sql<number>`count(distinct ${applications.candidateId})` })
    .from(applications)
    .where(cohortCondition(viewer, filters, false))
    .groupBy(applications.source)
    .all();
}

export function sourcesReport(viewer: ScopeSubject, filters: ReportFilters): SourceRow[] {
  const candidates = new Map(candidatesBySource(viewer, filters).map((r) => [r.source, r.candidates]));
  const rows = sourceCounts(viewer, filters).map((r) => ({ ...r, candidates: candidates.get(r.source) }));
  const bySource = new Map(rows.map((r) => [r.source, r]));
  return candidateSources.map((source) => {
    const r = bySource.get(source);
    const n = (v: number | null | undefined) => Number(v ?? 0);
    return {
      source,
      label: sourceLabels[source],
      candidates: n(r?.candidates),
      applications: n(r?.applications),
      submitted: n(r?.submitted),
      trials: n(r?.trials),
      hired: n(r?.hired),
      decided: n(r?.decided),
      converted: n(r?.converted),
      conversion: rate(n(r?.converted), n(r?.decided)),
    };
  });
}

export function sourcesTable(rows: SourceRow[]): ReportTable {
  return {
    caption: "Candidates by source (applications added in the range)",
    columns: ["Source", "Candidates", "Applications", "Submitted", "Started a trial", "Hired", "Trials decided", "Trials converted", "Trial conversion"],
    rows: rows.map((r) => [r.label, r.candidates, r.applications, r.submitted, r.trials, r.hired, r.decided, r.converted, formatRate(r.conversion)]),
    small: rows.map((r) => r.decided < SMALL_SAMPLE),
  };
}
