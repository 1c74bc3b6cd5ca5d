import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, auditLog, candidates, interviewers, interviews, organizations, roles, scorecards } from "@/db/schema";
import { Conflict } from "@/lib/action";
import { addCandidateToRole, moveApplications } from "@/lib/pipeline/commands";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import { checkBookings, rescheduleInterview, scheduleInterview, setInterviewStatus } from "./commands";
import { applicationInterviews, getInterview } from "./queries";
import type { ScheduleInterviewInput } from "./schemas";

let recruiter: ReturnType<typeof makeViewer>;
let colleague: ReturnType<typeof makeViewer>;
let hiringManager: ReturnType<typeof makeViewer>;
let otherHiringManager: ReturnType<typeof makeViewer>;
let roleId: number;
let n = 0;

/** A new application on the role, moved to `stage` by the recruiter. */
function application(stage: "interviewing" | "submitted") {
  const c = db()
    .insert(candidates)
    .values({ name: `Cand ${++n}`, email: `c${n}@x.test`, emailNormalized: `c${n}@x.test`, source: "sourced" })
    .returning()
    .get();
  const added = addCandidateToRole({ roleId, candidateId: c.id }, contextFor(recruiter));
  if (!added.ok) throw new Error(added.message);
  const app = db().select().from(applications).where(eq(applications.id, added.data!.id)).get()!;
  const moved = moveApplications({ roleId, to: stage, applications: [{ id: app.id, version: app.version }], resumeShared: false }, contextFor(recruiter));
  if (!moved.ok) throw new Error(moved.message);
  return app.id;
}

const candidateOf = (applicationId: number) =>
  db()
    .select({ id: candidates.id, name: candidates.name })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(eq(applications.id, applicationId))
    .get()!;

const input = (applicationId: number, over: Partial<ScheduleInterviewInput> = {}): ScheduleInterviewInput => ({
  applicationId,
  kind: "systems_design",
  date: "2030-06-03",
  time: "14:00",
  timeZone: "Europe/Berlin",
  durationMinutes: 60,
  interviewerIds: [recruiter.id, colleague.id],
  location: "https://meet.example.test/x",
  ...over,
});

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  const otherClient = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  colleague = makeViewer("recruiter", agency);
  hiringManager = makeViewer("hiring_manager", client);
  otherHiringManager = makeViewer("hiring_manager", otherClient);
  roleId = db().insert(roles).values({ clientId: client.id, title: "Senior", type: "senior", status: "open", ownerId: recruiter.id }).returning().get().id;
});

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

  it("warns about an interviewer booked at an overlapping time, naming that interview, and still saves", () => {
    const other = application("interviewing");
    scheduleInterview(input(other, { date: "2030-07-01", time: "14:00", interviewerIds: [colleague.id] }), contextFor(recruiter));
    const appId = application("interviewing");
    const result = scheduleInterview(input(appId, { date: "2030-07-01", time: "14:30", kind: "coding" }), contextFor(recruiter));
    expect(result.ok).toBe(true);
    expect(result.ok && result.data!.warnings).toEqual([
      `${colleague.name} already has an interview 14:00–15:00 (Systems design with ${candidateOf(other).name})`,
    ]);
    expect(applicationInterviews(recruiter, appId)).toHaveLength(1);
  });

  it("warns when the candidate is already booked then, on this role or on another client's", () => {
    const appId = application("interviewing");
    const candidate = candidateOf(appId);
    const elsewhere = db()
      .insert(roles)
      .values({ clientId: makeOrg("client").id, title: "Staff Platform", type: "lead", status: "open", ownerId: recruiter.id })
      .returning()
      .get();
    const added = addCandidateToRole({ roleId: elsewhere.id, candidateId: candidate.id }, contextFor(recruiter));
    if (!added.ok) throw new Error(added.message);
    const client = db().select({ name: organizations.name }).from(organizations).where(eq(organizations.id, elsewhere.clientId)).get()!.name;
    scheduleInterview(input(added.data!.id, { date: "2030-07-02", time: "10:00", kind: "coding", interviewerIds: [colleague.id] }), contextFor(recruiter));
    scheduleInterview(input(appId, { date: "2030-07-02", time: "11:00", kind: "culture", interviewerIds: [colleague.id] }), contextFor(recruiter));

    const result = scheduleInterview(input(appId, { date: "2030-07-02", time: "10:30", interviewerIds: [recruiter.id] }), contextFor(recruiter));
    expect(result.ok && result.data!.warnings).toEqual([
      `The candidate, ${candidate.name}, already has an interview 10:00–11:00 (Coding for Staff Platform at ${client})`,
      `The candidate, ${candidate.name}, already has an interview 11:00–12:00 (Culture)`,
    ]);
    // Back to back is no clash.
    const after = scheduleInterview(input(appId, { date: "2030-07-02", time: "12:00", interviewerIds: [recruiter.id] }), contextFor(recruiter));
    expect(after.ok && after.data!.warnings).toEqual([]);
  });

  it("refuses a time the clocks skip, next to the time field", () => {
    const appId = application("interviewing");
    const result = scheduleInterview(input(appId, { date: "2030-03-31", time: "02:30" }), contextFor(recruiter));
    expect(result).toMatchObject({ ok: false, fieldErrors: { time: expect.stringContaining("does not exist") } });
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

  it("a canceled interview never counts as a double booking", () => {
    const interview = scheduled({ date: "2030-08-03", interviewerIds: [colleague.id] });
    setInterviewStatus({ interviewId: interview.id, version: 1, status: "canceled" }, contextFor(recruiter));
    const again = scheduleInterview(input(application("interviewing"), { date: "2030-08-03" }), contextFor(recruiter));
    expect(again.ok && again.data!.warnings).toEqual([]);
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

  it("is refused to a hiring manager as not found", () => {
    const interview = scheduled({ date: "2030-08-05" });
    expect(setInterviewStatus({ interviewId: interview.id, version: 1, status: "canceled" }, contextFor(hiringManager))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
  });
});

describe("checking a slot for double bookings before saving (real database)", () => {
  const slot = (applicationId: number, over: Partial<ScheduleInterviewInput> & { interviewId?: number } = {}) => {
    const { kind: _kind, location: _location, ...rest } = input(applicationId, { date: "2030-09-01", ...over });
    return rest;
  };

  it("names each interviewer booked in the slot, writes nothing, and leaves out the interview being moved", () => {
    const appId = application("interviewing");
    const booked = scheduleInterview(input(appId, { date: "2030-09-01", time: "14:00", interviewerIds: [colleague.id] }), contextFor(recruiter));
    expect(booked.ok).toBe(true);
    const ownId = booked.ok ? booked.data!.id : 0;
    const before = db().select().from(interviews).all().length;

    const name = candidateOf(appId).name;
    expect(checkBookings(slot(appId, { time: "14:30" }), contextFor(recruiter))).toMatchObject({
      ok: true,
      data: {
        warnings: [
          `The candidate, ${name}, already has an interview 14:00–15:00 (Systems design)`,
          `${colleague.name} already has an interview 14:00–15:00 (Systems design with ${name})`,
        ],
      },
    });
    expect(checkBookings(slot(appId, { time: "15:00" }), contextFor(recruiter))).toMatchObject({ ok: true, data: { warnings: [] } });
    // Rescheduling that interview: its own time is no clash.
    expect(checkBookings(slot(appId, { time: "14:30", interviewId: ownId }), contextFor(recruiter))).toMatchObject({ ok: true, data: { warnings: [] } });
    expect(db().select().from(interviews).all()).toHaveLength(before);
  });

  it("looks up only the application's possible interviewers", () => {
    const appId = application("interviewing");
    const booked = scheduleInterview(input(application("submitted"), { date: "2030-09-02", interviewerIds: [hiringManager.id] }), contextFor(recruiter));
    expect(booked.ok).toBe(true);
    // Before submission the client's hiring manager cannot interview on this one: their calendar is not read.
    expect(checkBookings(slot(appId, { date: "2030-09-02", interviewerIds: [hiringManager.id] }), contextFor(recruiter))).toMatchObject({
      ok: true,
      data: { warnings: [] },
    });
  });

  it("is not found for a hiring manager, and for an interview of another application", () => {
    const appId = application("submitted");
    const other = scheduleInterview(input(application("interviewing"), { date: "2030-09-03" }), contextFor(recruiter));
    expect(other.ok).toBe(true);
    expect(checkBookings(slot(appId), contextFor(hiringManager))).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
    expect(checkBookings(slot(appId, { interviewId: other.ok ? other.data!.id : 0 }), contextFor(recruiter))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
  });
});
