import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditLog, interviews, scorecards } from "@/db/schema";
import { Conflict } from "@/lib/action";
import { refusalsWritten } from "@/lib/access/refusals";
import type { Viewer } from "@/lib/auth/current-user";
import { contextFor, makeApplication, makeInterview, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { amendScorecard, saveScorecard } from "./scorecard-commands";
import { scorecardSchema } from "./scorecard-schemas";
import { listScorecards } from "./scorecards";

let recruiter: Viewer, colleague: Viewer, observer: Viewer, hm: Viewer, otherHm: Viewer;
let role: { id: number };

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  colleague = makeViewer("recruiter", agency);
  observer = makeViewer("admin", agency);
  hm = makeViewer("hiring_manager", client);
  otherHm = makeViewer("hiring_manager", makeOrg("client"));
  role = makeRole(client, recruiter, "senior");
});

/** The form as posted, through the real schema. */
const form = (fields: Record<string, unknown>) => scorecardSchema.parse({ version: "0", ...fields });
const rowsOf = (interviewId: number, userId: number) =>
  db()
    .select()
    .from(scorecards)
    .where(eq(scorecards.interviewId, interviewId))
    .all()
    .filter((s) => s.interviewerId === userId)
    .sort((a, b) => a.revision - b.revision);

function designInterview(people: Viewer[] = [recruiter]) {
  return makeInterview(makeApplication(role, "client_interview"), people);
}

describe("scorecard commands", () => {
  it("saves a draft, updates it, then submits it read-only", () => {
    const i = designInterview();
    const ctx = contextFor(recruiter);
    const first = saveScorecard(form({ interviewId: i.id, rating_system_design: "3", rating_communication: "na", notes: "Clear" }), ctx);
    expect(first).toMatchObject({ ok: true, message: "Draft saved." });
    const second = saveScorecard(form({ interviewId: i.id, version: String(first.ok && first.data!.version), rating_system_design: "4" }), ctx);
    expect(second.ok).toBe(true);
    const [draft] = rowsOf(i.id, recruiter.id);
    expect(draft).toMatchObject({ status: "draft", ratings: '{"system_design":4}', revision: 1 });

    const submitted = saveScorecard(
      form({ interviewId: i.id, version: String(draft.version), intent: "submit", recommendation: "yes", rating_system_design: "4" }),
      ctx,
    );
    expect(submitted).toMatchObject({ ok: true, message: "Scorecard submitted." });
    const [row] = rowsOf(i.id, recruiter.id);
    expect(row.status).toBe("submitted");
    expect(row.submittedAt).not.toBeNull();

    const again = saveScorecard(form({ interviewId: i.id, version: String(row.version), rating_system_design: "1" }), ctx);
    expect(again).toMatchObject({ ok: false, message: "Your scorecard is submitted and read-only; amend it to change it." });
    expect(rowsOf(i.id, recruiter.id)[0].ratings).toBe('{"system_design":4}');
    const actions = db()
      .select()
      .from(auditLog)
      .all()
      .filter((a) => a.entityType === "scorecard" && a.actorId === recruiter.id);
    expect(actions.map((a) => a.action)).toEqual(["scorecard.save-draft", "scorecard.save-draft", "scorecard.submit"]);
  });

  it("refuses to submit without a recommendation, next to the field, and keeps nothing", () => {
    const i = designInterview();
    const result = saveScorecard(form({ interviewId: i.id, intent: "submit", rating_system_design: "2" }), contextFor(recruiter));
    expect(result).toMatchObject({ ok: false, fieldErrors: { recommendation: "Choose a recommendation to submit your scorecard" } });
    expect(rowsOf(i.id, recruiter.id)).toEqual([]);
  });

  it("keeps a draft before the interview but submits only once it has started, so nobody lifts the blind rule early", () => {
    const startsAt = new Date(Date.now() + 2 * 86_400_000);
    const i = makeInterview(makeApplication(role, "client_interview"), [recruiter, colleague], { status: "scheduled", startsAt });
    const ctx = contextFor(recruiter);
    const draft = saveScorecard(form({ interviewId: i.id, rating_system_design: "3", notes: "Prep: ask about queues" }), ctx);
    expect(draft).toMatchObject({ ok: true, message: "Draft saved." });
    const version = String(draft.ok && draft.data!.version);

    const early = saveScorecard(
      form({ interviewId: i.id, version, intent: "submit", recommendation: "yes", rating_system_design: "3" }),
      ctx,
      new Date(startsAt.getTime() - 60_000),
    );
    expect(early).toMatchObject({ ok: false, message: "This interview has not started yet: save a draft now, and submit once it has started." });
    expect(rowsOf(i.id, recruiter.id)).toMatchObject([{ status: "draft", submittedAt: null }]);

    const held = saveScorecard(
      form({ interviewId: i.id, version, intent: "submit", recommendation: "yes", rating_system_design: "3" }),
      ctx,
      new Date(startsAt.getTime() + 60_000),
    );
    expect(held).toMatchObject({ ok: true, message: "Scorecard submitted." });
  });

  it("marks the interview completed when its last interviewer submits, audited; not before", () => {
    const i = makeInterview(makeApplication(role, "client_interview"), [recruiter, colleague], { status: "scheduled" });
    const statusOf = () => db().select().from(interviews).where(eq(interviews.id, i.id)).get()!;
    const submit = (who: Viewer) =>
      saveScorecard(form({ interviewId: i.id, intent: "submit", recommendation: "yes", rating_system_design: "3" }), contextFor(who));
    expect(submit(recruiter)).toMatchObject({ ok: true });
    expect(statusOf()).toMatchObject({ status: "scheduled" });
    const before = statusOf().version;
    expect(submit(colleague)).toMatchObject({ ok: true });
    expect(statusOf()).toMatchObject({ status: "completed", version: before + 1 });
    const audit = db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(i.id)))
      .all();
    expect(audit.filter((a) => a.action === "interview.status").map((a) => a.details)).toEqual([
      { from: "scheduled", to: "completed", reason: "every interviewer submitted" },
    ]);
  });

  it("rates only what the kit assesses and ticks only the role type's red flags", () => {
    const i = designInterview();
    const result = saveScorecard(form({ interviewId: i.id, rating_leadership: "3", redFlags: ["Not a real flag"] }), contextFor(recruiter));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { rating_leadership: "Leadership is not assessed in this interview", redFlags: "Choose red flags from the list" },
    });
    const ok = saveScorecard(form({ interviewId: i.id, redFlags: "Weak system design thinking" }), contextFor(recruiter));
    expect(ok.ok).toBe(true);
    expect(rowsOf(i.id, recruiter.id)[0].redFlags).toBe('["Weak system design thinking"]');
  });

  it("answers not found to anyone who is not an interviewer of the interview", async () => {
    const i = designInterview([recruiter, hm]);
    for (const v of [colleague, otherHm]) {
      expect(saveScorecard(form({ interviewId: i.id }), contextFor(v))).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
    }
    // A hiring manager who is on it fills their own.
    expect(saveScorecard(form({ interviewId: i.id, rating_communication: "3" }), contextFor(hm)).ok).toBe(true);
    expect(saveScorecard(form({ interviewId: 999_999 }), contextFor(recruiter)).ok).toBe(false);
    // Another company's interview is refused like a missing one, and the refusal is audited.
    await refusalsWritten();
    const refused = db()
      .select()
      .from(auditLog)
      .all()
      .filter((a) => a.action === "access.denied" && a.entityType === "interview");
    expect(refused.map((a) => [a.actorId, a.entityId])).toEqual([[otherHm.id, String(i.id)]]);
  });

  it("a hiring manager on an interview of an application not yet submitted to them finds nothing", () => {
    const i = makeInterview(makeApplication(role, "interviewing"), [recruiter, hm]);
    expect(saveScorecard(form({ interviewId: i.id }), contextFor(hm))).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
  });

  it("detects a concurrent edit: a stale version, or a first save when one already exists", () => {
    const i = designInterview();
    const ctx = contextFor(recruiter);
    expect(saveScorecard(form({ interviewId: i.id }), ctx).ok).toBe(true);
    expect(() => saveScorecard(form({ interviewId: i.id }), ctx)).toThrow(Conflict);
    expect(() => saveScorecard(form({ interviewId: i.id, version: "7" }), ctx)).toThrow(Conflict);
  });

  it("amending someone else's scorecard is not found, and audited as a refused access", async () => {
    const i = designInterview([recruiter, colleague]);
    saveScorecard(form({ interviewId: i.id, intent: "submit", recommendation: "no", rating_system_design: "2" }), contextFor(recruiter));
    const [original] = rowsOf(i.id, recruiter.id);
    expect(amendScorecard({ scorecardId: original.id, version: original.version }, contextFor(otherHm))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
    await refusalsWritten();
    const refusals = db().select().from(auditLog).where(eq(auditLog.actorId, otherHm.id)).all();
    expect(refusals.filter((r) => r.action === "access.denied" && r.entityType === "scorecard" && r.entityId === String(original.id))).toHaveLength(1);
  });

  it("amending keeps the submitted scorecard in force until the amendment is submitted, then marks it superseded", () => {
    const i = designInterview([recruiter, colleague]);
    const ctx = contextFor(recruiter);
    saveScorecard(form({ interviewId: i.id, intent: "submit", recommendation: "no", rating_system_design: "2" }), ctx);
    const [original] = rowsOf(i.id, recruiter.id);

    expect(() => amendScorecard({ scorecardId: original.id, version: original.version + 1 }, ctx)).toThrow(Conflict);
    expect(amendScorecard({ scorecardId: original.id, version: original.version }, contextFor(colleague))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
    const amended = amendScorecard({ scorecardId: original.id, version: original.version }, ctx);
    expect(amended.ok).toBe(true);
    const [, draft] = rowsOf(i.id, recruiter.id);
    expect(draft).toMatchObject({ revision: 2, status: "draft", ratings: '{"system_design":2}', recommendation: "no" });
    // Others still see the original while the amendment is a draft.
    expect(listScorecards(observer, i.applicationId).map((s) => s.id)).toEqual([original.id]);

    saveScorecard(form({ interviewId: i.id, version: String(draft.version), intent: "submit", recommendation: "yes", rating_system_design: "3" }), ctx);
    const [old, current] = rowsOf(i.id, recruiter.id);
    expect(old).toMatchObject({ id: original.id, status: "submitted", ratings: '{"system_design":2}' });
    expect(old.supersededAt).not.toBeNull();
    expect(current).toMatchObject({ revision: 2, status: "submitted", recommendation: "yes", supersededAt: null });
    // The one in force first, the amended one after it.
    expect(listScorecards(observer, i.applicationId).map((s) => [s.revision, !!s.supersededAt])).toEqual([
      [2, false],
      [1, true],
    ]);
    // Only the current revision can be amended.
    expect(() => amendScorecard({ scorecardId: old.id, version: old.version }, ctx)).toThrow(Conflict);
  });

  it("refuses scorecards on a canceled interview", () => {
    const i = makeInterview(makeApplication(role, "client_interview"), [recruiter], { status: "canceled" });
    expect(saveScorecard(form({ interviewId: i.id }), contextFor(recruiter))).toMatchObject({ ok: false, message: expect.stringMatching(/canceled/) });
  });
});
