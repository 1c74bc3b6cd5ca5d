import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { counters } from "@/db/schema";
import { seedDemo } from "./demo";
import { seedLarge } from "./large";

describe("the large seed", () => {
  it("builds the scale asked for, with kept totals equal to count(*)", async () => {
    const scale = { clients: 12, roles: 40, candidates: 1_500, applications: 4_000, biggestRole: 300 };
    await seedDemo(db());
    expect(db().select().from(counters).all().length).toBeGreaterThan(5); // the demo's own writes are counted too
    await seedLarge(db(), scale);

    const one = (q: ReturnType<typeof sql>) => db().get<{ n: number }>(q).n;
    expect(one(sql`select count(*) n from candidates`)).toBe(scale.candidates);
    expect(one(sql`select count(*) n from roles`)).toBe(scale.roles);
    expect(one(sql`select count(*) n from applications`)).toBe(scale.applications);
    expect(one(sql`select count(*) n from organizations where kind = 'client'`)).toBe(scale.clients);
    expect(one(sql`select count(*) n from (select count(*) n from applications group by role_id) where n = ${scale.biggestRole}`)).toBe(1);
    // Every application has its history, ending at its stage.
    expect(
      one(
        sql`select count(*) n from applications a where a.stage <> (select to_stage from stage_events e where e.application_id = a.id order by e.created_at desc, e.id desc limit 1)`,
      ),
    ).toBe(0);

    // Interview loops in proportion (per 200,000 applications: about 120,000 interviews, 180,000 scorecards).
    const interviews = one(sql`select count(*) n from interviews`);
    const cards = one(sql`select count(*) n from scorecards`);
    expect(interviews / scale.applications).toBeGreaterThan(0.5);
    expect(interviews / scale.applications).toBeLessThan(0.7);
    expect(cards / scale.applications).toBeGreaterThan(0.8);
    expect(cards / scale.applications).toBeLessThan(1.0);
    expect(one(sql`select count(*) n from roles r where not exists (select 1 from role_loops l where l.role_id = r.id)`)).toBe(0);
    // Only on applications that reached interviewing; a scorecard only on a completed interview.
    expect(
      one(sql`select count(*) n from interviews i join applications a on a.id = i.application_id
        where a.stage in ('sourced', 'screening') or not exists (select 1 from stage_events e where e.application_id = a.id and e.to_stage = 'interviewing')`),
    ).toBe(0);
    expect(one(sql`select count(*) n from scorecards s join interviews i on i.id = s.interview_id where i.status <> 'completed'`)).toBe(0);
    // The benchmark's interviewer: a few hundred interviews, some coming up, a few scorecards owed.
    const riley = db().get<{ id: number }>(sql`select id from users where email = 'recruiter@agency.test'`).id;
    const load = one(sql`select count(*) n from interviewers where user_id = ${riley}`);
    expect(load).toBeGreaterThan(200);
    expect(load).toBeLessThan(500);
    expect(
      one(sql`select count(*) n from interviewers ii join interviews i on i.id = ii.interview_id where ii.user_id = ${riley} and i.status = 'scheduled'`),
    ).toBeGreaterThan(5);
    expect(
      one(sql`select count(*) n from interviewers ii join interviews i on i.id = ii.interview_id where ii.user_id = ${riley} and i.status = 'completed'
        and not exists (select 1 from scorecards s where s.interview_id = i.id and s.interviewer_id = ${riley})`),
    ).toBeGreaterThan(2);

    const truth = db().all<{ name: string; value: number }>(sql`
      select 'candidates' name, count(*) value from candidates
      union all select 'applications:' || stage, count(*) from applications group by stage
      union all select 'roles:' || status, count(*) from roles group by status
      union all select 'clients', count(*) from organizations where kind = 'client'
      union all select 'users:active', count(*) from users where active <> 0`);
    const kept = db()
      .select()
      .from(counters)
      .all()
      .filter((r) => r.value !== 0);
    expect(Object.fromEntries(kept.map((r) => [r.name, r.value]))).toEqual(Object.fromEntries(truth.map((r) => [r.name, r.value])));
  });
});
