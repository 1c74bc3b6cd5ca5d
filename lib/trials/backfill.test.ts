import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, auditLog, roles, stageEvents, trials } from "@/db/schema";
import { moveApplications } from "@/lib/pipeline/commands";
import { contextFor, makeApplication, makeInterview, makeOrg, makeRole, makeScorecard, makeViewer } from "@/lib/testing/factories";
import { daysFromToday } from "@/lib/testing/dates";
import { backfillRunnerUp, listRunnersUp } from "./backfill";
import { decideTrial } from "./decision";

let recruiter: ReturnType<typeof makeViewer>;
let hiringManager: ReturnType<typeof makeViewer>;
let client: ReturnType<typeof makeOrg>;

const reloadApp = (id: number) => db().select().from(applications).where(eq(applications.id, id)).get()!;

/** An application whose history passed through `through` and now sits in `now`. */
function withHistory(
  role: { id: number },
  through: ("client_interview" | "offer" | "submitted")[],
  now: "rejected" | "withdrawn" | "submitted" | "client_interview",
) {
  const app = makeApplication(role, now);
  for (const stage of through) db().insert(stageEvents).values({ applicationId: app.id, fromStage: "submitted", toStage: stage, actorId: recruiter.id }).run();
  return app;
}

/** A role with an ended trial. */
function endedTrial(role: { id: number }) {
  const app = makeApplication(role, "offer");
  moveApplications(
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
  // The trial's own history includes Offer: it must not list itself.
  db().insert(stageEvents).values({ applicationId: app.id, fromStage: "client_interview", toStage: "offer", actorId: recruiter.id }).run();
  const trial = db().select().from(trials).where(eq(trials.applicationId, app.id)).get()!;
  const result = decideTrial({ outcome: "ended", trialId: trial.id, version: trial.version, endReason: "skills_gap", note: "" }, contextFor(recruiter));
  if (!result.ok) throw new Error(result.message);
  return { app, trial };
}

beforeAll(() => {
  const agency = makeOrg("agency");
  client = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  hiringManager = makeViewer("hiring_manager", client);
});

describe("the backfill after an ended trial", () => {
  it("lists exactly the role's runners-up (reached Client interview or Offer; not the trial's own; not other roles'), best score first", () => {
    const role = makeRole(client, recruiter);
    const other = makeRole(client, recruiter);
    const { app } = endedTrial(role);
    const metClient = withHistory(role, ["client_interview"], "rejected");
    const hadOffer = withHistory(role, ["client_interview", "offer"], "withdrawn");
    const stillActive = withHistory(role, ["client_interview"], "client_interview");
    withHistory(role, ["submitted"], "rejected"); // never met the client
    withHistory(other, ["client_interview"], "rejected"); // another role
    const interview = makeInterview(hadOffer, [recruiter]);
    makeScorecard(interview, recruiter, { status: "submitted", ratings: JSON.stringify({ technical_depth: 4, system_design: 3 }) });
    const list = listRunnersUp(recruiter, role, app.id);
    expect(list[0].applicationId).toBe(hadOffer.id);
    expect(new Set(list.map((r) => r.applicationId))).toEqual(new Set([hadOffer.id, metClient.id, stillActive.id]));
    expect(list[0].score?.score).not.toBeNull();
    expect(list.find((r) => r.applicationId === stillActive.id)?.canMoveBack).toBe(false);
    expect(listRunnersUp(hiringManager, role, app.id)).toEqual([]);
  });

  it("one click moves a runner-up back to Client interview (stage event, audited) and reopens a filled role", () => {
    const role = makeRole(client, recruiter);
    const { trial } = endedTrial(role);
    const runnerUp = withHistory(role, ["client_interview", "offer"], "rejected");
    db().update(roles).set({ status: "filled" }).where(eq(roles.id, role.id)).run();
    expect(backfillRunnerUp({ trialId: trial.id, applicationId: runnerUp.id, applicationVersion: runnerUp.version }, contextFor(recruiter))).toMatchObject({
      ok: true,
    });
    expect(reloadApp(runnerUp.id).stage).toBe("client_interview");
    expect(db().select().from(stageEvents).where(eq(stageEvents.applicationId, runnerUp.id)).all().at(-1)).toMatchObject({
      fromStage: "rejected",
      toStage: "client_interview",
    });
    expect(db().select().from(roles).where(eq(roles.id, role.id)).get()?.status).toBe("open");
    const audited = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "trial.backfill"), eq(auditLog.entityId, String(trial.id))))
      .all();
    expect(audited).toHaveLength(1);
    // The same click again (a stale page) moves nothing twice.
    expect(backfillRunnerUp({ trialId: trial.id, applicationId: runnerUp.id, applicationVersion: runnerUp.version }, contextFor(recruiter))).toMatchObject({
      ok: false,
      message: expect.stringContaining("already in the pipeline"),
    });
  });

  it("is the agency's: a hiring manager gets not found", () => {
    const role = makeRole(client, recruiter);
    const { trial } = endedTrial(role);
    const runnerUp = withHistory(role, ["client_interview"], "rejected");
    expect(backfillRunnerUp({ trialId: trial.id, applicationId: runnerUp.id, applicationVersion: runnerUp.version }, contextFor(hiringManager))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
    expect(reloadApp(runnerUp.id).stage).toBe("rejected");
  });
});
