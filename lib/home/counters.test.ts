import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, candidates, counters, organizations, roles, trials, users, type Stage } from "@/db/schema";
import { makeOrg, makeViewer } from "@/lib/testing/factories";
import { makeTrial } from "@/lib/testing/trial-factories";
import { homeSummary } from "./summary";

// The kept totals must equal the count(*) they replace after any mix of writes.

/** Every total as count(*) over the tables themselves (zero totals left out). */
function truth(): Record<string, number> {
  const d = db();
  const rows = d.all<{ name: string; value: number }>(sql`
    select 'candidates' name, count(*) value from candidates
    union all select 'applications:' || stage, count(*) from applications group by stage
    union all select 'roles:' || status, count(*) from roles group by status
    union all select 'clients', count(*) from organizations where kind = 'client'
    union all select 'users:active', count(*) from users where active <> 0
    union all select 'trials:decided', count(*) from trials where outcome is not null
    union all select 'trials:undecided', count(*) from trials where outcome is null`);
  return Object.fromEntries(rows.filter((r) => r.value !== 0).map((r) => [r.name, r.value]));
}

function kept(): Record<string, number> {
  const rows = db().select().from(counters).all();
  return Object.fromEntries(rows.filter((r) => r.value !== 0).map((r) => [r.name, r.value]));
}

let n = 0;
const addCandidate = () => {
  const email = `c${++n}@example.test`;
  return db()
    .insert(candidates)
    .values({ name: `Candidate ${n}`, email, emailNormalized: email, source: "inbound" })
    .returning()
    .get();
};
const addRole = (clientId: number, ownerId: number, status: "draft" | "open" | "on_hold" | "filled" | "closed") =>
  db()
    .insert(roles)
    .values({ clientId, ownerId, title: `Role ${++n}`, type: "senior", status })
    .returning()
    .get();
const addApplication = (candidateId: number, roleId: number, stage: Stage) =>
  db()
    .insert(applications)
    .values({ candidateId, roleId, stage, submittedAt: ["sourced", "screening", "interviewing"].includes(stage) ? null : new Date() })
    .returning()
    .get();
const move = (id: number, stage: Stage) => db().update(applications).set({ stage }).where(eq(applications.id, id)).run();
const stat = (stats: { label: string; value: number }[], label: string) => stats.find((s) => s.label === label)?.value;

describe("agency totals kept by triggers", () => {
  const agency = makeOrg("agency");
  const admin = makeViewer("admin", agency);
  const recruiter = makeViewer("recruiter", agency);
  const big = makeOrg("client", "Big Client");
  const small = makeOrg("client", "Small Client");
  const hiringManager = makeViewer("hiring_manager", small);
  const clientViewer = makeViewer("client_viewer", small);

  it("match count(*) through inserts, moves, rejections, deletes, role status changes and deactivations", () => {
    expect(kept()).toEqual(truth());
    const people = Array.from({ length: 12 }, addCandidate);
    // Pipelines of different sizes: 7, 3 and none.
    const bigRole = addRole(big.id, recruiter.id, "open");
    const smallRole = addRole(small.id, recruiter.id, "open");
    addRole(big.id, recruiter.id, "draft");
    const stagesBig: Stage[] = ["sourced", "sourced", "screening", "submitted", "submitted", "offer", "trial"];
    const appsBig = stagesBig.map((stage, i) => addApplication(people[i].id, bigRole.id, stage));
    const appsSmall = (["submitted", "client_interview", "offer"] as Stage[]).map((stage, i) => addApplication(people[i + 7].id, smallRole.id, stage));
    expect(kept()).toEqual(truth());
    expect(kept()["applications:submitted"]).toBe(3);

    move(appsBig[0].id, "screening");
    move(appsBig[3].id, "client_interview");
    move(appsSmall[0].id, "client_interview");
    db().update(applications).set({ stage: "rejected", rejectionReason: "skills" }).where(eq(applications.id, appsBig[5].id)).run();
    move(appsBig[1].id, "sourced"); // not a change: nothing to count
    db().update(applications).set({ rejectionNote: "edited, stage unchanged" }).where(eq(applications.id, appsBig[5].id)).run();
    expect(kept()).toEqual(truth());

    db().delete(applications).where(eq(applications.id, appsBig[2].id)).run();
    db().delete(candidates).where(eq(candidates.id, people[11].id)).run();
    db().update(roles).set({ status: "filled" }).where(eq(roles.id, smallRole.id)).run();
    db().update(roles).set({ status: "on_hold" }).where(eq(roles.clientId, big.id)).run();
    db().update(users).set({ active: false }).where(eq(users.id, recruiter.id)).run();
    db().update(users).set({ active: false }).where(eq(users.id, recruiter.id)).run(); // already inactive
    db().update(organizations).set({ kind: "agency" }).where(eq(organizations.id, small.id)).run();
    db().update(organizations).set({ kind: "client" }).where(eq(organizations.id, small.id)).run();
    expect(kept()).toEqual(truth());
    expect(kept()["roles:on_hold"]).toBe(2);
    expect(kept()["roles:open"]).toBeUndefined();

    db().update(users).set({ active: true }).where(eq(users.id, recruiter.id)).run();
    expect(kept()).toEqual(truth());
  });

  it("count decided and undecided trials through decisions, reopenings and deletes", () => {
    const role = addRole(big.id, recruiter.id, "open");
    const people = Array.from({ length: 4 }, addCandidate);
    const made = people.map((p, i) =>
      makeTrial(addApplication(p.id, role.id, "trial"), recruiter, { startsOn: "2026-11-02", endsOn: "2026-11-16", outcome: i < 2 ? "converted" : null }),
    );
    expect(kept()).toEqual(truth());
    expect(kept()["trials:decided"]).toBeGreaterThanOrEqual(2);
    expect(kept()["trials:undecided"]).toBeGreaterThanOrEqual(2);
    db().update(trials).set({ outcome: "ended", decidedAt: new Date() }).where(eq(trials.id, made[2].id)).run();
    db().update(trials).set({ outcome: "ended" }).where(eq(trials.id, made[0].id)).run(); // decided either way: no change
    db().update(trials).set({ outcome: null, decidedAt: null }).where(eq(trials.id, made[1].id)).run(); // an admin reopens it
    expect(kept()).toEqual(truth());
    db().delete(trials).where(eq(trials.id, made[2].id)).run();
    db().delete(trials).where(eq(trials.id, made[3].id)).run();
    expect(kept()).toEqual(truth());
  });

  it("roll back with the transaction that failed", () => {
    const before = kept();
    expect(() =>
      db().transaction((tx) => {
        const email = "rolled-back@example.test";
        tx.insert(candidates).values({ name: "Rolled Back", email, emailNormalized: email, source: "inbound" }).run();
        tx.update(users).set({ active: false }).where(eq(users.id, admin.id)).run();
        throw new Error("abort");
      }),
    ).toThrow("abort");
    expect(kept()).toEqual(before);
  });

  it("are what the home page shows: agency totals to the agency, the own company's pipeline to a hiring manager", () => {
    const t = truth();
    const forAdmin = homeSummary(admin);
    expect(stat(forAdmin, "Candidates")).toBe(t.candidates);
    expect(stat(forAdmin, "Submissions awaiting client review")).toBe(t["applications:submitted"]);
    expect(stat(forAdmin, "Applications at offer")).toBe(t["applications:offer"] ?? 0);
    expect(stat(forAdmin, "On two-week trial")).toBe(t["applications:trial"]);
    expect(stat(forAdmin, "Open roles")).toBe(t["roles:open"] ?? 0);
    expect(stat(forAdmin, "Client companies")).toBe(2);
    expect(stat(forAdmin, "Active users")).toBe(t["users:active"]);
    expect(stat(homeSummary(recruiter), "Active users")).toBeUndefined();

    // Small Client's one role: client_interview ×2 after the moves, offer ×1; Big Client's pipeline is not theirs.
    const forHiringManager = homeSummary(hiringManager);
    expect(stat(forHiringManager, "Candidates")).toBeUndefined();
    expect(stat(forHiringManager, "Applications in client interviews")).toBe(2);
    expect(stat(forHiringManager, "Applications at offer")).toBe(1);
    expect(stat(forHiringManager, "Submissions awaiting your review")).toBe(0);
    // A client viewer's home leads with their company's trials, not with figures.
    expect(homeSummary(clientViewer)).toEqual([]);
  });
});
