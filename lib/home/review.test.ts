import { eq, fillPlaceholders } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications } from "@/db/schema";
import { makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { scopeParams } from "@/lib/access/scope";
import { awaitingReview, awaitingReviewQueries } from "./review";

const now = new Date("2026-11-24T12:00:00Z");
const DAY = 86_400_000;

const agency = makeOrg("agency");
const northwind = makeOrg("client", "Northwind Review");
const acme = makeOrg("client", "Acme Review");
const riley = makeViewer("recruiter", agency);
const jordan = makeViewer("hiring_manager", northwind);
const priya = makeViewer("hiring_manager", acme);

function submitted(role: { id: number }, daysAgo: number, stage: "submitted" | "client_interview" | "screening" = "submitted") {
  const app = makeApplication(role, stage);
  const at = new Date(now.getTime() - daysAgo * DAY);
  db()
    .update(applications)
    .set({ submittedAt: stage === "screening" ? null : at, stageChangedAt: at })
    .where(eq(applications.id, app.id))
    .run();
  return app.id;
}

describe("a hiring manager's candidates awaiting review", () => {
  const roleA = makeRole(northwind, riley);
  const roleB = makeRole(northwind, riley);
  const newest = submitted(roleA, 0.2);
  const oldest = submitted(roleB, 9);
  const middle = submitted(roleA, 3);
  submitted(roleA, 20, "client_interview"); // already moved on
  submitted(roleA, 30, "screening"); // the agency's, never submitted
  const acmes = submitted(makeRole(acme, riley), 40);

  it("lists their company's submitted candidates, the longest-waiting first, with days waiting", () => {
    const list = awaitingReview(jordan, now);
    expect(list.rows.map((r) => [r.applicationId, r.days])).toEqual([
      [oldest, 9],
      [middle, 3],
      [newest, 0],
    ]);
    expect(list).toMatchObject({ total: 3, capped: false });
  });

  it("a candidate pulled back and submitted again waits from the first submission", () => {
    const role = makeRole(northwind, riley);
    const resubmitted = submitted(role, 12);
    db()
      .update(applications)
      .set({ stageChangedAt: new Date(now.getTime() - 1 * DAY) })
      .where(eq(applications.id, resubmitted))
      .run();
    try {
      const list = awaitingReview(jordan, now);
      expect(list.rows.map((r) => [r.applicationId, r.days])).toEqual([
        [resubmitted, 12],
        [oldest, 9],
        [middle, 3],
        [newest, 0],
      ]);
    } finally {
      // The other tests' company: as it was.
      db().update(applications).set({ stage: "screening", submittedAt: null }).where(eq(applications.id, resubmitted)).run();
    }
  });

  it("another company's hiring manager sees only theirs", () => {
    expect(awaitingReview(priya, now).rows.map((r) => r.applicationId)).toEqual([acmes]);
  });

  it("cuts to the limit and counts them all", () => {
    const list = awaitingReview(jordan, now, 2);
    expect(list.rows.map((r) => r.applicationId)).toEqual([oldest, middle]);
    expect(list).toMatchObject({ total: 3, capped: false });
  });

  it("picks the page from the company's roles' submitted ranges of the partial index alone, and joins only its rows", () => {
    const { sql, params } = awaitingReviewQueries(jordan).rows.getQuery();
    const plan = (
      db()
        .$client.prepare(`explain query plan ${sql}`)
        .all(...(fillPlaceholders(params, { ...scopeParams(jordan), limit: 8 }) as unknown[])) as { detail: string }[]
    )
      .map((p) => p.detail)
      .join("\n");
    expect(plan).toMatch(/SEARCH roles USING (COVERING )?INDEX roles_client_activity_idx \(client_id=\?\)/);
    expect(plan).toMatch(/SEARCH applications USING COVERING INDEX applications_awaiting_review_idx \(role_id=\?/);
    // The picked page alone is joined: the application by its key, then its role and candidate.
    expect(plan).toMatch(/SCAN picked\nSEARCH applications USING INTEGER PRIMARY KEY/);
    expect(plan).not.toMatch(/SCAN (applications|roles|candidates)\b/);
  });
});
