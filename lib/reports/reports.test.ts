import { eq } from "drizzle-orm";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { organizations, roleLoops, trialExtensions, trials } from "@/db/schema";
import { db } from "@/lib/db";
import { defaultTemplates } from "@/lib/evaluation/defaults";
import { makeInterview, makeOrg, makeRole, makeScorecard, makeViewer } from "@/lib/testing/factories";
import { days, history, historyFor } from "@/lib/testing/report-fixtures";
import { makeTrial } from "@/lib/testing/trial-factories";
import { reports } from ".";
import { resolveReportFilters } from "./filters";
import { toCsv } from "./table";
import { trialsReport } from "./trials";

// Time in stage, sources, trials and calibration on a small hand-built agency: each expected
// figure is worked out by hand in the comments. (The funnel has its own file.)

const april = (extra: Record<string, string> = {}) => resolveReportFilters({ from: "2025-04-01", to: "2025-04-30", ...extra }, "2025-06-01");
let admin: ReturnType<typeof makeViewer>;
let recruiter: ReturnType<typeof makeViewer>;
let clientA: ReturnType<typeof makeOrg>;
let clientB: ReturnType<typeof makeOrg>;
let skillsGapTrial: { id: number };

function decide(app: { id: number }, startsOn: string, outcome: "converted" | "ended" | null, endReason: string | null = null, extended = false) {
  const trial = makeTrial(app, admin, { startsOn, endsOn: startsOn, outcome });
  if (endReason)
    db()
      .update(trials)
      .set({ endReason: endReason as never })
      .where(eq(trials.id, trial.id))
      .run();
  if (extended)
    db().insert(trialExtensions).values({ trialId: trial.id, previousEndsOn: startsOn, endsOn: startsOn, reason: "More time", actorId: admin.id }).run();
  return trial;
}

beforeAll(() => {
  const agency = makeOrg("agency");
  clientA = makeOrg("client", "Client A");
  clientB = makeOrg("client", "Client B");
  admin = makeViewer("admin", agency);
  recruiter = makeViewer("recruiter", agency);
  const seniorA = makeRole(clientA, recruiter, "senior");
  const leadB = makeRole(clientB, recruiter, "lead");
  // Screening stays (began in April, ended): 24 h, 48 h, 240 h → median 48 h = 2 days, 75th 144 h = 6 days.
  // Sourced stays: 24 h ×3, 12 h → sorted 12, 24, 24, 24: median 24 h = 1 day, 75th 24 h = 1 day.
  const a1 = history(
    seniorA,
    "2025-04-01",
    [
      ["sourced", 0],
      ["screening", days(1)],
      ["submitted", days(2)],
      ["client_interview", days(3)],
      ["offer", days(4)],
      ["trial", days(5)],
      ["hired", days(19)],
    ],
    "referral",
  );
  const a2 = history(
    seniorA,
    "2025-04-02",
    [
      ["sourced", 0],
      ["screening", days(1)],
      ["submitted", days(3)],
      ["offer", days(4)],
      ["trial", days(5)],
      ["rejected", days(19)],
    ],
    "referral",
  );
  const a3 = history(
    leadB,
    "2025-04-03",
    [
      ["sourced", 0],
      ["screening", days(1)],
      ["rejected", days(11)],
    ],
    "inbound",
  );
  history(
    leadB,
    "2025-04-04",
    [
      ["sourced", 0],
      ["screening", 12],
    ],
    "inbound",
  );
  // The same inbound candidate on a second role: two applications, one candidate.
  historyFor(a3.candidateId, seniorA, "2025-04-05", [["sourced", 0]]);
  // A stay that began in March is not April's, though it ended in April.
  history(seniorA, "2025-03-31", [
    ["sourced", 0],
    ["screening", days(3)],
  ]);

  // Trials: a1 converted (senior, client A), a2 ended for the skills gap after an extension (senior, A),
  // one more lead trial at B ended for communication, one still running at B.
  decide(a1, "2025-04-06", "converted");
  decide(a2, "2025-04-07", "ended", "skills_gap", true);
  skillsGapTrial = a2;
  const b1 = history(
    leadB,
    "2025-04-08",
    [
      ["sourced", 0],
      ["offer", days(1)],
      ["trial", days(2)],
      ["rejected", days(16)],
    ],
    "sourced",
  );
  decide(b1, "2025-04-10", "ended", "communication");
  const b2 = history(
    leadB,
    "2025-04-09",
    [
      ["sourced", 0],
      ["offer", days(1)],
      ["trial", days(2)],
    ],
    "sourced",
  );
  decide(b2, "2025-04-11", null);

  // Scorecards on the decided trials: a1 rated 4s by the admin and 3 by the recruiter; a2 2s; b1 1s.
  const loop = (role: { id: number }, type: "senior" | "lead") =>
    db()
      .insert(roleLoops)
      .values({ roleId: role.id, plan: "[]", weights: JSON.stringify(defaultTemplates[type].weights), checklist: "[]" })
      .run();
  loop(seniorA, "senior");
  const rate = (app: { id: number }, by: { id: number }, value: number) =>
    makeScorecard(makeInterview(app, [by]), by, { status: "submitted", ratings: JSON.stringify({ technical_depth: value, communication: value }) });
  rate(a1, admin, 4);
  rate(a1, recruiter, 3);
  rate(a2, admin, 2);
  rate(b1, recruiter, 1);
});

describe("time in stage", () => {
  it("gives each stage's median and 75th percentile over the stays that began in the range and ended", () => {
    const report = reports["time-in-stage"].load(admin, april());
    const screening = report.stages.find((s) => s.stage === "screening")!;
    // Screening stays: a1 24 h, a2 48 h, a3 240 h; the fourth (12 h in sourced, then still in screening) has not ended.
    expect(screening).toMatchObject({ count: 3, median: 2, p75: 6 });
    const sourced = report.stages.find((s) => s.stage === "sourced")!;
    // Sourced stays begun in April and ended: a1, a2, a3 (24 h each), the 4th (12 h), b1 and b2 (24 h each).
    expect(sourced).toMatchObject({ count: 6, median: 1, p75: 1 });
    // Added → submitted: a1 48 h, a2 72 h → median 2.5 days. Added → hired: a1 19 days.
    expect(report.toSubmit).toMatchObject({ count: 2, median: 2.5 });
    expect(report.toHire).toMatchObject({ count: 1, median: 19, p75: 19 });
    // With fewer than five, the table says so.
    expect(reports["time-in-stage"].tables(report)[0].small![1]).toBe(true);
  });

  it("takes the filters: client B's roles only", () => {
    const report = reports["time-in-stage"].load(admin, april({ client: String(clientB.id) }));
    expect(report.stages.find((s) => s.stage === "screening")).toMatchObject({ count: 1, median: 10 });
  });
});

describe("sources", () => {
  it("counts candidates once, and submitted, trials, hires and conversion per source", () => {
    const rows = reports.sources.load(admin, april());
    const by = Object.fromEntries(rows.map((r) => [r.source, r]));
    expect(by.referral).toMatchObject({ candidates: 2, applications: 2, submitted: 2, trials: 2, hired: 1, decided: 2, converted: 1, conversion: 0.5 });
    // The inbound candidate on two roles is one candidate.
    expect(by.inbound).toMatchObject({ candidates: 2, applications: 3, submitted: 0, trials: 0, hired: 0, decided: 0, conversion: null });
    // b1 and b2 (the one added on 31 March is outside the range).
    expect(by.sourced).toMatchObject({ applications: 2, trials: 2, decided: 1, converted: 0, conversion: 0 });
    expect(by.agency_network).toMatchObject({ candidates: 0, applications: 0 });
  });
});

describe("trials", () => {
  it("counts the trials started in the range, their conversion by role type and client, and why they ended", () => {
    const report = reports.trials.load(admin, april());
    expect(report.counts).toEqual({ started: 4, converted: 1, ended: 2, running: 1, extended: 1 });
    expect(report.byType.map((t) => [t.key, t.decided, t.converted])).toEqual([
      ["lead", 1, 0],
      ["senior", 2, 1],
      ["engineering_manager", 0, 0],
    ]);
    expect(report.byClient.map((c) => [c.label, c.decided, c.converted, c.conversion])).toEqual([
      ["Client A", 2, 1, 0.5],
      ["Client B", 1, 0, 0],
    ]);
    expect(report.reasons.map((r) => [r.reason, r.count])).toEqual([
      ["skills_gap", 1],
      ["communication", 1],
    ]);
    expect(reports.trials.load(admin, april({ type: "senior" })).counts.started).toBe(2);
  });

  it("does not count a trial whose first day is still to come as started", () => {
    // On 10 April, b2 (starting on the 11th) has not started; the three before it have.
    expect(trialsReport(admin, april(), new Date("2025-04-10T12:00:00Z")).counts).toMatchObject({ started: 3, running: 0 });
    expect(trialsReport(admin, april(), new Date("2025-04-11T12:00:00Z")).counts).toMatchObject({ started: 4, running: 1 });
    // Its client's calendar decides: 22:00 UTC on the 10th is already the 11th in Auckland.
    db().update(organizations).set({ timezone: "Pacific/Auckland" }).where(eq(organizations.id, clientB.id)).run();
    expect(trialsReport(admin, april(), new Date("2025-04-10T22:00:00Z")).counts.started).toBe(4);
    db().update(organizations).set({ timezone: null }).where(eq(organizations.id, clientB.id)).run();
  });
});

describe("evaluation vs outcome", () => {
  it("bands each decided trial by its weighted score, and compares each interviewer's ratings by outcome", () => {
    const c = reports.calibration.load(admin, april());
    expect(c.decided).toBe(3);
    // a1: means 3.5 and 3.5 → 3.5 (converted); a2: 2.0 (ended); b1: 1.0 (ended).
    expect(c.bands.map((b) => [b.key, b.trials, b.converted])).toEqual([
      ["below_2", 1, 0],
      ["2_0", 1, 0],
      ["2_5", 0, 0],
      ["3_0", 0, 0],
      ["3_5", 1, 1],
    ]);
    expect(c.bands.every((b) => b.small)).toBe(true);
    const byName = Object.fromEntries(c.interviewers.map((i) => [i.id, i]));
    expect(byName[admin.id]).toMatchObject({ converted: { count: 1, mean: 4 }, ended: { count: 1, mean: 2 }, small: true });
    expect(byName[recruiter.id]).toMatchObject({ converted: { count: 1, mean: 3 }, ended: { count: 1, mean: 1 } });
    const communication = c.attributes.find((a) => a.attribute === "communication")!;
    expect(communication).toMatchObject({ converted: { count: 2, mean: 3.5 }, ended: { count: 2, mean: 1.5 } });
  });
});

describe("evaluation vs outcome and the blind rule", () => {
  it("an interviewer who still owes a scorecard on a decided trial's application sees it counted as not scored, with none of its ratings", () => {
    const owing = makeViewer("recruiter", makeOrg("agency"));
    makeInterview(skillsGapTrial, [owing], { status: "completed" });
    const c = reports.calibration.load(owing, april());
    expect(c.decided).toBe(3);
    expect(c.bands.map((b) => [b.key, b.trials])).toEqual([
      ["below_2", 1],
      ["2_0", 0],
      ["2_5", 0],
      ["3_0", 0],
      ["3_5", 1],
    ]);
    expect(c.notScored.trials).toBe(1);
    // The admin's 2s on that application are not in their "ended" mean for this viewer; only b1's recruiter 1s are.
    const byName = Object.fromEntries(c.interviewers.map((i) => [i.id, i]));
    expect(byName[admin.id]).toMatchObject({ converted: { count: 1, mean: 4 }, ended: { count: 0 } });
    expect(c.attributes.find((a) => a.attribute === "communication")).toMatchObject({ ended: { count: 1, mean: 1 } });
    // Everyone else still sees it scored.
    expect(reports.calibration.load(admin, april()).notScored.trials).toBe(0);
  });
});

describe("CSV", () => {
  it("holds every table's rows, parsed back, with the small-sample mark", () => {
    const data = reports.trials.load(admin, april());
    const tables = reports.trials.tables(data);
    const csv = toCsv(tables);
    const blocks = csv.split("\r\n\r\n").map((block) => Papa.parse<string[]>(block).data);
    expect(blocks).toHaveLength(tables.length);
    expect(blocks[0][0]).toEqual([tables[0].caption]);
    expect(blocks[0].slice(2).map((r) => [r[0], Number(r[1])])).toEqual(tables[0].rows);
    expect(blocks[2][1]).toEqual(["Client", "Decided", "Converted", "Conversion", "Fewer than 5"]);
    expect(blocks[2].slice(2)).toEqual([
      ["Client A", "2", "1", "50%", "yes"],
      ["Client B", "1", "0", "0%", "yes"],
    ]);
  });
});
