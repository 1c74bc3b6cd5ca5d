import "server-only";
import { and, eq, gte, lte, sql } from "drizzle-orm";
import { applications, organizations, roleTypes, roles, trialEndReasons, trials, type RoleType, type TrialEndReason } from "@/db/schema";
import type { ScopeSubject } from "@/lib/access/scope";
import { scopeWhere } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { resolveTimeZone, roleTypeLabels } from "@/lib/labels";
import { todayIn } from "@/lib/trials/days";
import { endReasonLabels } from "@/lib/trials/labels";
import { roleFilter } from "./cohort";
import type { ReportFilters } from "./filters";
import { formatRate, rate, SMALL_SAMPLE } from "./stats";
import type { ReportTable } from "./table";

// Trials: the two-week trials that started in the range (their first day, on the client's
// calendar) — how many converted, were extended, ended or are still running; the conversion rate
// (converted of decided) by role type and by client; and why the ended ones ended.

export type TrialCounts = { started: number; converted: number; ended: number; running: number; extended: number };
export type ConversionRow = { key: string; label: string; decided: number; converted: number; conversion: number | null };
export type TrialsReport = {
  counts: TrialCounts;
  byType: ConversionRow[];
  byClient: ConversionRow[];
  reasons: { reason: TrialEndReason; label: string; count: number }[];
};

/** The trials the reports read: started in the range, on the filtered roles, that the viewer may see. */
export function trialCohort(viewer: ScopeSubject, filters: ReportFilters) {
  return and(gte(trials.startsOn, filters.from), lte(trials.startsOn, filters.to), roleFilter(filters, applications.roleId), scopeWhere(viewer).trials);
}

export function trialsReport(viewer: ScopeSubject, filters: ReportFilters, now: Date = new Date()): TrialsReport {
  const rows = db()
    .select({
      outcome: trials.outcome,
      endReason: trials.endReason,
      type: roles.type,
      clientId: trials.clientId,
      client: organizations.name,
      zone: trials.clientZone,
      startsOn: trials.startsOn,
      extended: sql<number>`exists (select 1 from trial_extensions x where x.trial_id = ${trials.id})`,
    })
    .from(trials)
    .innerJoin(applications, eq(applications.id, trials.applicationId))
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(organizations, eq(organizations.id, roles.clientId))
    .where(trialCohort(viewer, filters))
    .all();
  // Started: a trial whose first day (on its client's calendar) is still to come is not counted
  // yet, whatever the range says; one decided before its first day (the candidate backed out) is.
  return summarizeTrials(rows.filter((r) => r.outcome !== null || r.startsOn <= todayIn(resolveTimeZone(r.zone), now)));
}

type TrialFact = {
  outcome: string | null;
  endReason: TrialEndReason | null;
  type: RoleType;
  clientId: number | null;
  client: string;
  extended: number | boolean;
};

/** The report from one row per trial, in one pass. Pure. */
export function summarizeTrials(rows: TrialFact[]): TrialsReport {
  const counts: TrialCounts = { started: rows.length, converted: 0, ended: 0, running: 0, extended: 0 };
  const tally = () => ({ decided: 0, converted: 0 });
  const byType = new Map(roleTypes.map((t) => [t, tally()]));
  const byClient = new Map<number, { name: string; decided: number; converted: number }>();
  const reasons = new Map<TrialEndReason, number>();
  for (const r of rows) {
    if (r.outcome === "converted") counts.converted++;
    else if (r.outcome === "ended") counts.ended++;
    else counts.running++;
    if (r.extended) counts.extended++;
    if (r.outcome === "ended" && r.endReason) reasons.set(r.endReason, (reasons.get(r.endReason) ?? 0) + 1);
    const client = r.clientId === null ? undefined : (byClient.get(r.clientId) ?? { name: r.client, ...tally() });
    if (client && r.clientId !== null) byClient.set(r.clientId, client);
    for (const t of [byType.get(r.type), client]) {
      if (!t || !r.outcome) continue;
      t.decided++;
      if (r.outcome === "converted") t.converted++;
    }
  }
  const row = (key: string, label: string, t: { decided: number; converted: number }): ConversionRow => ({
    key,
    label,
    ...t,
    conversion: rate(t.converted, t.decided),
  });
  return {
    counts,
    byType: roleTypes.map((t) => row(t, roleTypeLabels[t], byType.get(t)!)),
    byClient: [...byClient].map(([id, c]) => row(String(id), c.name, c)).sort((a, b) => b.decided - a.decided || a.label.localeCompare(b.label)),
    reasons: trialEndReasons.flatMap((reason) => (reasons.get(reason) ? [{ reason, label: endReasonLabels[reason], count: reasons.get(reason)! }] : [])),
  };
}

export function trialsTables(report: TrialsReport): ReportTable[] {
  const conversionRows = (rows: ConversionRow[]) => rows.map((r) => [r.label, r.decided, r.converted, formatRate(r.conversion)]);
  const { counts } = report;
  return [
    {
      caption: "Trials started in the range",
      columns: ["Outcome", "Trials"],
      rows: [
        ["Started", counts.started],
        ["Converted", counts.converted],
        ["Ended", counts.ended],
        ["Still running or awaiting a decision", counts.running],
        ["Extended at least once", counts.extended],
      ],
    },
    {
      caption: "Conversion by role type",
      columns: ["Role type", "Decided", "Converted", "Conversion"],
      rows: conversionRows(report.byType),
      small: report.byType.map((r) => r.decided < SMALL_SAMPLE),
    },
    {
      caption: "Conversion by client",
      columns: ["Client", "Decided", "Converted", "Conversion"],
      rows: conversionRows(report.byClient),
      small: report.byClient.map((r) => r.decided < SMALL_SAMPLE),
    },
    { caption: "Why trials ended", columns: ["Reason", "Trials"], rows: report.reasons.map((r) => [r.label, r.count]) },
  ];
}
