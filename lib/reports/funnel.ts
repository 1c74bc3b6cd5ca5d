import "server-only";
import { count } from "drizzle-orm";
import { applications, funnelStages } from "@/db/schema";
import type { ScopeSubject } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { stageLabels } from "@/lib/pipeline/stages";
import { cohortCondition } from "./cohort";
import type { ReportFilters } from "./filters";
import { formatRate, rate, SMALL_SAMPLE } from "./stats";
import type { ReportTable } from "./table";

// Funnel: of the applications added in the range, how many reached each stage (so far), and the
// conversion from each stage to the next. "Reached" is the furthest stage an application's history
// took it to (applications.reached_rank, kept by a trigger): one moved from Screening straight to
// Submitted has reached Interviewing too, and one rejected at Offer still reached Offer.

export type FunnelStep = {
  stage: (typeof funnelStages)[number];
  label: string;
  reached: number;
  /** Into this stage from the one before; null for the first stage, and after a stage nobody reached. */
  conversion: number | null;
  /** The conversion rests on fewer than SMALL_SAMPLE applications (those that reached the stage before); not marked when there is none. */
  small: boolean;
};
export type Funnel = { total: number; steps: FunnelStep[] };

/** Counts by furthest rank → each stage's "reached" (that rank or beyond) and the step conversions. Pure. */
export function funnelFromRanks(byRank: ReadonlyMap<number, number>): Funnel {
  const reached = funnelStages.map((_, rank) => [...byRank].reduce((n, [r, c]) => (r >= rank ? n + c : n), 0));
  return {
    total: reached[0],
    steps: funnelStages.map((stage, i) => ({
      stage,
      label: stageLabels[stage],
      reached: reached[i],
      // Into this stage from the one before: Sourced has none.
      conversion: i === 0 ? null : rate(reached[i], reached[i - 1]),
      small: i > 0 && reached[i - 1] > 0 && reached[i - 1] < SMALL_SAMPLE,
    })),
  };
}

export function funnelReport(viewer: ScopeSubject, filters: ReportFilters): Funnel {
  const rows = db()
    .select({ rank: applications.reachedRank, n: count() })
    .from(applications)
    .where(cohortCondition(viewer, filters))
    .groupBy(applications.reachedRank)
    .all();
  return funnelFromRanks(new Map(rows.map((r) => [r.rank, r.n])));
}

export function funnelTable(funnel: Funnel): ReportTable {
  return {
    caption: "Applications reaching each stage",
    columns: ["Stage", "Reached", "Conversion from the stage before"],
    // The first stage has no stage before it (blank); a stage after one nobody reached has no rate ("—").
    rows: funnel.steps.map((s, i) => [s.label, s.reached, i === 0 ? "" : formatRate(s.conversion)]),
    small: funnel.steps.map((s) => s.small),
  };
}
