import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { defaultKits, defaultTemplates, REFERENCES_ITEM } from "@/lib/evaluation/defaults";
import type { Attribute, InterviewKind, RoleType } from "@/db/schema";
import { DEMO_PASSWORD, seedDemo, type DemoSummary } from "./demo";
import { HISTORY_ROLES } from "./demo-history-plan";

// What the demo promises, whatever day it is seeded on: the interviewers e2e and people trying it
// sign in as each have something on /interviews, and the evaluation pages have data to show.

const all = <T>(q: ReturnType<typeof sql>) => db().all<T>(q);
const one = (q: ReturnType<typeof sql>) => db().get<{ n: number }>(q).n;
let summary: DemoSummary;
let now: number;

beforeAll(async () => {
  now = Date.now();
  summary = await seedDemo(db());
});

const userId = (email: string) => db().get<{ id: number }>(sql`select id from users where email = ${email}`).id;

/** Completed interviews of theirs with no submitted scorecard by them, and when each ended. */
const owed = (user: number) =>
  all<{ ended: number }>(sql`select i.starts_at + i.duration_minutes * 60000 ended from interviewers ii join interviews i on i.id = ii.interview_id
    where ii.user_id = ${user} and i.status = 'completed'
      and not exists (select 1 from scorecards s where s.interview_id = i.id and s.interviewer_id = ${user} and s.status = 'submitted')`);
const upcoming = (user: number) =>
  one(
    sql`select count(*) n from interviewers ii join interviews i on i.id = ii.interview_id where ii.user_id = ${user} and i.status = 'scheduled' and i.starts_at > ${now}`,
  );

describe("the demo seed", () => {
  it("keeps the pipeline it had before interview loops (counts the e2e journeys rely on)", () => {
    // The pipeline's 25 roles, 150 candidates and 185 applications, then the trials' own roles (8 + the
    // Offer one at Northwind) and applications (a finalist per trial role, the Offer role's two, the ended
    // trial), then the past seven months' roles, each with its decided trials and 8–12 other applications,
    // every one of a candidate of its own (demo-history.ts).
    const past = summary.counts.candidates - 150;
    expect(summary.counts).toEqual({
      roles: 25 + 9 + HISTORY_ROLES.length,
      candidates: 150 + past,
      applications: 185 + 19 + past,
      // The trials' roles' 10, the past months', and the trials the pipeline's six hires went through.
      trials: 10 + HISTORY_ROLES.reduce((n, r) => n + r.trials, 0) + 6,
    });
    expect(past).toBeGreaterThan(250);
    expect(past).toBeLessThan(350);
  });

  it("lists Sam among the sign-ins, with the demo password", async () => {
    expect(summary.logins.map((l) => l.email)).toContain("sam@agency.test");
    const { hash } = db().get<{ hash: string }>(sql`select password_hash hash from users where email = 'sam@agency.test'`);
    expect(await verifyPassword(hash, DEMO_PASSWORD)).toBe(true);
  });

  it("gives every role its own loop, copied from its type's template", () => {
    const loops = all<{ type: RoleType; plan: string; weights: string; checklist: string }>(
      sql`select r.type, l.plan, l.weights, l.checklist from roles r left join role_loops l on l.role_id = r.id`,
    );
    expect(loops).toHaveLength(summary.counts.roles);
    for (const l of loops) {
      const t = defaultTemplates[l.type];
      expect({ plan: JSON.parse(l.plan), weights: JSON.parse(l.weights), checklist: JSON.parse(l.checklist) }).toEqual({
        plan: t.plan,
        weights: t.weights,
        checklist: t.checklist,
      });
    }
  });

  it.each(["recruiter@agency.test", "hiring@northwind.test"])("has %s owe a scorecard, one overdue, and an interview coming up", (email) => {
    const user = userId(email);
    const ended = owed(user).map((o) => o.ended);
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.some((e) => e < now - 24 * 3_600_000)).toBe(true);
    expect(upcoming(user)).toBeGreaterThan(0);
  });

  it("puts Jordan only on Northwind applications already submitted", () => {
    const jordan = userId("hiring@northwind.test");
    const rows = all<{ submitted: number | null; client: string }>(sql`select a.submitted_at submitted, o.name client from interviewers ii
      join interviews i on i.id = ii.interview_id join applications a on a.id = i.application_id
      join roles r on r.id = a.role_id join organizations o on o.id = r.client_id where ii.user_id = ${jordan}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.submitted === null || r.client !== "Northwind Labs")).toEqual([]);
  });

  it("has one candidate with submitted scorecards on two roles of different types", () => {
    const rows = all<{ candidate: number; types: number }>(sql`select a.candidate_id candidate, count(distinct r.type) types from scorecards s
      join applications a on a.id = s.application_id join roles r on r.id = a.role_id
      where s.status = 'submitted' group by a.candidate_id having types > 1`);
    expect(rows.length).toBeGreaterThan(0);
  });

  it("keeps interviews in time: completed ones in the past, scheduled ones ahead, scorecards submitted after the interview", () => {
    expect(one(sql`select count(*) n from interviews where status = 'completed' and starts_at + duration_minutes * 60000 > ${now}`)).toBe(0);
    expect(one(sql`select count(*) n from interviews where status = 'scheduled' and starts_at <= ${now}`)).toBe(0);
    expect(one(sql`select count(*) n from interviews where status = 'scheduled'`)).toBeGreaterThan(5);
    expect(
      one(sql`select count(*) n from scorecards s join interviews i on i.id = s.interview_id
        where s.submitted_at is not null and (s.submitted_at > ${now} or s.submitted_at < i.starts_at)`),
    ).toBe(0);
    // Interviews only on applications that reached interviewing.
    expect(
      one(sql`select count(*) n from interviews i where not exists
        (select 1 from stage_events e where e.application_id = i.application_id and e.to_stage = 'interviewing')`),
    ).toBe(0);
  });

  it("rates only what each interview's kit assesses, with recommendations of every kind and some red flags", () => {
    const cards = all<{ kind: InterviewKind; ratings: string; recommendation: string | null; flags: string }>(
      sql`select i.kind, s.ratings, s.recommendation, s.red_flags flags from scorecards s join interviews i on i.id = s.interview_id where s.status = 'submitted'`,
    );
    expect(cards.length).toBeGreaterThan(100);
    for (const c of cards) {
      const rated = Object.keys(JSON.parse(c.ratings)) as Attribute[];
      expect(rated.length).toBeGreaterThan(0);
      expect(rated.filter((a) => !defaultKits[c.kind].attributes.includes(a))).toEqual([]);
    }
    expect(new Set(cards.map((c) => c.recommendation))).toEqual(new Set(["strong_no", "no", "yes", "strong_yes"]));
    expect(cards.filter((c) => c.flags !== "[]").length).toBeGreaterThan(5);
  });

  it("has two applications with both references called, ticked by the system naming them", () => {
    const ticks = all<{ application: number; evidence: string; by: number | null }>(
      sql`select application_id application, evidence, ticked_by_id by from checklist_ticks where item = ${REFERENCES_ITEM}`,
    );
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const t of ticks) {
      expect(t.by).toBeNull();
      const refs = all<{ name: string }>(sql`select name from "references" where application_id = ${t.application} and completed_at is not null`);
      expect(refs).toHaveLength(2);
      for (const r of refs) expect(t.evidence).toContain(r.name);
    }
    expect(one(sql`select count(*) n from checklist_ticks where ticked_by_id is not null and length(evidence) > 10`)).toBeGreaterThan(3);
  });
});
