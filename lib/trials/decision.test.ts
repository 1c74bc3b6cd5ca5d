import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, auditLog, roles, stageEvents, trialExtensions, trials } from "@/db/schema";
import { Conflict } from "@/lib/action";
import { moveApplications } from "@/lib/pipeline/commands";
import { contextFor, makeApplication, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { daysFromToday } from "@/lib/testing/dates";
import { formatDay } from "./labels";
import { decideTrial, reopenTrial } from "./decision";
import { getDecisionTrial, listReopenings } from "./decision-queries";

let admin: ReturnType<typeof makeViewer>;
let recruiter: ReturnType<typeof makeViewer>;
let hiringManager: ReturnType<typeof makeViewer>;
let clientViewer: ReturnType<typeof makeViewer>;
let otherHiringManager: ReturnType<typeof makeViewer>;
let client: ReturnType<typeof makeOrg>;

const reloadApp = (id: number) => db().select().from(applications).where(eq(applications.id, id)).get()!;
const reloadTrial = (id: number) => db().select().from(trials).where(eq(trials.id, id)).get()!;
const reloadRole = (id: number) => db().select().from(roles).where(eq(roles.id, id)).get()!;
const actionsOn = (trialId: number) =>
  db()
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "trial"), eq(auditLog.entityId, String(trialId))))
    .all()
    .map((a) => a.action)
    .filter((a) => a.startsWith("trial."));

/** An application on `role` started on trial through the move (the only way in). */
function onTrial(role: { id: number }) {
  const app = makeApplication(role, "offer");
  const result = moveApplications(
    {
      roleId: role.id,
      to: "trial",
      applications: [{ id: app.id, version: app.version }],
      startsOn: daysFromToday(7),
      endsOn: daysFromToday(21),
      onboardingOwnerId: recruiter.id,
      overlapHours: "14:00–17:00",
      dayOneScope: "Access",
      metrics: ["Onboarding speed"],
      weekOneGoals: ["Ship"],
      weekTwoGoals: ["Own a feature"],
    },
    contextFor(recruiter),
  );
  if (!result.ok) throw new Error(result.message);
  return { app, trial: db().select().from(trials).where(eq(trials.applicationId, app.id)).get()! };
}

beforeAll(() => {
  const agency = makeOrg("agency");
  client = makeOrg("client");
  const otherClient = makeOrg("client");
  admin = makeViewer("admin", agency);
  recruiter = makeViewer("recruiter", agency);
  hiringManager = makeViewer("hiring_manager", client);
  clientViewer = makeViewer("client_viewer", client);
  otherHiringManager = makeViewer("hiring_manager", otherClient);
});

describe("a trial's decision", () => {
  it("converted: the application is hired (stage event, audit) and a role of one fills", () => {
    const role = makeRole(client, recruiter);
    const { app, trial } = onTrial(role);
    expect(decideTrial({ outcome: "converted", trialId: trial.id, version: trial.version, note: "Great fit" }, contextFor(hiringManager))).toMatchObject({
      ok: true,
    });
    expect(reloadApp(app.id).stage).toBe("hired");
    expect(reloadTrial(trial.id)).toMatchObject({ outcome: "converted", decidedById: hiringManager.id, decisionNote: "Great fit", version: trial.version + 1 });
    expect(db().select().from(stageEvents).where(eq(stageEvents.applicationId, app.id)).all().at(-1)).toMatchObject({ fromStage: "trial", toStage: "hired" });
    expect(reloadRole(role.id)).toMatchObject({ status: "filled", version: role.version + 1 });
    expect(actionsOn(trial.id)).toEqual(["trial.start", "trial.convert"]);
  });

  it("a role with headcount 2 fills at the second hire, not the first", () => {
    const role = makeRole(client, recruiter);
    db().update(roles).set({ headcount: 2 }).where(eq(roles.id, role.id)).run();
    const first = onTrial(role).trial;
    const second = onTrial(role).trial;
    decideTrial({ outcome: "converted", trialId: first.id, version: first.version, note: "" }, contextFor(recruiter));
    expect(reloadRole(role.id).status).toBe("open");
    decideTrial({ outcome: "converted", trialId: second.id, version: second.version, note: "" }, contextFor(recruiter));
    expect(reloadRole(role.id).status).toBe("filled");
  });

  it("two trials for one seat: the second cannot convert until the role's headcount is raised, and nothing of it is written", () => {
    const role = makeRole(client, recruiter);
    const first = onTrial(role).trial;
    const second = onTrial(role);
    decideTrial({ outcome: "converted", trialId: first.id, version: first.version, note: "" }, contextFor(recruiter));
    expect(reloadRole(role.id)).toMatchObject({ status: "filled", headcount: 1 });
    // What the form is drawn from: the role's one hire (its other application, on trial, not counted).
    expect(getDecisionTrial(recruiter, second.trial.id)!.role).toMatchObject({ headcount: 1, hired: 1 });
    const refused = decideTrial({ outcome: "converted", trialId: second.trial.id, version: second.trial.version, note: "" }, contextFor(hiringManager));
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^Every seat on .* is taken \(1 of 1 hired\): raise its headcount/) });
    expect(reloadTrial(second.trial.id)).toMatchObject({ outcome: null, version: second.trial.version });
    expect(reloadApp(second.app.id).stage).toBe("trial");
    db().update(roles).set({ headcount: 2, status: "open" }).where(eq(roles.id, role.id)).run();
    expect(decideTrial({ outcome: "converted", trialId: second.trial.id, version: second.trial.version, note: "" }, contextFor(hiringManager))).toMatchObject({
      ok: true,
    });
    expect(reloadRole(role.id)).toMatchObject({ status: "filled", headcount: 2 });
  });

  it("ended: the application is rejected with the trial's reason", () => {
    const { app, trial } = onTrial(makeRole(client, recruiter));
    expect(
      decideTrial({ outcome: "ended", trialId: trial.id, version: trial.version, endReason: "delivery_pace", note: "Slow PRs" }, contextFor(recruiter)),
    ).toMatchObject({ ok: true });
    expect(reloadApp(app.id)).toMatchObject({ stage: "rejected", rejectionReason: "trial_ended", rejectionNote: "Slow PRs" });
    expect(reloadTrial(trial.id)).toMatchObject({ outcome: "ended", endReason: "delivery_pace" });
    expect(db().select().from(stageEvents).where(eq(stageEvents.applicationId, app.id)).all().at(-1)?.reason).toBe(
      "Trial ended: Delivery pace too slow: Slow PRs",
    );
  });

  it("extended: a new end and an extension row; not a decision", () => {
    const { app, trial } = onTrial(makeRole(client, recruiter));
    const ctx = contextFor(recruiter);
    expect(decideTrial({ outcome: "extended", trialId: trial.id, version: trial.version, endsOn: daysFromToday(16), reason: "More" }, ctx)).toMatchObject({
      ok: false,
      fieldErrors: { endsOn: `The new end date must be after the current one (${formatDay(daysFromToday(21))})` },
    });
    expect(
      decideTrial({ outcome: "extended", trialId: trial.id, version: trial.version, endsOn: daysFromToday(28), reason: "One more week on the API" }, ctx),
    ).toMatchObject({
      ok: true,
      message: `Extended: decision on ${formatDay(daysFromToday(28))}.`,
    });
    expect(reloadTrial(trial.id)).toMatchObject({ endsOn: daysFromToday(28), outcome: null });
    expect(db().select().from(trialExtensions).where(eq(trialExtensions.trialId, trial.id)).all()).toMatchObject([
      { previousEndsOn: daysFromToday(21), endsOn: daysFromToday(28), reason: "One more week on the API", actorId: recruiter.id },
    ]);
    expect(reloadApp(app.id).stage).toBe("trial");
  });

  it("a second decision is refused; an admin reopens (the hire undone, the role open again), audited", () => {
    const role = makeRole(client, recruiter);
    const { app, trial } = onTrial(role);
    decideTrial({ outcome: "converted", trialId: trial.id, version: trial.version, note: "Shipped the billing fix" }, contextFor(recruiter));
    const decided = reloadTrial(trial.id);
    expect(
      decideTrial({ outcome: "ended", trialId: trial.id, version: decided.version, endReason: "skills_gap", note: "" }, contextFor(recruiter)),
    ).toMatchObject({
      ok: false,
      message: "This trial's decision is already recorded; only an admin can reopen it.",
    });
    const reason = "The client converted the wrong engineer";
    expect(reopenTrial({ trialId: trial.id, version: decided.version, reason }, contextFor(recruiter))).toMatchObject({ ok: false });
    expect(reopenTrial({ trialId: trial.id, version: decided.version, reason }, contextFor(admin))).toMatchObject({ ok: true });
    expect(reloadTrial(trial.id)).toMatchObject({ outcome: null, decidedAt: null, decidedById: null, decisionNote: null });
    // The trial's row is undecided again; the decision reopened is kept, with who reopened it and why.
    expect(listReopenings(trial.id)).toEqual([
      expect.objectContaining({
        outcome: "converted",
        decisionNote: "Shipped the billing fix",
        decidedAt: decided.decidedAt,
        decidedBy: recruiter.name,
        reason,
        by: admin.name,
      }),
    ]);
    expect(reloadApp(app.id).stage).toBe("trial");
    expect(reloadRole(role.id).status).toBe("open");
    expect(actionsOn(trial.id)).toEqual(["trial.start", "trial.convert", "trial.reopen"]);
  });

  it("another company's hiring manager gets not found; a client viewer may not decide", () => {
    const { app, trial } = onTrial(makeRole(client, recruiter));
    const input = { outcome: "converted" as const, trialId: trial.id, version: trial.version, note: "" };
    expect(decideTrial(input, contextFor(otherHiringManager))).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
    expect(decideTrial(input, contextFor(clientViewer))).toMatchObject({ ok: false });
    expect(reloadApp(app.id).stage).toBe("trial");
    expect(reloadTrial(trial.id).outcome).toBeNull();
  });

  it("two decisions at once: the loser is told and nothing of theirs is written", () => {
    const { app, trial } = onTrial(makeRole(client, recruiter));
    expect(
      decideTrial({ outcome: "extended", trialId: trial.id, version: trial.version, endsOn: daysFromToday(26), reason: "More" }, contextFor(recruiter)).ok,
    ).toBe(true);
    expect(() => decideTrial({ outcome: "converted", trialId: trial.id, version: trial.version, note: "" }, contextFor(hiringManager))).toThrow(Conflict);
    expect(reloadApp(app.id).stage).toBe("trial");
    expect(reloadTrial(trial.id).outcome).toBeNull();
  });
});
