import { eq, fillPlaceholders } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, candidates, interviewers, interviews, roles, scorecards } from "@/db/schema";
import { makeOrg, makeViewer } from "@/lib/testing/factories";
import {
  candidateLeft,
  listTimes,
  MY_COUNT_CAP,
  MY_PAGE_SIZE,
  myInterviews,
  myInterviewsBetween,
  myListCountQuery,
  myListParams,
  myListQuery,
  myOwedCountQuery,
  myOwedCounts,
} from "./mine";

const now = new Date("2026-11-24T12:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

let recruiter: ReturnType<typeof makeViewer>;
let hiringManager: ReturnType<typeof makeViewer>;
let otherHiringManager: ReturnType<typeof makeViewer>;
let appId: number;
let unsubmittedAppId: number;

function interview(
  applicationId: number,
  start: Date,
  status: "scheduled" | "completed" | "canceled" | "no_show",
  people: number[],
  kind: "coding" | "culture" = "coding",
) {
  const row = db()
    .insert(interviews)
    .values({ applicationId, kind, startsAt: start, durationMinutes: 60, status, createdById: recruiter.id })
    .returning()
    .get();
  db()
    .insert(interviewers)
    .values(people.map((userId) => ({ interviewId: row.id, userId })))
    .run();
  return row.id;
}

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  hiringManager = makeViewer("hiring_manager", client);
  otherHiringManager = makeViewer("hiring_manager", makeOrg("client"));
  const roleId = db().insert(roles).values({ clientId: client.id, title: "Lead", type: "lead", status: "open", ownerId: recruiter.id }).returning().get().id;
  const cand = (name: string) =>
    db()
      .insert(candidates)
      .values({ name, email: `${name}@x.test`, emailNormalized: `${name}@x.test`, source: "sourced" })
      .returning()
      .get().id;
  appId = db()
    .insert(applications)
    .values({ roleId, candidateId: cand("ana"), stage: "client_interview", submittedAt: hours(-500) })
    .returning()
    .get().id;
  unsubmittedAppId = db()
    .insert(applications)
    .values({ roleId, candidateId: cand("bo"), stage: "interviewing" })
    .returning()
    .get().id;
});

describe("an interviewer's /interviews lists", () => {
  it("owed: completed or ended, without their submitted scorecard, overdue first; upcoming: scheduled and not over, soonest first", () => {
    const overdue = interview(appId, hours(-48), "completed", [recruiter.id, hiringManager.id]);
    const endedScheduled = interview(appId, hours(-3), "scheduled", [recruiter.id]);
    const submitted = interview(appId, hours(-72), "completed", [recruiter.id]);
    db().insert(scorecards).values({ interviewId: submitted, applicationId: appId, interviewerId: recruiter.id, status: "submitted" }).run();
    const draftOnly = interview(appId, hours(-26), "completed", [recruiter.id]);
    db().insert(scorecards).values({ interviewId: draftOnly, applicationId: appId, interviewerId: recruiter.id, status: "draft" }).run();
    interview(appId, hours(-30), "canceled", [recruiter.id]);
    interview(appId, hours(-30), "no_show", [recruiter.id]);
    const inProgress = interview(appId, hours(-0.5), "scheduled", [recruiter.id]);
    const tomorrow = interview(appId, hours(24), "scheduled", [recruiter.id, hiringManager.id], "culture");
    const later = interview(appId, hours(5), "scheduled", [recruiter.id]);
    const mine = myInterviews(recruiter, now);
    expect(mine.owed.rows.map((i) => [i.id, i.overdue])).toEqual([
      [overdue, true],
      [draftOnly, true],
      [endedScheduled, false],
    ]);
    expect(mine.owed).toMatchObject({ total: 3, overdue: 2, page: 1, pages: 1 });
    expect(mine.upcoming.rows.map((i) => i.id)).toEqual([inProgress, later, tomorrow]);
    expect(mine.upcoming.rows[2]).toMatchObject({ kind: "culture", candidateName: "ana", roleTitle: "Lead" });
  });

  it("a hiring manager sees theirs on submitted candidates only; another company's sees none", () => {
    interview(unsubmittedAppId, hours(30), "scheduled", [hiringManager.id]);
    const hm = myInterviews(hiringManager, now);
    expect(hm.owed.rows).toHaveLength(1);
    expect(hm.upcoming.rows).toHaveLength(1);
    expect(myInterviews(otherHiringManager, now)).toMatchObject({ owed: { rows: [], total: 0, overdue: 0 }, upcoming: { rows: [], total: 0 } });
  });

  it("pages each list on its own: 25 a page, counted, overdue counted past the page, a page past the end shows the last", () => {
    const busy = makeViewer("recruiter", makeOrg("agency"));
    // 30 owed, oldest first: the first 28 ended more than a day ago, the last two only hours ago.
    const owed = Array.from({ length: 30 }, (_, i) => interview(appId, hours(i < 28 ? -200 + i : -4 + i - 28), "completed", [busy.id]));
    const upcoming = Array.from({ length: 27 }, (_, i) => interview(appId, hours(10 + i), "scheduled", [busy.id]));
    const first = myInterviews(busy, now);
    expect(first.owed).toMatchObject({ total: 30, overdue: 28, page: 1, pages: 2, atLeast: false });
    expect(first.owed.rows.map((r) => r.id)).toEqual(owed.slice(0, MY_PAGE_SIZE));
    expect(first.upcoming.rows.map((r) => r.id)).toEqual(upcoming.slice(0, MY_PAGE_SIZE));
    const second = myInterviews(busy, now, { owed: 2 });
    expect(second.owed).toMatchObject({ page: 2, pages: 2 });
    expect(second.owed.rows.map((r) => [r.id, r.overdue])).toEqual(owed.slice(MY_PAGE_SIZE).map((id, i) => [id, MY_PAGE_SIZE + i < 28]));
    expect(second.upcoming.page).toBe(1);
    expect(myInterviews(busy, now, { upcoming: 99 }).upcoming).toMatchObject({ page: 2, pages: 2, total: 27 });
    expect(myInterviews(busy, now, { upcoming: 99 }).upcoming.rows.map((r) => r.id)).toEqual(upcoming.slice(MY_PAGE_SIZE));
  });

  it("stops counting at the cap and says so", () => {
    const busiest = makeViewer("recruiter", makeOrg("agency"));
    for (let i = 0; i <= MY_COUNT_CAP; i++) interview(appId, hours(1 + i), "scheduled", [busiest.id]);
    expect(myInterviews(busiest, now).upcoming).toMatchObject({ total: MY_COUNT_CAP, atLeast: true, pages: MY_COUNT_CAP / MY_PAGE_SIZE });
  });

  it("past the cap, still counts the overdue scorecards the capped walk did not reach", () => {
    const swamped = makeViewer("recruiter", makeOrg("agency"));
    // A thousand held in the last day (owed, not overdue), then five left scheduled days ago (overdue).
    for (let i = 0; i < MY_COUNT_CAP; i++) interview(appId, new Date(now.getTime() - 3_600_000 - i * 60_000), "completed", [swamped.id]);
    for (let i = 0; i < 5; i++) interview(appId, hours(-100 - i), "scheduled", [swamped.id]);
    expect(myInterviews(swamped, now).owed).toMatchObject({ total: MY_COUNT_CAP, atLeast: true, overdue: 5 });
    expect(myOwedCounts(swamped, now)).toEqual({ total: MY_COUNT_CAP, atLeast: true, overdue: 5, overdueAtLeast: false });
  });

  it("between two instants: still scheduled (not held, canceled or missed), soonest first, cut to the limit", () => {
    const from = hours(200);
    const to = hours(248);
    const before = interview(appId, hours(199), "scheduled", [recruiter.id]);
    interview(appId, hours(201), "completed", [recruiter.id]);
    const first = interview(appId, hours(202), "scheduled", [recruiter.id]);
    const second = interview(appId, hours(230), "scheduled", [recruiter.id, hiringManager.id]);
    interview(appId, hours(220), "canceled", [recruiter.id]);
    interview(appId, hours(221), "no_show", [recruiter.id]);
    const third = interview(appId, hours(247), "scheduled", [recruiter.id]);
    const after = interview(appId, hours(248), "scheduled", [recruiter.id]);
    interview(appId, hours(210), "scheduled", [hiringManager.id]); // not theirs
    expect(myInterviewsBetween(recruiter, from, to, 10).map((i) => i.id)).toEqual([first, second, third]);
    expect(myInterviewsBetween(recruiter, from, to, 2).map((i) => i.id)).toEqual([first, second]);
    expect([before, after].some((id) => myInterviewsBetween(recruiter, from, to, 10).some((i) => i.id === id))).toBe(false);
  });

  it("follows every write: a reschedule, a submitted scorecard, a cancellation, an interviewer added later", () => {
    const viewer = makeViewer("recruiter", makeOrg("agency"));
    const id = interview(appId, hours(-5), "scheduled", [viewer.id]);
    const ids = () => {
      const m = myInterviews(viewer, now);
      return { owed: m.owed.rows.map((i) => i.id), upcoming: m.upcoming.rows.map((i) => i.id) };
    };
    expect(ids()).toEqual({ owed: [id], upcoming: [] });
    db()
      .update(interviews)
      .set({ startsAt: hours(3) })
      .where(eq(interviews.id, id))
      .run();
    expect(ids()).toEqual({ owed: [], upcoming: [id] });
    db()
      .update(interviews)
      .set({ startsAt: hours(-5), durationMinutes: 480 })
      .where(eq(interviews.id, id))
      .run();
    expect(ids()).toEqual({ owed: [], upcoming: [id] }); // still running: it ends at hours(3)
    db().update(interviews).set({ durationMinutes: 240 }).where(eq(interviews.id, id)).run(); // the length alone: over at hours(-1)
    expect(ids()).toEqual({ owed: [id], upcoming: [] });
    db().update(interviews).set({ durationMinutes: 60, status: "completed" }).where(eq(interviews.id, id)).run();
    expect(ids()).toEqual({ owed: [id], upcoming: [] });
    const card = db().insert(scorecards).values({ interviewId: id, applicationId: appId, interviewerId: viewer.id, status: "draft" }).returning().get();
    expect(ids().owed).toEqual([id]);
    db().update(scorecards).set({ status: "submitted" }).where(eq(scorecards.id, card.id)).run();
    expect(ids().owed).toEqual([]);
    // A reschedule deletes and re-adds the interviewers: the submitted scorecard still counts.
    db().delete(interviewers).where(eq(interviewers.interviewId, id)).run();
    db().insert(interviewers).values({ interviewId: id, userId: viewer.id }).run();
    expect(ids().owed).toEqual([]);
    db().delete(scorecards).where(eq(scorecards.id, card.id)).run();
    expect(ids().owed).toEqual([id]);
    db().update(interviews).set({ status: "canceled" }).where(eq(interviews.id, id)).run();
    expect(ids()).toEqual({ owed: [], upcoming: [] });
    const later = makeViewer("recruiter", makeOrg("agency"));
    db().update(interviews).set({ status: "completed" }).where(eq(interviews.id, id)).run();
    db().insert(interviewers).values({ interviewId: id, userId: later.id }).run();
    expect(myInterviews(later, now).owed.rows.map((i) => i.id)).toEqual([id]);
  });

  it("an interview still scheduled after its candidate was rejected or withdrew says so", () => {
    const viewer = makeViewer("recruiter", makeOrg("agency"));
    const id = interview(appId, hours(6), "scheduled", [viewer.id]);
    const upcoming = () => myInterviews(viewer, now).upcoming.rows.filter((i) => i.id === id);
    expect(upcoming().map((i) => candidateLeft(i.stage))).toEqual([null]);
    try {
      db().update(applications).set({ stage: "withdrawn" }).where(eq(applications.id, appId)).run();
      expect(upcoming().map((i) => candidateLeft(i.stage))).toEqual(["Candidate withdrew"]);
      db().update(applications).set({ stage: "rejected" }).where(eq(applications.id, appId)).run();
      expect(upcoming().map((i) => candidateLeft(i.stage))).toEqual(["Candidate was rejected"]);
    } finally {
      // The other tests' application: back where it was.
      db().update(applications).set({ stage: "client_interview" }).where(eq(applications.id, appId)).run();
    }
  });

  it.each([
    ["owed", "interviewers_owed_idx \\(user_id=\\? AND scorecard_submitted=\\? AND status=\\?"],
    ["upcoming", "interviewers_calendar_idx \\(user_id=\\? AND status=\\? AND starts_at>\\?\\)"],
  ] as const)("%s: a range of the interviewer's own index entries, interviews reached by key, never scanned", (list, range) => {
    const { sql, params } = myListQuery(hiringManager, list).getQuery();
    const values = myListParams(hiringManager, listTimes(now), 51);
    const plan = db()
      .$client.prepare(`explain query plan ${sql}`)
      .all(...(fillPlaceholders(params, values) as unknown[])) as { detail: string }[];
    const details = plan.map((p) => p.detail).join("\n");
    expect(details).toMatch(new RegExp(`SEARCH interviewers USING (COVERING )?INDEX ${range}`));
    expect(details).toMatch(/SEARCH interviews USING INTEGER PRIMARY KEY/);
    expect(details).not.toMatch(/SCAN (interviews|applications|interviewers)\b/);
    // Its counts (and the owed list's overdue counts) walk the same range.
    const counts = [
      myListCountQuery(hiringManager, list, false),
      ...(list === "owed" ? [myListCountQuery(hiringManager, list, true), myOwedCountQuery(hiringManager)] : []),
    ];
    for (const query of counts) {
      const counted = query.getQuery();
      const countValues = { ...values, cap: 1000, overdueBefore: now.getTime() };
      const countPlan = db()
        .$client.prepare(`explain query plan ${counted.sql}`)
        .all(...(fillPlaceholders(counted.params, countValues) as unknown[])) as { detail: string }[];
      const countDetails = countPlan.map((p) => p.detail).join("\n");
      expect(countDetails).toMatch(new RegExp(`SEARCH interviewers USING (COVERING )?INDEX ${range}`));
      expect(countDetails).not.toMatch(/SCAN (interviews|applications|interviewers)\b/);
    }
  });
});
