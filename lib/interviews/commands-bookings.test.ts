import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { interviews, organizations, roles } from "@/db/schema";
import { addCandidateToRole } from "@/lib/pipeline/commands";
import { contextFor, makeOrg } from "@/lib/testing/factories";
import { checkBookings, interviewerChoicesFor, scheduleInterview, setInterviewStatus } from "./commands";
import { applicationInterviews, getInterview } from "./queries";
import type { ScheduleInterviewInput } from "./schemas";
import { interviewWorld, type InterviewWorld } from "./test-world";

// Double bookings are warnings, never refusals: who is booked in the slot (an interviewer, or the
// candidate on this role or another), named with the interview they are booked for.

const { world, application, candidateOf, input } = interviewWorld();
let recruiter: InterviewWorld["recruiter"], colleague: InterviewWorld["colleague"], hiringManager: InterviewWorld["hiringManager"];
beforeAll(() => ({ recruiter, colleague, hiringManager } = world));

describe("double bookings when scheduling (real database)", () => {
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

  it("a canceled interview never counts as a double booking", () => {
    const booked = scheduleInterview(input(application("interviewing"), { date: "2030-08-03", interviewerIds: [colleague.id] }), contextFor(recruiter));
    const interview = getInterview(recruiter, booked.ok ? booked.data!.id : 0)!;
    setInterviewStatus({ interviewId: interview.id, version: 1, status: "canceled" }, contextFor(recruiter));
    const again = scheduleInterview(input(application("interviewing"), { date: "2030-08-03" }), contextFor(recruiter));
    expect(again.ok && again.data!.warnings).toEqual([]);
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

describe("the scheduling form's interviewers, asked for when it opens (real database)", () => {
  const names = (result: ReturnType<typeof interviewerChoicesFor>) => (result.ok ? result.data!.map((p) => p.name) : []);

  it("lists the agency's people, and the client's hiring managers only once the candidate is submitted", () => {
    const before = interviewerChoicesFor({ applicationId: application("interviewing") }, contextFor(recruiter));
    expect(names(before)).toEqual(expect.arrayContaining([recruiter.name, colleague.name]));
    expect(names(before)).not.toContain(hiringManager.name);
    const after = names(interviewerChoicesFor({ applicationId: application("submitted") }, contextFor(recruiter)));
    expect(after).toEqual(expect.arrayContaining([recruiter.name, colleague.name, hiringManager.name]));
    // Another client's hiring manager never interviews here.
    expect(after).not.toContain(world.otherHiringManager.name);
  });

  it("is not found for a hiring manager, and for an application that does not exist", () => {
    expect(interviewerChoicesFor({ applicationId: application("submitted") }, contextFor(hiringManager))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
    expect(interviewerChoicesFor({ applicationId: 9_999_999 }, contextFor(recruiter))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
  });
});
