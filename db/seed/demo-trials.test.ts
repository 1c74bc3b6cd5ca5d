import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo, type DemoSummary } from "./demo";
import { daysBetween, todayIn, weekday } from "./trial-content";

// What the demo's trials promise, whatever day it is seeded on (issue #10, "Demo data and scale").
// Day numbers are computed here from the client's calendar, as lib/trials/days.ts does.

const all = <T>(q: ReturnType<typeof sql>) => db().all<T>(q);
const one = (q: ReturnType<typeof sql>) => db().get<{ n: number }>(q).n;

type Row = {
  id: number;
  application: number;
  title: string;
  client: string;
  zone: string;
  starts: string;
  ends: string;
  outcome: string | null;
  stage: string;
  roleId: number;
  roleStatus: string;
  headcount: number;
};
let summary: DemoSummary;
let now: number;
let rows: Row[];

beforeAll(async () => {
  now = Date.now();
  summary = await seedDemo(db());
  rows = all<Row>(sql`select t.id, t.application_id application, r.title, o.name client, coalesce(o.timezone, 'UTC') zone, t.starts_on starts, t.ends_on ends,
    t.outcome, a.stage, r.id roleId, r.status roleStatus, r.headcount from trials t join applications a on a.id = t.application_id
    join roles r on r.id = a.role_id join organizations o on o.id = r.client_id order by t.id`);
});

const trial = (title: string) => rows.find((r) => r.title === title && r.client !== "Helios Health")!;
const dayOf = (r: Row) => daysBetween(r.starts, todayIn(r.zone, now)) + 1;
const lengthOf = (r: Row) => daysBetween(r.starts, r.ends);
const left = (r: Row) => daysBetween(todayIn(r.zone, now), r.ends);
const weekOneUndone = (r: Row) => one(sql`select count(*) n from trial_goals where trial_id = ${r.id} and week = 1 and done_at is null`);

describe("the demo's trials", () => {
  it("keeps the pipeline's 25 roles and 185 applications, adding the trials' own", () => {
    expect(summary.counts.trials).toBe(rows.length);
    expect(summary.counts.roles).toBe(one(sql`select count(*) n from roles`));
    expect(summary.counts.applications).toBe(one(sql`select count(*) n from applications`));
    expect(summary.counts.roles - 25).toBe(one(sql`select count(*) n from roles where id > 25`));
  });

  it("gives every application that reached Trial its trial, and every hire a converted one, so the reports add up", () => {
    expect(
      one(sql`select count(*) n from applications a where a.reached_rank >= 6 and not exists (select 1 from trials t where t.application_id = a.id)`),
    ).toBe(0);
    expect(
      one(
        sql`select count(*) n from applications a where a.stage = 'hired' and not exists (select 1 from trials t where t.application_id = a.id and t.outcome = 'converted')`,
      ),
    ).toBe(0);
    // Each started on the day its application moved to Trial, and was decided no earlier.
    expect(
      one(sql`select count(*) n from trials t where t.outcome = 'converted' and t.decided_at < (select max(e.created_at) from stage_events e
        where e.application_id = t.application_id and e.to_stage = 'trial')`),
    ).toBe(0);
  });

  it("has one on each day the issue lists", () => {
    expect([dayOf(trial("Lead Robotics Software Engineer")), lengthOf(trial("Lead Robotics Software Engineer"))]).toEqual([2, 14]);
    expect(dayOf(trial("Lead Data Platform Engineer"))).toBe(6);
    const nine = trial("Senior Fleet Software Engineer");
    expect(dayOf(nine)).toBe(9);
    expect(weekOneUndone(nine)).toBeGreaterThan(0);
    const thirteen = trial("Engineering Manager, Data");
    expect([dayOf(thirteen), left(thirteen), thirteen.outcome]).toEqual([13, 2, null]);
    const overdue = trial("Lead Payments Engineer");
    expect(left(overdue)).toBeLessThan(0);
    expect(overdue.outcome).toBeNull();
    const upcoming = trial("Engineering Manager, Autonomy");
    expect(daysBetween(todayIn(upcoming.zone, now), upcoming.starts)).toBeGreaterThanOrEqual(5);
    expect(weekday(upcoming.starts)).toBe(1);
  });

  it("has an extended one on day 16 of 21, with the end it replaced", () => {
    const extended = trial("Lead Routing Engineer");
    expect([dayOf(extended), lengthOf(extended), extended.outcome]).toEqual([16, 21, null]);
    const ext = all<{ previous: string; ends: string; reason: string }>(
      sql`select previous_ends_on previous, ends_on ends, reason from trial_extensions where trial_id = ${extended.id}`,
    );
    expect(ext).toHaveLength(1);
    expect(daysBetween(extended.starts, ext[0].previous)).toBe(14);
    expect(ext[0].ends).toBe(extended.ends);
    expect(ext[0].reason.length).toBeGreaterThan(10);
  });

  it("has a converted one: the application hired, the role filled at its headcount", () => {
    const converted = trial("Senior Analytics Engineer");
    expect([converted.outcome, converted.stage, converted.roleStatus]).toEqual(["converted", "hired", "filled"]);
    expect(one(sql`select count(*) n from applications where role_id = ${converted.roleId} and stage = 'hired'`)).toBe(converted.headcount);
  });

  it("has an ended one with the backfill done: rejected with the trial's reason, a scored runner-up back at Client interview", () => {
    const ended = rows.find((r) => r.outcome === "ended")!;
    expect(ended.stage).toBe("rejected");
    const app = db().get<{ reason: string | null; note: string | null }>(
      sql`select rejection_reason reason, rejection_note note from applications where id = ${ended.application}`,
    );
    expect(app.reason).toBeTruthy();
    expect(app.note).toBeTruthy();
    expect(one(sql`select count(*) n from trials where id = ${ended.id} and end_reason is not null and decided_at is not null`)).toBe(1);
    const backfilled = all<{ id: number; scorecards: number }>(sql`select a.id, (select count(*) from scorecards s where s.application_id = a.id) scorecards
      from applications a join stage_events e on e.application_id = a.id
      where a.role_id = ${ended.roleId} and a.stage = 'client_interview' and e.from_stage = 'rejected' and e.to_stage = 'client_interview'`);
    expect(backfilled).toHaveLength(1);
    expect(backfilled[0].scorecards).toBeGreaterThan(0);
    expect(ended.roleStatus).toBe("open");
  });

  it("gives Northwind and Acme at least two each, and Northwind a candidate at Offer", () => {
    expect(rows.filter((r) => r.client === "Northwind Labs").length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.client === "Acme Robotics").length).toBeGreaterThanOrEqual(2);
    expect(
      one(sql`select count(*) n from applications a join roles r on r.id = a.role_id join organizations o on o.id = r.client_id
        where a.stage = 'offer' and o.name = 'Northwind Labs'`),
    ).toBeGreaterThan(0);
  });

  it("keeps every trial's application where its outcome puts it, with the history that got it there", () => {
    const expected = (o: string | null) => (o === "converted" ? "hired" : o === "ended" ? "rejected" : "trial");
    for (const r of rows) expect(r.stage, r.title).toBe(expected(r.outcome));
    expect(one(sql`select count(*) n from applications a where a.stage = 'trial' and not exists (select 1 from trials t where t.application_id = a.id)`)).toBe(
      0,
    );
    for (const r of rows) {
      const path = all<{ from: string | null; to: string }>(
        sql`select from_stage "from", to_stage "to" from stage_events where application_id = ${r.application} order by created_at, id`,
      );
      expect(path.at(-1)!.to, r.title).toBe(r.stage);
      expect(path.some((e) => e.from === "offer" && e.to === "trial")).toBe(true);
    }
    expect(one(sql`select count(*) n from trials t join applications a on a.id = t.application_id where a.submitted_at is null`)).toBe(0);
  });

  it("sets each trial up fully: owner from the agency, the client's hiring manager as buddy, metrics and goals", () => {
    const setup = all<{ title: string; owner: string; buddy: string | null; hasHm: number; metrics: string; w1: number; w2: number; scope: string }>(
      sql`select r.title, ou.kind owner, bu.kind buddy, exists (select 1 from users h where h.organization_id = r.client_id and h.kind = 'hiring_manager') hasHm,
        t.metrics, t.day_one_scope scope,
        (select count(*) from trial_goals g where g.trial_id = t.id and g.week = 1) w1, (select count(*) from trial_goals g where g.trial_id = t.id and g.week = 2) w2
        from trials t join applications a on a.id = t.application_id join roles r on r.id = a.role_id
        join users ou on ou.id = t.onboarding_owner_id left join users bu on bu.id = t.buddy_id`,
    );
    for (const s of setup) {
      expect(["admin", "recruiter"]).toContain(s.owner);
      expect(s.buddy).toBe(s.hasHm ? "hiring_manager" : null);
      expect(JSON.parse(s.metrics).length).toBeGreaterThanOrEqual(2);
      expect([s.w1, s.w2 >= 2 && s.w2 <= 3]).toEqual([3, true]);
      expect(s.scope.length).toBeGreaterThan(80);
    }
  });

  it("has check-ins of both visibilities and every sentiment, the client's always shared, none ahead of the day", () => {
    const checkIns = all<{ kind: string; visibility: string; sentiment: string; on: string; starts: string; ends: string; created: number; zone: string }>(
      sql`select u.kind, c.visibility, c.sentiment, c."on", t.starts_on starts, t.ends_on ends, c.created_at created, coalesce(o.timezone, 'UTC') zone
        from trial_check_ins c join users u on u.id = c.author_id join trials t on t.id = c.trial_id join applications a on a.id = t.application_id
        join roles r on r.id = a.role_id join organizations o on o.id = r.client_id`,
    );
    expect(new Set(checkIns.map((c) => c.visibility))).toEqual(new Set(["internal", "shared"]));
    expect(new Set(checkIns.map((c) => c.sentiment))).toEqual(new Set(["on_track", "at_risk", "off_track"]));
    expect(new Set(checkIns.map((c) => c.kind))).toEqual(new Set(["recruiter", "hiring_manager", "client_viewer"]));
    for (const c of checkIns) {
      if (c.kind === "hiring_manager" || c.kind === "client_viewer") expect(c.visibility).toBe("shared");
      expect(c.on >= c.starts && c.on <= c.ends && c.on <= todayIn(c.zone, now)).toBe(true);
      expect(c.created).toBeLessThanOrEqual(Date.now());
    }
    const recruiter = checkIns.filter((c) => c.kind === "recruiter").length;
    expect(recruiter).toBeGreaterThan(checkIns.length / 2);
  });
});
