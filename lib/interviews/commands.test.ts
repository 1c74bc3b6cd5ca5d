import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditLog, interviewers, interviews, scorecards } from "@/db/schema";
import { Conflict } from "@/lib/action";
import { contextFor, makeInterview, makeScorecard } from "@/lib/testing/factories";
import { rescheduleInterview, scheduleInterview, setInterviewStatus, TOO_FAR_BACK } from "./commands";
import { applicationInterviews, getInterview } from "./queries";
import { scheduleInterviewSchema, type ScheduleInterviewInput } from "./schemas";
import { interviewWorld, type InterviewWorld } from "./test-world";

const { world, application, input } = interviewWorld();
let recruiter: InterviewWorld["recruiter"], colleague: InterviewWorld["colleague"], hiringManager: InterviewWorld["hiringManager"];
let otherHiringManager: InterviewWorld["otherHiringManager"];
beforeAll(() => ({ recruiter, colleague, hiringManager, otherHiringManager } = world));

describe("scheduling interviews (real database)", () => {
  it("stores the instant in UTC, the interviewers and an audit row", () => {
    const appId = application("interviewing");
    const result = scheduleInterview(input(appId), contextFor(recruiter));
    expect(result).toMatchObject({ ok: true, data: { warnings: [] } });
    expect(result.ok && result.message).toBe("Scheduled Systems design: Mon, 3 Jun 2030, 14:00–15:00 CEST.");
    const id = result.ok ? result.data!.id : 0;
    const row = db().select().from(interviews).where(eq(interviews.id, id)).get()!;
    expect(row).toMatchObject({ status: "scheduled", durationMinutes: 60, version: 1, createdById: recruiter.id });
    expect(row.startsAt.toISOString()).toBe("2030-06-03T12:00:00.000Z");
    const people = db().select().from(interviewers).where(eq(interviewers.interviewId, id)).all();
    expect(people.map((p) => p.userId).sort()).toEqual([recruiter.id, colleague.id].sort());
    expect(
      db()
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(id)))
        .all()
        .map((a) => a.action),
    ).toContain("interview.schedule");
  });

  it("refuses a day that does not exist, or more than a year ahead, next to the date", () => {
    const parse = (date: string) => scheduleInterviewSchema.safeParse({ ...input(application("interviewing")), date });
    const dateError = (date: string) => {
      const result = parse(date);
      return result.success ? null : result.error.issues.map((i) => [i.path.join("."), i.message]);
    };
    expect(dateError("2026-02-31")).toEqual([["date", "Enter a real date"]]);
    expect(dateError("2206-03-10")).toEqual([["date", "An interview is at most a year from today"]]);
    expect(parse(new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10)).success).toBe(true);
  });

  it("refuses a time the clocks skip, next to the time field", () => {
    const appId = application("interviewing");
    const result = scheduleInterview(input(appId, { date: "2030-03-31", time: "02:30" }), contextFor(recruiter));
    expect(result).toMatchObject({ ok: false, fieldErrors: { time: expect.stringContaining("does not exist") } });
  });

  it("takes a time in the last week (an interview held but not yet entered) and refuses one further back, next to the date", () => {
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const appId = application("interviewing");
    expect(scheduleInterview(input(appId, { date: day(-3), timeZone: "UTC" }), contextFor(recruiter)).ok).toBe(true);
    expect(scheduleInterview(input(appId, { date: day(-9), timeZone: "UTC" }), contextFor(recruiter))).toMatchObject({
      ok: false,
      fieldErrors: { date: TOO_FAR_BACK },
    });
    expect(scheduleInterview(input(appId, { date: "2020-01-01" }), contextFor(recruiter))).toMatchObject({ ok: false, fieldErrors: { date: TOO_FAR_BACK } });
  });

  it("lets an interview more than a week back keep its time when only its place or people change, and refuses a move to another old time", () => {
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const old = makeInterview({ id: application("interviewing") }, [recruiter], { status: "scheduled", startsAt: new Date(`${day(30)}T09:00:00Z`) });
    const move = { interviewId: old.id, version: 1, date: day(30), time: "09:00", timeZone: "UTC", durationMinutes: 60, interviewerIds: [recruiter.id] };
    expect(rescheduleInterview({ ...move, location: "Room 4" }, contextFor(recruiter)).ok).toBe(true);
    expect(rescheduleInterview({ ...move, version: 2, date: day(29), location: "" }, contextFor(recruiter))).toMatchObject({
      ok: false,
      fieldErrors: { date: TOO_FAR_BACK },
    });
  });

  it("is refused to a hiring manager (not found), even on their own company's submitted candidate", () => {
    const appId = application("submitted");
    expect(scheduleInterview(input(appId, { interviewerIds: [hiringManager.id] }), contextFor(hiringManager))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
  });

  it("takes a hiring manager of the role's client as interviewer only once the candidate is submitted", () => {
    const before = scheduleInterview(input(application("interviewing"), { interviewerIds: [hiringManager.id] }), contextFor(recruiter));
    expect(before).toMatchObject({ ok: false, fieldErrors: { interviewerIds: expect.stringContaining("once the candidate is submitted") } });
    const submitted = application("submitted");
    expect(scheduleInterview(input(submitted, { interviewerIds: [otherHiringManager.id] }), contextFor(recruiter))).toMatchObject({
      ok: false,
      fieldErrors: { interviewerIds: expect.any(String) },
    });
    expect(scheduleInterview(input(submitted, { interviewerIds: [recruiter.id, hiringManager.id] }), contextFor(recruiter)).ok).toBe(true);
  });

  it("answers not found for an application that does not exist", () => {
    expect(scheduleInterview(input(999_999), contextFor(recruiter))).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
  });
});

describe("what each viewer sees of interviews", () => {
  it("a hiring manager sees their company's submitted candidate's interviews; another company's hiring manager finds nothing", () => {
    const appId = application("submitted");
    const result = scheduleInterview(input(appId, { interviewerIds: [recruiter.id, hiringManager.id] }), contextFor(recruiter));
    const id = result.ok ? result.data!.id : 0;
    db().insert(scorecards).values({ interviewId: id, applicationId: appId, interviewerId: hiringManager.id, status: "draft" }).run();
    const seen = getInterview(hiringManager, id);
    expect(seen?.interviewers.map((p) => [p.name, p.scorecard])).toEqual([
      [recruiter.name, "missing"],
      [hiringManager.name, "draft"],
    ]);
    expect(applicationInterviews(hiringManager, appId)).toHaveLength(1);
    expect(getInterview(otherHiringManager, id)).toBeUndefined();
    expect(applicationInterviews(otherHiringManager, appId)).toEqual([]);
  });

  it("a hiring manager sees nothing of an application before it is submitted to them", () => {
    const appId = application("interviewing");
    scheduleInterview(input(appId), contextFor(recruiter));
    expect(applicationInterviews(hiringManager, appId)).toEqual([]);
  });
});

describe("changing an interview", () => {
  function scheduled(over: Partial<ScheduleInterviewInput> = {}) {
    const result = scheduleInterview(input(application("interviewing"), over), contextFor(recruiter));
    return getInterview(recruiter, result.ok ? result.data!.id : 0)!;
  }

  it("cancels with the version it was shown; a second change on the old version is a conflict", () => {
    const interview = scheduled({ date: "2030-08-01" });
    expect(setInterviewStatus({ interviewId: interview.id, version: 1, status: "canceled" }, contextFor(recruiter))).toMatchObject({ ok: true });
    expect(getInterview(recruiter, interview.id)).toMatchObject({ status: "canceled", version: 2 });
    expect(() => setInterviewStatus({ interviewId: interview.id, version: 1, status: "canceled" }, contextFor(colleague))).toThrow(Conflict);
    expect(setInterviewStatus({ interviewId: interview.id, version: 2, status: "completed" }, contextFor(recruiter))).toMatchObject({
      ok: false,
      message: "This interview is already canceled.",
    });
  });

  it("marks completed only once it has started", () => {
    const interview = scheduled({ date: "2030-08-02" });
    expect(setInterviewStatus({ interviewId: interview.id, version: 1, status: "completed" }, contextFor(recruiter))).toMatchObject({ ok: false });
    const after = new Date("2030-08-02T14:00:00Z");
    expect(setInterviewStatus({ interviewId: interview.id, version: 1, status: "no_show" }, contextFor(recruiter), after)).toMatchObject({ ok: true });
  });

  it("refuses a no-show or a cancellation once a scorecard has been submitted for it: it took place", () => {
    const interview = scheduled({ date: "2030-08-03" });
    const after = new Date("2030-08-03T14:00:00Z");
    const [interviewer] = interview.interviewers;
    makeScorecard(interview, { id: interviewer.id }, { status: "submitted", ratings: "{}", redFlags: "[]", recommendation: "yes" });
    for (const status of ["no_show", "canceled"] as const)
      expect(setInterviewStatus({ interviewId: interview.id, version: 1, status }, contextFor(recruiter), after)).toMatchObject({
        ok: false,
        message: "A scorecard has been submitted for this interview, so it took place: mark it completed.",
      });
    expect(setInterviewStatus({ interviewId: interview.id, version: 1, status: "completed" }, contextFor(recruiter), after)).toMatchObject({ ok: true });
  });

  it("reschedules with a version check, and does not warn about the interview itself", () => {
    const interview = scheduled({ date: "2030-08-04" });
    const move = {
      interviewId: interview.id,
      version: 1,
      date: "2030-08-04",
      time: "14:30",
      timeZone: "Europe/Berlin",
      durationMinutes: 45,
      interviewerIds: [recruiter.id],
      location: "",
    };
    const result = rescheduleInterview(move, contextFor(recruiter));
    expect(result).toMatchObject({ ok: true, data: { warnings: [] } });
    expect(getInterview(recruiter, interview.id)).toMatchObject({
      version: 2,
      durationMinutes: 45,
      location: null,
      startsAt: new Date("2030-08-04T12:30:00Z"),
    });
    expect(getInterview(recruiter, interview.id)!.interviewers.map((p) => p.id)).toEqual([recruiter.id]);
    expect(() => rescheduleInterview(move, contextFor(colleague))).toThrow(Conflict);
  });

  it("keeps the time of an interview with a submitted scorecard, so nobody moves theirs into the past to submit early", () => {
    const interview = scheduled({ date: "2030-08-06", interviewerIds: [recruiter.id] });
    const move = {
      interviewId: interview.id,
      version: 1,
      // Two days back: the furthest a move may go is a week.
      date: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
      time: "09:00",
      timeZone: "UTC",
      durationMinutes: 60,
      interviewerIds: [recruiter.id],
      location: "",
    };
    // Moved into the past, the scorecard can be submitted...
    expect(rescheduleInterview(move, contextFor(recruiter)).ok).toBe(true);
    db()
      .insert(scorecards)
      .values({
        interviewId: interview.id,
        applicationId: interview.applicationId,
        interviewerId: recruiter.id,
        status: "submitted",
        submittedAt: new Date(),
        recommendation: "yes",
      })
      .run();
    // ...but the interview cannot then go back to its future slot.
    expect(rescheduleInterview({ ...move, version: 2, date: "2030-08-06", time: "14:00" }, contextFor(recruiter))).toMatchObject({
      ok: false,
      message: expect.stringContaining("already submitted for this interview"),
    });
    expect(getInterview(recruiter, interview.id)).toMatchObject({ version: 2, startsAt: new Date(`${move.date}T09:00:00Z`) });
  });

  it("is refused to a hiring manager as not found", () => {
    const interview = scheduled({ date: "2030-08-05" });
    expect(setInterviewStatus({ interviewId: interview.id, version: 1, status: "canceled" }, contextFor(hiringManager))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
  });
});
