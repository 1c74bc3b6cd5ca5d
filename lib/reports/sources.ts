import "server-only";
import { sql } from "drizzle-orm";
import { applications, candidateSources, funnelStages, trials, type CandidateSource } from "@/db/schema";
import type { ScopeSubject } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { sourceLabels } from "@/lib/labels";
import { cohortCondition } from "./cohort";
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

export function sourcesReport(viewer: ScopeSubject, filters: ReportFilters): SourceRow[] {
  const rows = db()
    .select({
      source: applications.source,
      candidates: sql<number>`count(distinct ${applications.candidateId})`,
      applications: sql<number>`count(*)`,
      submitted: sql<number>`sum(${applications.reachedRank} >= ${rank("submitted")})`,
      trials: sql<number>`sum(${applications.reachedRank} >= ${rank("trial")})`,
      hired: sql<number>`sum(${applications.reachedRank} = ${rank("hired")})`,
      decided: sql<number>`count(${trials.outcome})`,
      converted: sql<number>`sum(${trials.outcome} = 'converted')`,
    })
    .from(applications)
    // Only an application that reached Trial has one: the others skip the lookup.
    .leftJoin(trials, sql`${trials.applicationId} = ${applications.id} and ${applications.reachedRank} >= ${rank("trial")}`)
    // The whole agency is read in the order of applications_source_idx: grouped by source, no sort.
    .where(cohortCondition(viewer, filters, false))
    .groupBy(applications.source)
    .all();
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
