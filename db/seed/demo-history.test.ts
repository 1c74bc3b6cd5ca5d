import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { candidateSources } from "@/db/schema";
import type { ScopeSubject } from "@/lib/access/scope";
import { calibrationReport } from "@/lib/reports/calibration";
import { resolveReportFilters, todayUtc, type ReportFilters } from "@/lib/reports/filters";
import { funnelReport } from "@/lib/reports/funnel";
import { sourcesReport } from "@/lib/reports/sources";
import { SMALL_SAMPLE } from "@/lib/reports/stats";
import { timeInStageReport } from "@/lib/reports/time-in-stage";
import { trialsReport } from "@/lib/reports/trials";
import { seedDemo } from "./demo";
import { HISTORY_ROLES, QUIET_DAYS } from "./demo-history-plan";

// The demo gives every report something real (issue #11): run on the seeded demo as its admin
// would open them, with the default filters (the last 90 days up to today), each report has
// figures worth reading — and the history behind them keeps out of the live demo's way.

const all = <T>(q: ReturnType<typeof sql>) => db().all<T>(q);
const one = (q: ReturnType<typeof sql>) => db().get<{ n: number }>(q).n;
let now: number;
let admin: ScopeSubject;
let filters: ReportFilters;

beforeAll(async () => {
  now = Date.now();
  await seedDemo(db());
  admin = db().get<ScopeSubject>(sql`select id, kind, organization_id organizationId from users where email = 'admin@agency.test'`);
  filters = resolveReportFilters({}, todayUtc(new Date(now)));
});

describe("the demo's reports, default filters", () => {
  it("funnel: applications reach every stage through Hired", () => {
    const funnel = funnelReport(admin, filters);
    for (const step of funnel.steps) expect(step.reached, step.stage).toBeGreaterThan(0);
    expect(funnel.steps.at(-1)!.stage).toBe("hired");
  });

  it("time in stage: every timed stage has at least five stays, and there are times to submit and to hire", () => {
    const report = timeInStageReport(admin, filters);
    for (const s of report.stages) expect(s.count, s.stage).toBeGreaterThanOrEqual(SMALL_SAMPLE);
    expect(report.toSubmit.count).toBeGreaterThanOrEqual(SMALL_SAMPLE);
    expect(report.toHire.count).toBeGreaterThanOrEqual(SMALL_SAMPLE);
  });

  it("sources: every source has decided trials, and they do not all convert alike", () => {
    const rows = sourcesReport(admin, filters);
    expect(rows.map((r) => r.source)).toEqual([...candidateSources]);
    for (const r of rows) expect(r.decided, r.source).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.conversion!.toFixed(2))).size).toBeGreaterThan(1);
  });

  it("trials: converted, ended and extended ones, ended for at least three reasons", () => {
    const { counts, reasons } = trialsReport(admin, filters);
    expect(counts.converted).toBeGreaterThan(0);
    expect(counts.ended).toBeGreaterThan(0);
    expect(counts.extended).toBeGreaterThan(0);
    expect(reasons.length).toBeGreaterThanOrEqual(3);
  });

  it("calibration: 30+ decided trials, four bands of five or more, conversion rising with the score", () => {
    const c = calibrationReport(admin, filters);
    expect(c.decided).toBeGreaterThanOrEqual(30);
    const populated = c.bands.filter((b) => b.trials >= SMALL_SAMPLE);
    expect(populated.length).toBeGreaterThanOrEqual(4);
    // Every band but perhaps the lowest has five or more.
    expect(c.bands.slice(1).every((b) => b.trials >= SMALL_SAMPLE)).toBe(true);
    const rates = populated.map((b) => b.conversion!);
    expect(rates.at(-1)!).toBeGreaterThan(rates[0]);
    for (let i = 1; i < rates.length; i++) expect(rates[i], populated[i].label).toBeGreaterThanOrEqual(rates[i - 1]);
  });

  it("calibration: Alex's and Riley's ratings track the outcome, Sam's do not", () => {
    const c = calibrationReport(admin, filters);
    const gap = (name: string) => {
      const i = c.interviewers.find((x) => x.name === name)!;
      expect(i.small, name).toBe(false);
      return i.converted.mean! - i.ended.mean!;
    };
    const tracking = [gap("Alex Morgan"), gap("Riley Chen")];
    const sam = Math.abs(gap("Sam Okafor"));
    for (const g of tracking) expect(g).toBeGreaterThan(0.5);
    expect(sam).toBeLessThan(0.3);
    expect(sam).toBeLessThan(Math.min(...tracking) / 3);
  });
});

describe("the demo's history", () => {
  const historyApps = () =>
    sql`select a.id from applications a join roles r on r.id = a.role_id where r.title in (${sql.join(
      HISTORY_ROLES.map((r) => sql`${r.title}`),
      sql`, `,
    )})`;

  it("is over before the quiet weeks: nothing for the homes' lists, and nothing owed", () => {
    const apps = historyApps();
    expect(one(sql`select count(*) n from (${apps})`)).toBeGreaterThan(250);
    // Spread over the last seven months; the roles' last activity before the quiet weeks, so /roles lists the live ones first.
    expect(one(sql`select min(created_at) n from applications where id in (${apps})`)).toBeLessThan(now - 180 * 86_400_000);
    expect(
      one(sql`select count(*) n from roles where title in (select r.title from roles r join applications a on a.role_id = r.id where a.id in (${apps}))
        and last_activity_at > ${now - QUIET_DAYS * 86_400_000}`),
    ).toBe(0);
    expect(one(sql`select count(*) n from stage_events where application_id in (${apps}) and created_at > ${now - QUIET_DAYS * 86_400_000}`)).toBe(0);
    expect(one(sql`select count(*) n from applications where id in (${apps}) and stage not in ('hired', 'rejected', 'withdrawn')`)).toBe(0);
    expect(one(sql`select count(*) n from interviews where application_id in (${apps}) and status <> 'completed'`)).toBe(0);
    expect(
      one(sql`select count(*) n from interviewers ii join interviews i on i.id = ii.interview_id where i.application_id in (${apps})
        and not exists (select 1 from scorecards s where s.interview_id = i.id and s.interviewer_id = ii.user_id and s.status = 'submitted')`),
    ).toBe(0);
    expect(one(sql`select count(*) n from trials t where t.application_id in (${apps}) and t.outcome is null`)).toBe(0);
  });

  it("keeps every role's hires within its headcount, a filled role at exactly it and an open one below it", () => {
    const rows = all<{ status: string; headcount: number; hired: number }>(
      sql`select r.status, r.headcount, (select count(*) from applications a where a.role_id = r.id and a.stage = 'hired') hired from roles r`,
    );
    for (const r of rows) expect(r.hired).toBeLessThanOrEqual(r.headcount);
    expect(rows.filter((r) => r.status === "filled" && r.hired > 0 && r.hired !== r.headcount)).toEqual([]);
    expect(rows.filter((r) => r.status === "open" && r.hired >= r.headcount)).toEqual([]);
  });

  it("writes each application's history in time order, reaching the stage it is at", () => {
    expect(
      one(
        sql`select count(*) n from stage_events a join stage_events b on b.application_id = a.application_id and b.id > a.id where b.created_at < a.created_at`,
      ),
    ).toBe(0);
    expect(
      one(
        sql`select count(*) n from applications a where a.stage <> (select to_stage from stage_events e where e.application_id = a.id order by e.id desc limit 1)`,
      ),
    ).toBe(0);
    expect(one(sql`select count(*) n from applications where source is null`)).toBe(0);
  });
});
