import { beforeAll, describe, expect, it } from "vitest";
import { addCandidateToRole, moveApplications } from "@/lib/pipeline/commands";
import { contextFor, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { days, history } from "@/lib/testing/report-fixtures";
import { db } from "@/lib/db";
import { applications, candidates } from "@/db/schema";
import { eq } from "drizzle-orm";
import { funnelFromRanks, funnelReport, funnelTable } from "./funnel";
import { resolveReportFilters, todayUtc } from "./filters";
import { timeInStageReport } from "./time-in-stage";

// The funnel on a small hand-built agency, every figure counted by hand below.

const march = (extra: Record<string, string> = {}) => resolveReportFilters({ from: "2025-03-01", to: "2025-03-31", ...extra }, "2025-06-01");
let admin: ReturnType<typeof makeViewer>;
let recruiter: ReturnType<typeof makeViewer>;
let clientA: ReturnType<typeof makeOrg>;
let clientB: ReturnType<typeof makeOrg>;
let hiring: ReturnType<typeof makeViewer>;

beforeAll(() => {
  const agency = makeOrg("agency");
  clientA = makeOrg("client", "Client A");
  clientB = makeOrg("client", "Client B");
  admin = makeViewer("admin", agency);
  recruiter = makeViewer("recruiter", agency);
  hiring = makeViewer("hiring_manager", clientA);
  const seniorA = makeRole(clientA, recruiter, "senior");
  const leadA = makeRole(clientA, admin, "lead");
  const roleB = makeRole(clientB, recruiter, "senior");
  // Client A, senior, the recruiter's: four applications in March.
  history(seniorA, "2025-03-03", [
    ["sourced", 0],
    ["screening", days(1)],
    ["rejected", days(2)],
  ]); // reached Screening
  history(seniorA, "2025-03-04", [
    ["sourced", 0],
    ["submitted", days(1)],
    ["client_interview", days(2)],
  ]); // skipped two: reached Client interview
  history(seniorA, "2025-03-05", [
    ["sourced", 0],
    ["screening", days(1)],
    ["interviewing", days(2)],
    ["submitted", days(3)],
    ["client_interview", days(4)],
    ["offer", days(5)],
    ["trial", days(6)],
    ["hired", days(20)],
  ]);
  history(seniorA, "2025-03-06", [["sourced", 0]]);
  // Client A, lead, the admin's: one in March that went back after a rejection (it still reached Submitted).
  history(leadA, "2025-03-10", [
    ["sourced", 0],
    ["submitted", days(1)],
    ["rejected", days(2)],
    ["screening", days(3)],
  ]);
  // Outside March: added in February (hired in March, but the cohort is by when it was added).
  history(seniorA, "2025-02-20", [
    ["sourced", 0],
    ["hired", days(15)],
  ]);
  // Client B in March.
  history(roleB, "2025-03-07", [
    ["sourced", 0],
    ["screening", days(1)],
  ]);
});

describe("funnelReport", () => {
  it("counts each application at every stage up to its furthest, skipped stages included, and the conversions between", () => {
    const funnel = funnelReport(admin, march({ client: String(clientA.id), type: "senior" }));
    expect(funnel.total).toBe(4);
    expect(funnel.steps.map((s) => [s.stage, s.reached])).toEqual([
      ["sourced", 4],
      ["screening", 3],
      ["interviewing", 2],
      ["submitted", 2],
      ["client_interview", 2],
      ["offer", 1],
      ["trial", 1],
      ["hired", 1],
    ]);
    expect(funnel.steps.map((s) => s.conversion)).toEqual([null, 3 / 4, 2 / 3, 1, 1, 1 / 2, 1, 1]);
    expect(funnelTable(funnel).rows[1]).toEqual(["Screening", 3, "75%"]);
    // Every conversion here rests on fewer than 5 applications: each is marked, the first stage's (none) is not.
    expect(funnelTable(funnel).small).toEqual([false, true, true, true, true, true, true, true]);
  });

  it("says — for the conversion after a stage nobody reached, and marks nothing resting on 5 or more", () => {
    const byRank = new Map([
      [0, 6],
      [1, 6],
    ]);
    const table = funnelTable(funnelFromRanks(byRank));
    expect(table.rows.slice(0, 4)).toEqual([
      ["Sourced", 12, ""],
      ["Screening", 6, "50%"],
      ["Interviewing", 0, "0%"],
      ["Submitted", 0, "—"],
    ]);
    expect(table.small!.slice(0, 4)).toEqual([false, false, false, false]);
  });

  it("takes every filter: client, role type, recruiter and the range", () => {
    const reached = (extra: Record<string, string>) => funnelReport(admin, march(extra)).steps.map((s) => s.reached);
    expect(reached({})).toEqual([6, 5, 3, 3, 2, 1, 1, 1]);
    expect(reached({ client: String(clientB.id) })).toEqual([1, 1, 0, 0, 0, 0, 0, 0]);
    expect(reached({ type: "lead" })).toEqual([1, 1, 1, 1, 0, 0, 0, 0]);
    expect(reached({ recruiter: String(admin.id) })).toEqual([1, 1, 1, 1, 0, 0, 0, 0]);
    expect(reached({ from: "2025-02-01", to: "2025-02-28" })).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it("stays inside the viewer's scope: a hiring manager's counts are only what their company may see", () => {
    // Client A's submitted applications, less the lead one now back in Screening (an agency stage).
    expect(funnelReport(hiring, march()).total).toBe(2);
  });

  it("follows a move made through the app straight away: the kept reach and stays are written with the move", () => {
    const role = makeRole(clientB, recruiter, "engineering_manager");
    const person = db()
      .insert(candidates)
      .values({ name: "Fresh", email: "fresh@x.test", emailNormalized: "fresh@x.test", source: "referral" })
      .returning()
      .get();
    const added = addCandidateToRole({ roleId: role.id, candidateId: person.id }, contextFor(recruiter));
    if (!added.ok) throw new Error(added.message);
    const today = resolveReportFilters({ type: "engineering_manager" }, todayUtc());
    expect(funnelReport(admin, today).steps.map((s) => s.reached)).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    const app = db().select().from(applications).where(eq(applications.id, added.data!.id)).get()!;
    moveApplications({ roleId: role.id, to: "interviewing", applications: [{ id: app.id, version: app.version }], note: "" }, contextFor(recruiter));
    expect(funnelReport(admin, today).steps.map((s) => s.reached)).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
    expect(timeInStageReport(admin, today).stages.find((s) => s.stage === "sourced")!.count).toBe(1);
  });
});
