import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, auditLog, stageEvents, trialGoals, trials, users } from "@/db/schema";
import { moveApplications } from "@/lib/pipeline/commands";
import { contextFor, makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { daysFromToday } from "@/lib/testing/dates";
import { nextWorkingDay, startTrialOptions } from "./start";

let recruiter: ReturnType<typeof makeViewer>;
let hiringManager: ReturnType<typeof makeViewer>;
let otherHiringManager: ReturnType<typeof makeViewer>;
let role: ReturnType<typeof makeRole>;

const plan = (over: Record<string, unknown> = {}) => ({
  startsOn: daysFromToday(7),
  endsOn: daysFromToday(21),
  onboardingOwnerId: recruiter.id,
  buddyId: hiringManager.id,
  overlapHours: "14:00–17:00 client time",
  dayOneScope: "Laptop, access, first ticket.",
  metrics: ["Onboarding speed"],
  weekOneGoals: ["Ship a small fix"],
  weekTwoGoals: ["Own a feature"],
  ...over,
});
const reload = (id: number) => db().select().from(applications).where(eq(applications.id, id)).get()!;
const trialsOf = (id: number) => db().select().from(trials).where(eq(trials.applicationId, id)).all();
const start = (app: { id: number }, input: Record<string, unknown>, viewer = recruiter) =>
  moveApplications({ roleId: role.id, to: "trial", applications: [{ id: app.id, version: reload(app.id).version }], ...input }, contextFor(viewer));

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  const otherClient = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  hiringManager = makeViewer("hiring_manager", client);
  otherHiringManager = makeViewer("hiring_manager", otherClient);
  role = makeRole(client, recruiter);
});

describe("starting a trial (Offer → Trial)", () => {
  it("writes the trial, its goals, the stage event and both audit rows in the move", () => {
    const app = makeApplication(role, "offer");
    const result = start(app, plan({ weekOneGoals: ["Ship a small fix", "Pair on review"] }));
    expect(result).toMatchObject({ ok: true, message: "Moved 1 candidate to Trial." });
    expect(reload(app.id).stage).toBe("trial");
    const [trial] = trialsOf(app.id);
    // The answer names the trial, so the toast can open it.
    expect(result.ok && result.data).toEqual({ moved: 1, trialId: trial.id });
    expect(trial).toMatchObject({
      startsOn: daysFromToday(7),
      endsOn: daysFromToday(21),
      onboardingOwnerId: recruiter.id,
      buddyId: hiringManager.id,
      outcome: null,
    });
    expect(JSON.parse(trial.metrics)).toEqual(["Onboarding speed"]);
    const goals = db().select().from(trialGoals).where(eq(trialGoals.trialId, trial.id)).all();
    expect(goals.map((g) => [g.week, g.position, g.text])).toEqual([
      [1, 0, "Ship a small fix"],
      [1, 1, "Pair on review"],
      [2, 0, "Own a feature"],
    ]);
    expect(db().select().from(stageEvents).where(eq(stageEvents.applicationId, app.id)).get()).toMatchObject({ fromStage: "offer", toStage: "trial" });
    const actions = db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.actorId, recruiter.id))
      .all()
      .map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["trial.start", "application.move"]));
  });

  it("only from Offer", () => {
    const app = makeApplication(role, "client_interview");
    expect(start(app, plan())).toMatchObject({ ok: false, message: "A trial can start only from Offer" });
    expect(trialsOf(app.id)).toHaveLength(0);
  });

  it.each([
    ["an impossible date", { startsOn: "2026-02-30" }, "startsOn", "Choose the start date"],
    ["an end before the start", { endsOn: daysFromToday(6) }, "endsOn", "The end must be after the start"],
    ["a trial of 90 days", { endsOn: daysFromToday(7 + 90) }, "endsOn", "A trial lasts at most 60 days (it can be extended later)"],
    ["no week-one goal", { weekOneGoals: [] }, "weekOneGoals", "Write at least one goal for week one"],
    ["no week-two goal", { weekTwoGoals: [] }, "weekTwoGoals", "Write at least one goal for week two"],
    ["no metric", { metrics: [] }, "metrics", "Choose at least one metric"],
    ["a blank overlap", { overlapHours: "  " }, "overlapHours", "Enter the daily overlap"],
  ])("refuses %s with a field message and writes nothing", (_name, over, field, message) => {
    const app = makeApplication(role, "offer");
    expect(start(app, plan(over))).toMatchObject({ ok: false, fieldErrors: { [field]: message } });
    expect(reload(app.id).stage).toBe("offer");
    expect(trialsOf(app.id)).toHaveLength(0);
  });

  it("checks the people against the database: the owner an active agency user, the buddy a hiring manager of this client", () => {
    const app = makeApplication(role, "offer");
    expect(start(app, plan({ onboardingOwnerId: hiringManager.id }))).toMatchObject({
      ok: false,
      fieldErrors: { onboardingOwnerId: "Choose an active agency user as the onboarding owner" },
    });
    expect(start(app, plan({ buddyId: otherHiringManager.id }))).toMatchObject({
      ok: false,
      fieldErrors: { buddyId: "Choose a hiring manager of this client as the buddy" },
    });
    const gone = makeViewer("recruiter", makeOrg("agency"));
    db().update(users).set({ active: false }).where(eq(users.id, gone.id)).run();
    expect(start(app, plan({ onboardingOwnerId: gone.id })).ok).toBe(false);
    expect(reload(app.id).stage).toBe("offer");
    expect(trialsOf(app.id)).toHaveLength(0);
  });

  it("a trial already over (a mistyped month) is refused at its start date; one recorded a few days late is not", () => {
    const late = makeApplication(role, "offer");
    expect(start(late, plan({ startsOn: daysFromToday(-40), endsOn: daysFromToday(-26) }))).toMatchObject({
      ok: false,
      fieldErrors: { startsOn: "This trial would be over before it is saved: check the start date" },
    });
    expect(reload(late.id).stage).toBe("offer");
    expect(trialsOf(late.id)).toHaveLength(0);
    expect(start(late, plan({ startsOn: daysFromToday(-3), endsOn: daysFromToday(11) }))).toMatchObject({ ok: true });
  });

  it("the form knows the role's seats, to say when every one is taken", () => {
    const app = makeApplication(role, "offer");
    const seats = (id: number) => startTrialOptions(recruiter, id)!.role;
    expect(seats(app.id)).toMatchObject({ headcount: 1, hired: 0 });
    makeApplication(role, "hired");
    expect(seats(app.id)).toMatchObject({ headcount: 1, hired: 1 });
  });

  it("a bulk move to Trial is refused: each trial needs its own plan", () => {
    const a = makeApplication(role, "offer");
    const b = makeApplication(role, "offer");
    const result = moveApplications(
      { roleId: role.id, to: "trial", applications: [a, b].map((x) => ({ id: x.id, version: x.version })), ...plan() },
      contextFor(recruiter),
    );
    expect(result).toMatchObject({ ok: false, message: "Start trials one at a time: each trial needs its own plan." });
    expect(trialsOf(a.id)).toHaveLength(0);
  });

  it("a hiring manager cannot start a trial", () => {
    const app = makeApplication(role, "offer");
    expect(start(app, plan(), hiringManager).ok).toBe(false);
    expect(trialsOf(app.id)).toHaveLength(0);
  });

  it("offers the form's choices and defaults (agency owners, this client's hiring managers)", () => {
    const app = makeApplication(role, "offer");
    const options = startTrialOptions(recruiter, app.id, new Date("2026-11-20T12:00:00Z"))!;
    expect(options.defaults).toMatchObject({ startsOn: "2026-11-23", endsOn: "2026-12-07", onboardingOwnerId: recruiter.id });
    expect(options.owners.map((o) => o.id)).toContain(recruiter.id);
    expect(options.owners.map((o) => o.id)).not.toContain(hiringManager.id);
    expect(options.buddies.map((o) => o.id)).toEqual([hiringManager.id]);
    expect(startTrialOptions(hiringManager, app.id)).toBeUndefined();
  });
});

describe("nextWorkingDay", () => {
  it.each([
    ["2026-11-20T12:00:00Z", "UTC", "2026-11-23"], // Friday → Monday
    ["2026-11-23T12:00:00Z", "UTC", "2026-11-24"],
    ["2026-11-20T12:00:00Z", "Pacific/Auckland", "2026-11-23"], // already Saturday there
    ["2026-11-19T23:30:00Z", "Pacific/Honolulu", "2026-11-20"], // still Thursday there
  ])("after %s in %s is %s", (now, zone, day) => {
    expect(nextWorkingDay(zone, new Date(now))).toBe(day);
  });
});
