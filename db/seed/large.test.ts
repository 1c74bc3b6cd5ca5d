import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { counters } from "@/db/schema";
import { seedDemo } from "./demo";
import { seedLarge } from "./large";

describe("the large seed", () => {
  it("builds the scale asked for, with kept totals equal to count(*)", async () => {
    // Beyond the demo (58 roles, ~450 candidates, ~500 applications with ~1,000 interviews, with its seven
    // months of history), enough that the bulk's own proportions show through.
    const scale = { clients: 12, roles: 90, candidates: 1_500, applications: 8_000, biggestRole: 300 };
    await seedDemo(db());
    expect(db().select().from(counters).all().length).toBeGreaterThan(5); // the demo's own writes are counted too
    const indexes = () => db().all(sql`select name, sql from sqlite_master where type = 'index' order by name`);
    const migrated = indexes();
    const triggers = () => db().all(sql`select name, sql from sqlite_master where type = 'trigger' order by name`);
    const migratedTriggers = triggers();
    await seedLarge(db(), scale);
    // The indexes it builds after the bulk load are the migrations' own, every one of them, and the
    // rollup triggers it set aside are back as they were.
    expect(indexes()).toEqual(migrated);
    expect(triggers()).toEqual(migratedTriggers);

    const one = (q: ReturnType<typeof sql>) => db().get<{ n: number }>(q).n;
    expect(one(sql`select count(*) n from candidates`)).toBe(scale.candidates);
    expect(one(sql`select count(*) n from roles`)).toBe(scale.roles);
    expect(one(sql`select count(*) n from applications`)).toBe(scale.applications);
    expect(one(sql`select count(*) n from organizations where kind = 'client'`)).toBe(scale.clients);
    // The first generated role is the big one (another role may land on the same size by chance: the last takes what is left).
    expect(one(sql`select count(*) n from applications where role_id = (select min(id) from roles where description = 'Generated for the benchmark.')`)).toBe(
      scale.biggestRole,
    );
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
    // The benchmark's interviewer: a few hundred interviews, some coming up, a few scorecards owed
    // (about 300 of the bulk data's, 150 of the live demo's and 170 past ones of the demo's history).
    const riley = db().get<{ id: number }>(sql`select id from users where email = 'recruiter@agency.test'`).id;
    const load = one(sql`select count(*) n from interviewers where user_id = ${riley}`);
    expect(load).toBeGreaterThan(200);
    expect(load).toBeLessThan(750);
    expect(
      one(sql`select count(*) n from interviewers ii join interviews i on i.id = ii.interview_id where ii.user_id = ${riley} and i.status = 'scheduled'`),
    ).toBeGreaterThan(5);
    expect(
      one(sql`select count(*) n from interviewers ii join interviews i on i.id = ii.interview_id where ii.user_id = ${riley} and i.status = 'completed'
        and not exists (select 1 from scorecards s where s.interview_id = i.id and s.interviewer_id = ${riley})`),
    ).toBeGreaterThan(2);

    // Client moves for the recruiters' homes: some client-stage moves by the client's hiring manager (the trigger marks them), the rest by the recruiter.
    const moved = one(sql`select count(*) n from applications a join roles r on r.id = a.role_id
      where r.description = 'Generated for the benchmark.' and a.client_moved_at is not null`);
    const clientStages = one(sql`select count(*) n from applications a join roles r on r.id = a.role_id
      where r.description = 'Generated for the benchmark.' and a.reached_rank >= 4`);
    expect(moved / clientStages).toBeGreaterThan(0.3);
    expect(moved / clientStages).toBeLessThan(0.7);
    expect(
      one(sql`select count(*) n from applications a where a.client_moved_at is not null and not exists (select 1 from stage_events e join users u on u.id = e.actor_id
        where e.application_id = a.id and e.created_at = a.client_moved_at and u.kind = 'hiring_manager' and e.to_stage in ('client_interview', 'offer', 'rejected'))`),
    ).toBe(0);

    // Trials: every application that reached Trial has one, in the stage its outcome puts it, its history through Offer → Trial.
    const trials = one(sql`select count(*) n from trials`);
    expect(trials / scale.applications).toBeGreaterThan(0.01);
    expect(trials / scale.applications).toBeLessThan(0.04);
    expect(
      one(sql`select count(*) n from trials t join applications a on a.id = t.application_id
        where a.stage <> case t.outcome when 'converted' then 'hired' when 'ended' then 'rejected' else 'trial' end`),
    ).toBe(0);
    expect(
      one(sql`select count(*) n from trials t where not exists
        (select 1 from stage_events e where e.application_id = t.application_id and e.from_stage = 'offer' and e.to_stage = 'trial')`),
    ).toBe(0);
    // No application is at Trial or Hired without its trial (the demo's pipeline hires included).
    expect(
      one(sql`select count(*) n from applications a where a.stage in ('trial', 'hired') and not exists (select 1 from trials t where t.application_id = a.id)`),
    ).toBe(0);
    expect(
      one(sql`select count(*) n from trials t join applications a on a.id = t.application_id where t.outcome = 'ended' and a.rejection_reason is null`),
    ).toBe(0);
    expect(one(sql`select count(*) n from trials where outcome is null`)).toBeGreaterThan(0);
    expect(one(sql`select count(*) n from trial_extensions`)).toBeGreaterThan(0);
    // 2–8 check-ins on each trial that has started, both visibilities; a client's always shared; goals for both weeks.
    // (but for the one busy trial the benchmark opens, with three a day).
    expect(
      one(sql`select count(*) n from trials t join applications a on a.id = t.application_id join roles r on r.id = a.role_id
        where r.description = 'Generated for the benchmark.' and t.starts_on < date('now', '-1 day')
        and (select count(*) from trial_check_ins c where c.trial_id = t.id) not between 2 and 8`),
    ).toBeLessThanOrEqual(1);
    expect(one(sql`select count(distinct visibility) n from trial_check_ins`)).toBe(2);
    // Each on a day of its trial, none after the decision's day or in the future.
    expect(
      one(sql`select count(*) n from trial_check_ins c join trials t on t.id = c.trial_id where c."on" < t.starts_on or c."on" > t.ends_on
        or c.created_at > ${Date.now()} or (t.decided_at is not null and c.created_at > t.decided_at + 86400000)`),
    ).toBe(0);
    expect(
      one(
        sql`select count(*) n from trial_check_ins c join users u on u.id = c.author_id where u.kind in ('hiring_manager', 'client_viewer') and c.visibility <> 'shared'`,
      ),
    ).toBe(0);
    expect(one(sql`select count(*) n from trials t where (select count(*) from trial_goals g where g.trial_id = t.id) < 5`)).toBe(0);
    // A filled role has exactly its converted hires; any other role fewer than its headcount.
    expect(
      one(sql`select count(*) n from roles r where r.description = 'Generated for the benchmark.' and (select count(*) from applications a where a.role_id = r.id and a.stage = 'hired')
        ${sql.raw(">")} case r.status when 'filled' then r.headcount else r.headcount - 1 end`),
    ).toBe(0);

    const truth = db().all<{ name: string; value: number }>(sql`
      select 'candidates' name, count(*) value from candidates
      union all select 'applications:' || stage, count(*) from applications group by stage
      union all select 'roles:' || status, count(*) from roles group by status
      union all select 'clients', count(*) from organizations where kind = 'client'
      union all select 'users:active', count(*) from users where active <> 0
      union all select 'trials:decided', count(*) from trials where outcome is not null
      union all select 'trials:undecided', count(*) from trials where outcome is null`);
    const kept = db()
      .select()
      .from(counters)
      .all()
      .filter((r) => r.value !== 0);
    expect(Object.fromEntries(kept.map((r) => [r.name, r.value]))).toEqual(Object.fromEntries(truth.map((r) => [r.name, r.value])));
    // The report rollups, built once the rows were in, count every application and every ended stay.
    expect(one(sql`select sum(applications) n from report_source_days`)).toBe(one(sql`select count(*) n from applications where source is not null`));
    expect(one(sql`select sum(submitted) n from report_source_days`)).toBe(
      one(sql`select count(*) n from applications where source is not null and reached_rank >= 3`),
    );
    expect(one(sql`select sum(stays) n from report_stay_hours`)).toBe(one(sql`select count(*) n from stage_events where left_at is not null`));
    expect(one(sql`select count(*) n from report_application_ratings`)).toBe(
      one(sql`select count(distinct application_id) n from scorecards where status = 'submitted' and superseded_at is null`),
    );
    // The copies triggers keep on applications and interviewer rows agree with what they copy.
    expect(
      one(sql`select count(*) n from applications a join roles r on r.id = a.role_id where a.role_owner_id is not r.owner_id or a.role_status is not r.status`),
    ).toBe(0);
    expect(
      one(sql`select count(*) n from interviewers ii join interviews i on i.id = ii.interview_id
        where ii.application_id is not i.application_id or ii.status is not i.status or ii.starts_at is not i.starts_at
          or ii.ends_at is not i.starts_at + i.duration_minutes * 60000
          or ii.scorecard_submitted is not exists (select 1 from scorecards s where s.interview_id = ii.interview_id and s.interviewer_id = ii.user_id and s.status = 'submitted')`),
    ).toBe(0);
  });
});
