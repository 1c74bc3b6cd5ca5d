import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, roles, type Stage } from "@/db/schema";
import { makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { staleApplications, staleIdsQuery, staleParams } from "./stale";

const now = new Date("2026-11-24T12:00:00Z");
const DAY = 86_400_000;
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);

const agency = makeOrg("agency");
const client = makeOrg("client", "Stale Client");
const riley = makeViewer("recruiter", agency);
const sam = makeViewer("recruiter", agency);

function app(role: { id: number }, stage: Stage, ageDays: number) {
  const row = makeApplication(role, stage);
  db()
    .update(applications)
    .set({ stageChangedAt: daysAgo(ageDays) })
    .where(eq(applications.id, row.id))
    .run();
  return row.id;
}

describe("stale applications on a recruiter's home", () => {
  const expected: number[] = [];
  beforeAll(() => {
    const a = makeRole(client, riley);
    const b = makeRole(client, riley);
    const onHold = makeRole(client, riley);
    db().update(roles).set({ status: "on_hold" }).where(eq(roles.id, onHold.id)).run();
    const sams = makeRole(client, sam);
    const offer = app(a, "offer", 20);
    const sourced = app(a, "sourced", 10);
    app(a, "interviewing", 6.9); // moved within the week
    const clientInterview = app(b, "client_interview", 9);
    const submitted = app(b, "submitted", 8);
    const boundary = app(a, "screening", 7); // exactly a week: stale
    app(a, "trial", 30); // a trial has its own clock
    app(a, "hired", 30);
    app(a, "rejected", 30);
    app(onHold, "sourced", 30); // not an open role
    app(sams, "sourced", 40); // another recruiter's role
    expected.push(offer, sourced, clientInterview, submitted, boundary);
  });

  it("lists stages before trial, unmoved for 7+ days, in open roles the viewer owns, oldest first, with days in stage", () => {
    const list = staleApplications(riley, now);
    expect(list.rows.map((r) => r.applicationId)).toEqual(expected);
    expect(list.rows.map((r) => [r.stage, r.days])).toEqual([
      ["offer", 20],
      ["sourced", 10],
      ["client_interview", 9],
      ["submitted", 8],
      ["screening", 7],
    ]);
    expect(list).toMatchObject({ total: 5, capped: false });
    expect(list.rows[0]).toMatchObject({ clientName: "Stale Client", roleTitle: expect.any(String), candidateName: expect.any(String) });
  });

  it("cuts to the limit and counts the rest", () => {
    const list = staleApplications(riley, now, 2);
    expect(list.rows.map((r) => r.applicationId)).toEqual(expected.slice(0, 2));
    expect(list).toMatchObject({ total: 5, capped: false });
  });

  it("another recruiter sees only their own roles'; someone owning none sees none", () => {
    expect(staleApplications(sam, now).rows).toHaveLength(1);
    expect(staleApplications(makeViewer("admin", agency), now)).toEqual({ rows: [], total: 0, capped: false, ownsOpenRoles: false });
    const fresh = makeViewer("recruiter", agency);
    app(makeRole(client, fresh), "sourced", 2);
    expect(staleApplications(fresh, now)).toMatchObject({ rows: [], ownsOpenRoles: true });
  });

  it("finds the oldest rows overall however they fall across roles and stages (against a brute-force sort)", () => {
    const owner = makeViewer("recruiter", agency);
    const owned = [makeRole(client, owner), makeRole(client, owner), makeRole(client, owner)];
    const stages: Stage[] = ["sourced", "screening", "interviewing", "submitted", "client_interview", "offer"];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const all: { id: number; age: number }[] = [];
    for (let i = 0; i < 60; i++) {
      // Ages clumped per (role, stage), so one pair often holds several of the oldest.
      const role = owned[Math.floor(random() * 3)];
      const stage = stages[Math.floor(random() * stages.length)];
      const age = 3 + Math.floor(random() * 40) + i / 1000;
      all.push({ id: app(role, stage, age), age });
    }
    const brute = all.filter((a) => a.age >= 7).sort((x, y) => y.age - x.age);
    for (const limit of [1, 3, 8, 12]) {
      expect(staleApplications(owner, now, limit).rows.map((r) => r.applicationId)).toEqual(brute.slice(0, limit).map((a) => a.id));
    }
  });

  it("reads one range of applications_owner_stage_idx per stage, whatever the number of roles, never scanning applications", () => {
    const query = staleIdsQuery(riley);
    const plan = (
      db()
        .$client.prepare(`explain query plan ${query.query.sql}`)
        .all(...query.bind(staleParams(riley, now.getTime() - 7 * DAY, 8))) as { detail: string }[]
    )
      .map((p) => p.detail)
      .join("\n");
    const ranges = plan.match(
      /SEARCH applications USING COVERING INDEX applications_owner_stage_idx \(role_owner_id=\? AND role_status=\? AND stage=\? AND stage_changed_at<\?\)/g,
    );
    expect(ranges).toHaveLength(6);
    expect(plan).not.toMatch(/SCAN applications\b/);
    expect(plan).not.toMatch(/roles/);
  });

  it("follows a role changing hands or status: the new owner sees its stale applications, an on-hold role's drop out", () => {
    const first = makeViewer("recruiter", agency);
    const second = makeViewer("recruiter", agency);
    const role = makeRole(client, first);
    const id = app(role, "screening", 12);
    expect(staleApplications(first, now).rows.map((r) => r.applicationId)).toEqual([id]);
    db().update(roles).set({ ownerId: second.id }).where(eq(roles.id, role.id)).run();
    expect(staleApplications(first, now).rows).toEqual([]);
    expect(staleApplications(second, now).rows.map((r) => r.applicationId)).toEqual([id]);
    db().update(roles).set({ status: "on_hold" }).where(eq(roles.id, role.id)).run();
    expect(staleApplications(second, now)).toMatchObject({ rows: [], total: 0 });
    db().update(roles).set({ status: "open" }).where(eq(roles.id, role.id)).run();
    expect(staleApplications(second, now)).toMatchObject({ rows: [{ applicationId: id }], total: 1 });
  });
});
