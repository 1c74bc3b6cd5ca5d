import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { applications, candidates, roles, scorecards, stageEvents, trials, type Recommendation } from "@/db/schema";
import { db } from "@/lib/db";
import { moveApplications } from "@/lib/pipeline/commands";
import { parseFlags, parseRatings } from "@/lib/evaluation/scorecards";
import { contextFor, makeApplication, makeInterview, makeOrg, makeRole, makeScorecard, makeViewer } from "@/lib/testing/factories";
import { days, history } from "@/lib/testing/report-fixtures";
import { makeTrial } from "@/lib/testing/trial-factories";
import { deferReportRollups, rebuildReportRollups } from "@/db/report-rollups";
import { reports } from ".";
import { resolveReportFilters, todayUtc } from "./filters";
import { sourceCounts } from "./sources";
import { timeInStageQueries } from "./time-in-stage";

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

    // A move through the app taken back by its Undo, then a move on: the undone move and the Undo add no stay.
    const undone = makeApplication(role, "submitted");
    const move = (to: "client_interview" | "submitted" | "offer", undo?: true) =>
      moveApplications(
        {
          roleId: role.id,
          to,
          applications: [{ id: undone.id, version: db().select().from(applications).where(eq(applications.id, undone.id)).get()!.version }],
          undo,
        },
        contextFor(recruiter),
      );
    db().insert(stageEvents).values({ applicationId: undone.id, fromStage: null, toStage: "submitted", actorId: recruiter.id, createdAt: new Date() }).run();
    expect(move("client_interview").ok).toBe(true);
    expectRollupsExact();
    expect(move("submitted", true).ok).toBe(true);
    expect(db().select().from(stageEvents).where(eq(stageEvents.applicationId, undone.id)).all().at(-1)!.undoesId).not.toBeNull();
    expectRollupsExact();
    expect(move("offer").ok).toBe(true);
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

  it("lose the stays of Undos made before migration 0025 through its own statements", () => {
    const app = makeApplication(role, "submitted");
    const at = (minutes: number) => new Date(Date.parse("2025-04-01T09:00:00Z") + minutes * 60_000);
    const insert = (toStage: "submitted" | "offer", minutes: number, undoesId?: number) =>
      db()
        .insert(stageEvents)
        .values({ applicationId: app.id, fromStage: null, toStage, actorId: recruiter.id, createdAt: at(minutes), undoesId })
        .returning()
        .get();
    const first = insert("submitted", 0);
    const mistake = insert("offer", 60 * 24);
    const undo = insert("submitted", 60 * 24 + 1, mistake.id);
    // As 0024 left them: the undone move ended the stay before it, and the Undo ended the undone move's.
    db().update(stageEvents).set({ leftAt: mistake.createdAt }).where(eq(stageEvents.id, first.id)).run();
    db().update(stageEvents).set({ leftAt: undo.createdAt }).where(eq(stageEvents.id, mistake.id)).run();
    expectRollupsExact();
    const statements = readFileSync(join(process.cwd(), "db/migrations/0025_undo_stays.sql"), "utf8").split("--> statement-breakpoint").slice(-2);
    for (const statement of statements) db().run(sql.raw(statement));
    const leftAt = () =>
      db()
        .select({ leftAt: stageEvents.leftAt })
        .from(stageEvents)
        .where(eq(stageEvents.applicationId, app.id))
        .orderBy(stageEvents.id)
        .all()
        .map((e) => e.leftAt);
    expect(leftAt()).toEqual([null, null, null]);
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
  });

  it("give the reports the same figures as the rows, over the histories above, for the whole agency and each role type", () => {
    const placed = history(
      other,
      "2025-03-17",
      [
        ["sourced", 0],
        ["submitted", days(2)],
        ["offer", days(4)],
        ["trial", days(6)],
        ["hired", days(20)],
      ],
      "referral",
    );
    makeTrial(placed, admin, { startsOn: "2025-03-23", endsOn: "2025-04-06", outcome: "converted" });
    const quarter = resolveReportFilters({ from: "2025-01-01", to: "2025-03-31" }, todayUtc());
    const nonZero = (rows: ReturnType<typeof sourceCounts>) =>
      rows
        .filter((r) => r.applications || r.submitted || r.trials || r.hired || r.decided || r.converted)
        .sort((a, b) => String(a.source).localeCompare(String(b.source)));
    const stays = (f: typeof quarter, from: "rollup" | "rows") => timeInStageQueries(admin, f, from).stays.all();
    let compared = 0;
    for (const f of [quarter, ...(["senior", "lead", "engineering_manager"] as const).map((type) => ({ ...quarter, type }))]) {
      expect(nonZero(sourceCounts(admin, f, "rollup"))).toEqual(nonZero(sourceCounts(admin, f, "rows")));
      expect(stays(f, "rollup")).toEqual(stays(f, "rows"));
      compared += nonZero(sourceCounts(admin, f, "rows")).length + stays(f, "rows").length;
    }
    expect(compared).toBeGreaterThan(10); // the histories above are in the range: something was compared
    expect(sourceCounts(admin, quarter, "rows").some((r) => r.decided > 0)).toBe(true);
  });

  it("sum each application's current scorecards for the calibration and the comparison as the application page reads them, after every kind of scorecard write", () => {
    // The definition, in TypeScript: the application page's own parsers over the current submitted scorecards.
    type Rollup = {
      ratings: Record<string, [number, number]>;
      interviewers: Record<string, [number, number]>;
      scorecards: number;
      recommendations: Record<string, number>;
      redFlags: number;
    };
    const expected = () => {
      const out = new Map<number, Rollup>();
      const current = db().all<{ application_id: number; interviewer_id: number; ratings: string; recommendation: Recommendation | null; red_flags: string }>(
        sql`select application_id, interviewer_id, ratings, recommendation, red_flags from scorecards where status = 'submitted' and superseded_at is null order by id`,
      );
      for (const card of current) {
        const row = out.get(card.application_id) ?? { ratings: {}, interviewers: {}, scorecards: 0, recommendations: {}, redFlags: 0 };
        out.set(card.application_id, row);
        row.scorecards++;
        if (card.recommendation) row.recommendations[card.recommendation] = (row.recommendations[card.recommendation] ?? 0) + 1;
        row.redFlags += parseFlags(card.red_flags).length;
        const rated = Object.entries(parseRatings(card.ratings)) as [string, number][];
        for (const [attribute, r] of rated) {
          const [sum, n] = row.ratings[attribute] ?? [0, 0];
          row.ratings[attribute] = [sum + r, n + 1];
        }
        if (!rated.length) continue;
        const [sum, n] = row.interviewers[card.interviewer_id] ?? [0, 0];
        row.interviewers[card.interviewer_id] = [sum + rated.reduce((a, [, r]) => a + r, 0) / rated.length, n + 1];
      }
      return out;
    };
    const kept = () =>
      new Map(
        db()
          .all<{ application_id: number; ratings: string; interviewers: string; scorecards: number; recommendations: string; red_flags: number }>(
            sql`select application_id, ratings, interviewers, scorecards, recommendations, red_flags from report_application_ratings`,
          )
          .map((r): [number, Rollup] => [
            r.application_id,
            {
              ratings: JSON.parse(r.ratings),
              interviewers: JSON.parse(r.interviewers),
              scorecards: r.scorecards,
              recommendations: JSON.parse(r.recommendations),
              redFlags: r.red_flags,
            },
          ]),
      );
    const rounded = (m: Map<number, unknown>) =>
      JSON.parse(
        JSON.stringify(
          [...m].sort((a, b) => a[0] - b[0]),
          (_, v) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v),
        ),
      );
    const expectExact = () => expect(rounded(kept())).toEqual(rounded(expected()));

    const app = history(
      role,
      "2025-03-10",
      [
        ["sourced", 0],
        ["interviewing", days(1)],
      ],
      "referral",
    );
    const other = makeViewer("recruiter", makeOrg("agency"));
    const interview = makeInterview(app, [recruiter, other]);
    const draft = makeScorecard(interview, recruiter, { status: "draft", ratings: JSON.stringify({ ownership: 4 }) });
    expectExact();
    const first = makeScorecard(interview, recruiter, {
      status: "submitted",
      revision: 2,
      ratings: JSON.stringify({ ownership: 3, communication: 2 }),
      recommendation: "yes",
      redFlags: JSON.stringify(["Blames others", "No tests"]),
    });
    // Ratings a careless writer could store: out of range, not whole, unknown, a string, 2.0 (read as 2), and not JSON at all.
    makeScorecard(interview, other, {
      status: "submitted",
      ratings: JSON.stringify({ ownership: 5, communication: 2.5, charisma: 4, leadership: "3", mentorship: 1 }),
    });
    db().$client.prepare('update scorecards set ratings = \'{"system_design": 2.0, "culture_fit": 0}\' where id = ?').run(draft.id);
    db().update(scorecards).set({ status: "submitted" }).where(eq(scorecards.id, draft.id)).run();
    const second = makeInterview(app, [other]);
    makeScorecard(second, other, { status: "submitted", ratings: "not json", recommendation: "strong_no", redFlags: "not json" });
    const odd = makeScorecard(second, recruiter, {
      status: "submitted",
      ratings: "[1, 2]",
      recommendation: "yes",
      redFlags: JSON.stringify(["Vague", 3, null]),
    });
    expectExact();
    expect(kept().get(app.id)).toMatchObject({ scorecards: 5, recommendations: { yes: 2, strong_no: 1 }, redFlags: 3 });
    // A recommendation or the flags changed on a submitted card (as a data fix would).
    db()
      .update(scorecards)
      .set({ recommendation: "strong_yes", redFlags: JSON.stringify({ not: "a list" }) })
      .where(eq(scorecards.id, odd.id))
      .run();
    expectExact();
    expect(kept().get(app.id)?.interviewers[String(other.id)]).toEqual([1, 1]); // mentorship alone; the unreadable card not counted

    // Moved to another application (both rows follow), then back.
    const elsewhere = history(
      role,
      "2025-03-11",
      [
        ["sourced", 0],
        ["interviewing", days(1)],
      ],
      "inbound",
    );
    db().update(scorecards).set({ applicationId: elsewhere.id }).where(eq(scorecards.id, first.id)).run();
    expectExact();
    db().update(scorecards).set({ applicationId: app.id }).where(eq(scorecards.id, first.id)).run();
    expectExact();

    // Amended (the old revision superseded), withdrawn to draft, deleted.
    db().update(scorecards).set({ supersededAt: new Date() }).where(eq(scorecards.id, first.id)).run();
    expectExact();
    db().update(scorecards).set({ status: "draft" }).where(eq(scorecards.id, draft.id)).run();
    expectExact();
    db().delete(scorecards).where(eq(scorecards.applicationId, app.id)).run();
    expectExact();
    expect(kept().has(app.id)).toBe(false);

    // And the migration's backfill gives the same rows.
    const again = makeInterview(app, [recruiter]);
    makeScorecard(again, recruiter, { status: "submitted", ratings: JSON.stringify({ technical_depth: 4, ownership: 2 }) });
    db().run(sql`delete from report_application_ratings`);
    const statements = readFileSync(join(process.cwd(), "db/migrations/0018_evaluation_rollup.sql"), "utf8").split("--> statement-breakpoint");
    const backfill = statements.filter((s) => /^\s*(--.*\n)*INSERT INTO report_/.test(s));
    expect(backfill).toHaveLength(1);
    db().$client.exec(backfill[0]);
    expectExact();
  });

  it("come out the same when rebuilt from the rows at once, as a bulk load builds them", () => {
    const ratings = () => db().all(sql`select * from report_application_ratings order by application_id`);
    const before = { sources: sourceDaysKept(), stays: stayHoursKept(), ratings: ratings() };
    expect(before.ratings.length).toBeGreaterThan(0);
    // Set aside while rows are written (nothing follows them), then rebuilt with the triggers put back.
    const triggers = () => db().all(sql`select name, sql from sqlite_master where type = 'trigger' order by name`);
    const migrated = triggers();
    const deferred = deferReportRollups(db().$client);
    let late: { id: number };
    try {
      expect(triggers().length).toBeLessThan(migrated.length);
      late = history(
        other,
        "2025-04-07",
        [
          ["sourced", 0],
          ["screening", days(1)],
          ["interviewing", days(3)],
        ],
        "referral",
      );
      expect(sourceDaysKept()).toEqual(before.sources);
    } finally {
      // Put back even if an expectation above fails: the tests after this one need the triggers.
      deferred.rebuild();
    }
    expect(triggers()).toEqual(migrated);
    expectRollupsExact();
    expect(sourceDaysKept()).not.toEqual(before.sources);
    expect(ratings()).toEqual(before.ratings);
    // And the triggers keep them again from there.
    db().delete(stageEvents).where(eq(stageEvents.applicationId, late.id)).run();
    db().delete(applications).where(eq(applications.id, late.id)).run();
    expectRollupsExact();
    rebuildReportRollups(db().$client);
    expect({ sources: sourceDaysKept(), stays: stayHoursKept(), ratings: ratings() }).toEqual(before);
  });
});
