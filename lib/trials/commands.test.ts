import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { auditLog, trialCheckIns, trialGoals } from "@/db/schema";
import { Conflict } from "@/lib/action";
import { contextFor, makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { makeGoal, makeTrial, setClientZone } from "@/lib/testing/trial-factories";
import { addCheckIn, setGoalDone } from "./commands";
import { checkInSchema } from "./schemas";

type V = ReturnType<typeof makeViewer>;
let recruiter: V, hmA: V, viewerA: V, hmB: V;
let trial: { id: number };

beforeAll(() => {
  const agency = makeOrg("agency");
  const a = makeOrg("client");
  const b = makeOrg("client");
  setClientZone(a, "Pacific/Honolulu");
  recruiter = makeViewer("recruiter", agency);
  hmA = makeViewer("hiring_manager", a);
  viewerA = makeViewer("client_viewer", a);
  hmB = makeViewer("hiring_manager", b);
  trial = makeTrial(makeApplication(makeRole(a, recruiter), "trial"), recruiter);
});

const makeOrgIn = (zone: string) => {
  const org = makeOrg("client");
  setClientZone(org, zone);
  return org;
};

// 05:00 UTC on 7 Nov is 19:00 on 6 Nov in Honolulu: day 5 of the trial there.
beforeAll(() => void vi.useFakeTimers({ now: new Date("2026-11-07T05:00:00Z"), toFake: ["Date"] }));

const checkIn = (over: Record<string, unknown> = {}) =>
  checkInSchema.parse({ trialId: trial.id, sentiment: "on_track", note: "Shipped the first PR", ...over });
const stored = (id: number) => db().select().from(trialCheckIns).where(eq(trialCheckIns.id, id)).get()!;

describe("addCheckIn", () => {
  it("a client's check-in is always shared, whatever the form posts", () => {
    const result = addCheckIn(checkIn({ visibility: "internal" }), contextFor(viewerA));
    // Confirmed as added, not "shared with the client": the client is the one writing it.
    expect(result).toMatchObject({ ok: true, message: "Check-in added." });
    expect(stored((result as { data: { id: number } }).data.id).visibility).toBe("shared");
  });

  it("the agency's defaults to internal and may be shared; the date defaults to today in the client's zone", () => {
    const internal = addCheckIn(checkIn(), contextFor(recruiter));
    const shared = addCheckIn(checkIn({ visibility: "shared" }), contextFor(recruiter));
    const id = (r: typeof internal) => (r.ok ? r.data!.id : 0);
    expect([stored(id(internal)).visibility, stored(id(shared)).visibility]).toEqual(["internal", "shared"]);
    expect([internal.message, shared.message]).toEqual(["Internal check-in added.", "Check-in added and shared with the client."]);
    expect(stored(id(internal)).on).toBe("2026-11-06");
    const audit = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "trial.check-in"), eq(auditLog.entityId, String(trial.id))))
      .all();
    expect(audit.length).toBeGreaterThanOrEqual(3);
  });

  it("refuses a date outside the trial's days with a field message", () => {
    const before = addCheckIn(checkIn({ on: "2026-11-01" }), contextFor(recruiter));
    const future = addCheckIn(checkIn({ on: "2026-11-07" }), contextFor(recruiter)); // tomorrow in Honolulu
    expect(before).toMatchObject({ ok: false, fieldErrors: { on: expect.stringContaining("Pick a day of the trial") } });
    expect(future).toMatchObject({ ok: false, fieldErrors: { on: expect.any(String) } });
  });

  it("another company's trial is not found", () => {
    expect(addCheckIn(checkIn(), contextFor(hmB))).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
  });

  it("requires a note", () => {
    expect(checkInSchema.safeParse({ trialId: trial.id, sentiment: "at_risk", note: "  " }).success).toBe(false);
  });
});

describe("setGoalDone", () => {
  it("records who and when, and may be undone", () => {
    const goal = makeGoal(trial, 1, 0);
    expect(setGoalDone({ goalId: goal.id, version: goal.version, done: true }, contextFor(hmA)).ok).toBe(true);
    const done = db().select().from(trialGoals).where(eq(trialGoals.id, goal.id)).get()!;
    expect([done.doneById, done.doneAt !== null, done.version]).toEqual([hmA.id, true, goal.version + 1]);
    expect(setGoalDone({ goalId: goal.id, version: done.version, done: false }, contextFor(recruiter)).ok).toBe(true);
    const undone = db().select().from(trialGoals).where(eq(trialGoals.id, goal.id)).get()!;
    expect([undone.doneById, undone.doneAt]).toEqual([null, null]);
  });

  it("a stale version is a conflict", () => {
    const goal = makeGoal(trial, 1, 1);
    setGoalDone({ goalId: goal.id, version: goal.version, done: true }, contextFor(hmA));
    expect(() => setGoalDone({ goalId: goal.id, version: goal.version, done: true }, contextFor(recruiter))).toThrow(Conflict);
  });

  it("a goal is met once the trial has begun on the client's calendar; marking one not done is always allowed", () => {
    // 7 Nov is the first day in UTC, and still 6 Nov in Honolulu (the client's zone): not begun there.
    const upcoming = makeTrial(makeApplication(makeRole(makeOrgIn("Pacific/Honolulu"), recruiter), "trial"), recruiter, {
      startsOn: "2026-11-07",
      endsOn: "2026-11-21",
    });
    const goal = makeGoal(upcoming, 1, 0);
    expect(setGoalDone({ goalId: goal.id, version: goal.version, done: true }, contextFor(recruiter))).toMatchObject({
      ok: false,
      message: "The trial starts on 7 Nov; goals can be marked done once it has begun.",
    });
    expect(db().select().from(trialGoals).where(eq(trialGoals.id, goal.id)).get()).toMatchObject({ doneAt: null, version: goal.version });
    expect(setGoalDone({ goalId: goal.id, version: goal.version, done: false }, contextFor(recruiter)).ok).toBe(true);
  });

  it("a hiring manager of another company cannot tick it (not found)", () => {
    const goal = makeGoal(trial, 2, 0);
    expect(setGoalDone({ goalId: goal.id, version: goal.version, done: true }, contextFor(hmB))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
  });

  it("after a decision only the agency may still change goals and add check-ins", () => {
    const client = makeOrg("client");
    const hm = makeViewer("hiring_manager", client);
    const decided = makeTrial(makeApplication(makeRole(client, recruiter), "hired"), recruiter, {
      startsOn: "2026-10-01",
      endsOn: "2026-10-15",
      outcome: "converted",
    });
    const goal = makeGoal(decided, 1, 0);
    expect(setGoalDone({ goalId: goal.id, version: goal.version, done: true }, contextFor(hm))).toMatchObject({
      ok: false,
      message: expect.stringContaining("decided"),
    });
    expect(setGoalDone({ goalId: goal.id, version: goal.version, done: true }, contextFor(recruiter)).ok).toBe(true);
    expect(addCheckIn(checkInSchema.parse({ trialId: decided.id, sentiment: "on_track", note: "Late note", on: "2026-10-10" }), contextFor(recruiter)).ok).toBe(
      true,
    );
  });
});
