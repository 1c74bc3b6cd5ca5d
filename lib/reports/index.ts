import "server-only";
import type { ScopeSubject } from "@/lib/access/scope";
import { calibrationReport } from "./calibration";
import { calibrationTables, type Calibration } from "./calibration-summary";
import type { ReportFilters } from "./filters";
import { funnelReport, funnelTable, type Funnel } from "./funnel";
import { sourcesReport, sourcesTable, type SourceRow } from "./sources";
import type { ReportTable } from "./table";
import { timeInStageReport, timeInStageTables, type TimeInStage } from "./time-in-stage";
import { trialsReport, trialsTables, type TrialsReport } from "./trials";

// The reports, by the slug in their address (/reports/funnel …): each loads its figures for the
// viewer and the filters, and gives them as tables — what the page shows beside its chart and what
// its CSV holds.

type Report<T> = { title: string; summary: string; load: (viewer: ScopeSubject, filters: ReportFilters) => T; tables: (data: T) => ReportTable[] };

const report = <T>(r: Report<T>) => r;

export const reports = {
  funnel: report<Funnel>({
    title: "Funnel",
    summary: "Applications added in the range: how many reached each stage, and the conversion from one stage to the next.",
    load: funnelReport,
    tables: (f) => [funnelTable(f)],
  }),
  "time-in-stage": report<TimeInStage>({
    title: "Time in stage",
    summary: "How long stays in each stage last, and the time from adding a candidate to submitting and to hiring them.",
    load: timeInStageReport,
    tables: timeInStageTables,
  }),
  sources: report<SourceRow[]>({
    title: "Sources",
    summary: "Where candidates come from, and which sources produce placements that last.",
    load: sourcesReport,
    tables: (rows) => [sourcesTable(rows)],
  }),
  trials: report<TrialsReport>({
    title: "Trials",
    summary: "Two-week trials started in the range: how they ended, conversion by role type and by client, and why trials ended.",
    load: trialsReport,
    tables: trialsTables,
  }),
  calibration: report<Calibration>({
    title: "Evaluation vs outcome",
    summary:
      "Whether interview scores predict how a trial ends: conversion by score band, and each interviewer's and attribute's ratings for trials that converted against those that ended.",
    load: calibrationReport,
    tables: calibrationTables,
  }),
};

export type ReportSlug = keyof typeof reports;
export const reportSlugs = Object.keys(reports) as ReportSlug[];
export const isReportSlug = (s: string): s is ReportSlug => Object.hasOwn(reports, s);
