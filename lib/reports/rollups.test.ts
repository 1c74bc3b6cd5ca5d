import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { applications, candidates, roles, stageEvents, trials } from "@/db/schema";
import { db } from "@/lib/db";
import { moveApplications } from "@/lib/pipeline/commands";
import { contextFor, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { days, history } from "@/lib/testing/report-fixtures";
import { makeTrial } from "@/lib/testing/trial-factories";
import { reports } from ".";
import { resolveReportFilters, todayUtc } from "./filters";
import { sourceCounts } from "./sources";

// The daily rollups the whole-agency reports read (migration 0013) are kept by triggers. Checked
// here the strict way: after every kind of write they count, each rollup equals the same figures
// recomputed from the rows, and a move made through the app shows in the report at once.

/** The sources rollup's definition, restated over the rows (rows left at zero by a change are ignored). */
const sourceDaysFromRows = () =>
  db().all(sql`
    select a.created_at / 86400000 day, r.type role_type, a.source source, count(*) applications,
      sum(a.reached_rank >= 3) submitted, sum(a.reached_rank >= 6) trials, sum(a.reached_rank = 7) hired,
      sum(case when a.reached_rank >= 6 then (select count(t.outcome) from trials t where t.application_id = a.id) else 0 end) decided,
      sum(case when a.reached_rank >= 6 then (select count(*) from trials t where t.application_id = a.id and t.outcome = 'converted') else 0 end) converted
    from applications a join roles r on r.id = a.role_id where a.source is not null
    group by 1, 2, 3 order by 1, 2, 3`);
const sourceDaysKept = () =>
  db().all(sql`
    select day, role_type, source, applications, submitted, trials, hired, decided, converted from report_source_days
    where applications <> 0 or submitted <> 0 or trials <> 0 or hired <> 0 or decided <> 0 or converted <> 0 order by 1, 2, 3`);

/** The stays rollup's definition over the rows. */
const stayHoursFromRows = () =>
  db().all(sql`
    select e.created_at / 86400000 day, r.type role_type, e.to_stage stage, (e.left_at - e.created_at) / 3600000 hours, count(*) stays
    from stage_events e join applications a on a.id = e.application_id join roles r on r.id = a.role_id
    where e.left_at is not null group by 1, 2, 3, 4 order by 3, 1, 2, 4`);
const stayHoursKept = () => db().all(sql`select day, role_type, stage, hours, stays from report_stay_hours where stays <> 0 order by 3, 1, 2, 4`);

const expectRollupsExact = () => {
  expect(sourceDaysKept()).toEqual(sourceDaysFromRows());
  expect(stayHoursKept()).toEqual(stayHoursFromRows());
};

let admin: ReturnType<typeof makeViewer>;
let recruiter: ReturnType<typeof makeViewer>;
let role: ReturnType<typeof makeRole>;
let other: ReturnType<typeof makeRole>;

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  admin = makeViewer("admin", agency);
  recruiter = makeViewer("recruiter", agency);
  role = makeRole(client, recruiter, "senior");
  other = makeRole(client, recruiter, "lead");
});

describe("the reports' daily rollups", () => {
  it("equal the rows' own figures after every kind of write they count", () => {
    expectRollupsExact();

    // New histories, across days, role types and sources, some reaching a trial.
    const hired = history(
      role,
      "2025-03-03",
      [
        ["sourced", 0],
        ["submitted", days(2)],
        ["offer", days(5)],
        ["trial", days(7)],
        ["hired", days(21)],
      ],
      "referral",
    );
    const ended = history(
      other,
      "2025-03-04",
      [
        ["sourced", 0],
        ["screening", 5],
        ["submitted", days(3)],
        ["offer", days(6)],
        ["trial", days(8)],
      ],
      "inbound",
    );
    const early = history(
      role,
      "2025-03-05",
      [
        ["sourced", 0],
        ["screening", 30],
      ],
      "inbound",
    );
    expectRollupsExact();
    // An application written with its source and rank already set (an import, say).
    db()
      .insert(applications)
      .values({
        roleId: other.id,
        candidateId: early.candidateId,
        stage: "submitted",
        source: "inbound",
        reachedRank: 3,
        createdAt: new Date("2025-03-06T09:00:00Z"),
      })
      .run();
    expectRollupsExact();

    // Trials decided, one changed its mind, and one deleted.
    const won = makeTrial(hired, admin, { startsOn: "2025-03-10", endsOn: "2025-03-24", outcome: "converted" });
    const lost = makeTrial(ended, admin, { startsOn: "2025-03-12", endsOn: "2025-03-26", outcome: null });
    expectRollupsExact();
    db().update(trials).set({ outcome: "ended" }).where(eq(trials.id, lost.id)).run();
    expectRollupsExact();
    db().update(trials).set({ outcome: "converted" }).where(eq(trials.id, lost.id)).run();
    db().update(trials).set({ outcome: null }).where(eq(trials.id, won.id)).run();
    expectRollupsExact();
    db().delete(trials).where(eq(trials.id, lost.id)).run();
    expectRollupsExact();

    // A candidate's source corrected, a role's type changed, an application moved to another role.
    db().update(candidates).set({ source: "agency_network" }).where(eq(candidates.id, early.candidateId)).run();
    expectRollupsExact();
    db().update(roles).set({ type: "engineering_manager" }).where(eq(roles.id, other.id)).run();
    expectRollupsExact();
    db().update(applications).set({ roleId: other.id }).where(eq(applications.id, hired.id)).run();
    expectRollupsExact();

    // A stay's history rewritten, then an application and its history deleted.
    db()
      .update(stageEvents)
      .set({ createdAt: new Date(Date.parse("2025-03-05T12:00:00Z")) })
      .where(eq(stageEvents.applicationId, early.id))
      .run();
    expectRollupsExact();
    db().delete(stageEvents).where(eq(stageEvents.applicationId, early.id)).run();
    db().delete(applications).where(eq(applications.id, early.id)).run();
    expectRollupsExact();
  });

  it("are filled for the history already there by the migration's own statements", () => {
    history(
      role,
      "2025-02-03",
      [
        ["sourced", 0],
        ["submitted", days(4)],
        ["rejected", days(9)],
      ],
      "sourced",
    );
    expect(sourceDaysFromRows().length).toBeGreaterThan(0);
    db().run(sql`delete from report_source_days`);
    db().run(sql`delete from report_stay_hours`);
    const statements = readFileSync(join(process.cwd(), "db/migrations/0013_report_rollups.sql"), "utf8").split("--> statement-breakpoint");
    const backfill = statements.filter((s) => /^\s*(--.*\n)*INSERT INTO report_/.test(s));
    expect(backfill).toHaveLength(2);
    for (const statement of backfill) db().$client.exec(statement);
    expectRollupsExact();
  });

  it("show a move made through the app in the whole agency's reports at once, as the rows would", () => {
    const filters = resolveReportFilters({}, todayUtc());
    const app = history(role, todayUtc(), [["sourced", 0]], "referral");
    const submittedOf = () => reports.sources.load(admin, filters).find((r) => r.source === "referral")!.submitted;
    const sourcedStays = () => reports["time-in-stage"].load(admin, filters).stages.find((s) => s.stage === "sourced")!.count;
    const [submitted, stays] = [submittedOf(), sourcedStays()];

    const version = db().select({ v: applications.version }).from(applications).where(eq(applications.id, app.id)).get()!.v;
    const moved = moveApplications({ roleId: role.id, to: "submitted", applications: [{ id: app.id, version }], note: "" }, contextFor(recruiter));
    expect(moved.ok).toBe(true);

    expect(submittedOf()).toBe(submitted + 1);
    expect(sourcedStays()).toBe(stays + 1); // its stay in Sourced has ended
    // The rollup and the rows agree, for the whole agency and for one role type.
    for (const f of [filters, { ...filters, type: "senior" as const }]) {
      const bySource = (from: "rollup" | "rows") => sourceCounts(admin, f, from).sort((a, b) => String(a.source).localeCompare(String(b.source)));
      expect(bySource("rollup")).toEqual(bySource("rows"));
    }
  });
});
