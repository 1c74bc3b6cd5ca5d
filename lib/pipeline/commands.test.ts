import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, auditLog, candidates, roles, stageEvents, type Stage } from "@/db/schema";
import { Conflict } from "@/lib/action";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import { addCandidateToRole, moveApplications } from "./commands";
import { SUBMIT_FIRST } from "./stages";

let recruiter: ReturnType<typeof makeViewer>;
let otherRecruiter: ReturnType<typeof makeViewer>;
let hiringManager: ReturnType<typeof makeViewer>;
let otherHiringManager: ReturnType<typeof makeViewer>;
let roleId: number;

function newApplication(name: string) {
  const c = db()
    .insert(candidates)
    .values({ name, email: `${name}@x.test`, emailNormalized: `${name}@x.test`, source: "sourced" })
    .returning()
    .get();
  const result = addCandidateToRole({ roleId, candidateId: c.id }, contextFor(recruiter));
  if (!result.ok) throw new Error(result.message);
  return db().select().from(applications).where(eq(applications.id, result.data!.id)).get()!;
}
const eventsOf = (id: number) => db().select().from(stageEvents).where(eq(stageEvents.applicationId, id)).all();
const reload = (id: number) => db().select().from(applications).where(eq(applications.id, id)).get()!;

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  const otherClient = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  otherRecruiter = makeViewer("recruiter", agency);
  hiringManager = makeViewer("hiring_manager", client);
  otherHiringManager = makeViewer("hiring_manager", otherClient);
  roleId = db().insert(roles).values({ clientId: client.id, title: "Lead", type: "lead", status: "open", ownerId: recruiter.id }).returning().get().id;
});

describe("moving applications (real database)", () => {
  it("records the move, its stage event and the first submission", () => {
    const app = newApplication("mover");
    const result = moveApplications({ roleId, to: "submitted", applications: [{ id: app.id, version: app.version }], note: "" }, contextFor(recruiter));
    expect(result).toMatchObject({ ok: true, message: "Moved 1 candidate to Submitted." });
    const after = reload(app.id);
    expect(after).toMatchObject({ stage: "submitted", version: app.version + 1 });
    expect(after.submittedAt).not.toBeNull();
    expect(eventsOf(app.id).map((e) => [e.fromStage, e.toStage, e.actorId])).toEqual([
      [null, "sourced", recruiter.id],
      ["sourced", "submitted", recruiter.id],
    ]);
  });

  it("detects a concurrent move: the second, with the old version, is refused and changes nothing", () => {
    const app = newApplication("contested");
    moveApplications({ roleId, to: "screening", applications: [{ id: app.id, version: app.version }], note: "" }, contextFor(recruiter));
    expect(() =>
      moveApplications({ roleId, to: "interviewing", applications: [{ id: app.id, version: app.version }], note: "" }, contextFor(otherRecruiter)),
    ).toThrow(Conflict);
    expect(reload(app.id).stage).toBe("screening");
    expect(eventsOf(app.id)).toHaveLength(2);
  });

  it("the loser of two moves to the same stage hears about the conflict, not that the card is already there", () => {
    const app = newApplication("same-target");
    moveApplications({ roleId, to: "submitted", applications: [{ id: app.id, version: app.version }] }, contextFor(recruiter));
    const seen = reload(app.id).version;
    expect(moveApplications({ roleId, to: "client_interview", applications: [{ id: app.id, version: seen }] }, contextFor(recruiter)).ok).toBe(true);
    // The hiring manager's board still showed the card in Submitted.
    const loser = () => moveApplications({ roleId, to: "client_interview", applications: [{ id: app.id, version: seen }] }, contextFor(hiringManager));
    expect(loser).toThrow(Conflict);
    expect(loser).toThrow("Someone else moved this candidate meanwhile; reload to see the change.");
    expect(eventsOf(app.id).map((e) => e.actorId)).toEqual([recruiter.id, recruiter.id, recruiter.id]);
  });

  it("a refused bulk move names the candidate it is refused for and moves no one", () => {
    const ready = newApplication("bulk-ready");
    const early = newApplication("bulk-early");
    moveApplications({ roleId, to: "submitted", applications: [{ id: ready.id, version: ready.version }] }, contextFor(recruiter));
    const both = [ready.id, early.id].map((id) => ({ id, version: reload(id).version }));
    expect(moveApplications({ roleId, to: "client_interview", applications: both }, contextFor(recruiter))).toMatchObject({
      ok: false,
      message: "bulk-early: Submit the candidate to the client first (move to Submitted). No one was moved.",
    });
    expect([reload(ready.id).stage, reload(early.id).stage]).toEqual(["submitted", "sourced"]);
    // One card: the refusal alone, as the board shows it beside that card.
    expect(moveApplications({ roleId, to: "client_interview", applications: both.slice(1) }, contextFor(recruiter))).toMatchObject({
      ok: false,
      message: "Submit the candidate to the client first (move to Submitted)",
    });
  });

  it("refuses to start a trial without the trial's plan, with field messages, and leaves the offer as it was", () => {
    const app = newApplication("trialist");
    for (const to of ["submitted", "offer"] as const) {
      expect(moveApplications({ roleId, to, applications: [{ id: app.id, version: reload(app.id).version }] }, contextFor(recruiter)).ok).toBe(true);
    }
    const before = reload(app.id);
    expect(moveApplications({ roleId, to: "trial", applications: [{ id: app.id, version: before.version }] }, contextFor(recruiter))).toMatchObject({
      ok: false,
      fieldErrors: { startsOn: "Choose the start date", onboardingOwnerId: "Choose the onboarding owner", weekOneGoals: expect.any(String) },
    });
    expect(reload(app.id)).toMatchObject({ stage: "offer", version: before.version });
    expect(eventsOf(app.id)).toHaveLength(3);
  });

  it("a candidate reaches the client's later stages only through a submission, from the board or back from Rejected", () => {
    const move = (app: { id: number }, to: Stage, input: Record<string, unknown> = {}) =>
      moveApplications({ roleId, to, applications: [{ id: app.id, version: reload(app.id).version }], ...input }, contextFor(recruiter));
    const never = newApplication("never submitted");
    expect(move(never, "client_interview")).toMatchObject({ ok: false, message: SUBMIT_FIRST });
    expect(move(never, "rejected", { reason: "skills_mismatch" }).ok).toBe(true);
    expect(move(never, "offer")).toMatchObject({ ok: false, message: SUBMIT_FIRST });
    expect(reload(never.id)).toMatchObject({ stage: "rejected", submittedAt: null });

    const met = newApplication("submitted once");
    for (const to of ["submitted", "client_interview"] as const) expect(move(met, to).ok).toBe(true);
    expect(move(met, "rejected", { reason: "client_declined" }).ok).toBe(true);
    expect(move(met, "client_interview").ok).toBe(true);
    expect(reload(met.id).stage).toBe("client_interview");
  });

  it("a rejection needs its reason (and a note for “Other”), checked by the server with the dialog's schema", () => {
    const app = newApplication("rejectee");
    const reject = (input: Record<string, unknown>) =>
      moveApplications({ roleId, to: "rejected", applications: [{ id: app.id, version: reload(app.id).version }], ...input }, contextFor(recruiter));
    expect(reject({})).toMatchObject({ ok: false, fieldErrors: { reason: "Choose a reason for rejecting" } });
    expect(reject({ reason: "other", note: "   " })).toMatchObject({ ok: false, fieldErrors: { note: "Say why, for “Other”" } });
    expect(reject({ reason: "no_such_reason" })).toMatchObject({ ok: false, fieldErrors: { reason: "Choose a reason for rejecting" } });
    expect(reload(app.id).stage).toBe("sourced");
    expect(reject({ reason: "skills_mismatch", note: " Mostly Go. " })).toMatchObject({ ok: true, message: "Moved 1 candidate to Rejected." });
    expect(reload(app.id)).toMatchObject({ stage: "rejected", rejectionReason: "skills_mismatch", rejectionNote: "Mostly Go." });
    expect(eventsOf(app.id).at(-1)?.reason).toBe("Skills do not match the role: Mostly Go.");
    // Moving on clears the rejection.
    moveApplications({ roleId, to: "screening", applications: [{ id: app.id, version: reload(app.id).version }] }, contextFor(recruiter));
    expect(reload(app.id)).toMatchObject({ stage: "screening", rejectionReason: null, rejectionNote: null });
  });

  describe("Undo (a move back sent with undo: true)", () => {
    const lastEventId = (id: number) => Math.max(...eventsOf(id).map((e) => e.id));
    const daysAgo = (n: number) => new Date(Math.floor(Date.now() / 1000 - n * 86_400) * 1000);
    /** An application that entered Screening ten days ago, then was moved on to `to` just now. */
    function movedByMistake(name: string, to: Stage) {
      const app = newApplication(name);
      moveApplications({ roleId, to: "screening", applications: [{ id: app.id, version: app.version }] }, contextFor(recruiter));
      const entered = daysAgo(10);
      db().update(applications).set({ stageChangedAt: entered }).where(eq(applications.id, app.id)).run();
      db()
        .update(stageEvents)
        .set({ createdAt: entered })
        .where(eq(stageEvents.id, lastEventId(app.id)))
        .run();
      const extra = to === "rejected" ? { reason: "skills_mismatch" } : {};
      moveApplications({ roleId, to, applications: [{ id: app.id, version: reload(app.id).version }], ...extra }, contextFor(recruiter));
      return { id: app.id, entered };
    }
    const undo = (id: number, to: Stage, undo?: true) =>
      moveApplications({ roleId, to, applications: [{ id, version: reload(id).version }], undo }, contextFor(recruiter));

    it("gives the application back the time it had entered the stage, and still records both moves", () => {
      const { id, entered } = movedByMistake("undo-a", "rejected");
      expect(reload(id).stageChangedAt.getTime()).toBeGreaterThan(entered.getTime());
      expect(undo(id, "screening", true).ok).toBe(true);
      expect(reload(id)).toMatchObject({ stage: "screening", stageChangedAt: entered, rejectionReason: null });
      expect(
        eventsOf(id)
          .sort((a, b) => a.id - b.id)
          .map((e) => e.toStage),
      ).toEqual(["sourced", "screening", "rejected", "screening"]);
    });

    it("still does after the same mistake and Undo a second time", () => {
      const { id, entered } = movedByMistake("undo-twice", "interviewing");
      undo(id, "screening", true);
      moveApplications({ roleId, to: "interviewing", applications: [{ id, version: reload(id).version }] }, contextFor(recruiter));
      undo(id, "screening", true);
      expect(reload(id)).toMatchObject({ stage: "screening", stageChangedAt: entered });
    });

    it("is an ordinary move, dated now, without the flag, after a later move, or once the undo window has passed", () => {
      const plain = movedByMistake("undo-b", "interviewing");
      undo(plain.id, "screening");
      expect(reload(plain.id).stageChangedAt.getTime()).toBeGreaterThan(plain.entered.getTime());

      // Moved on again since: Undo of the first move (back to Screening) is not the latest move's reverse.
      const later = movedByMistake("undo-c", "interviewing");
      moveApplications(
        { roleId, to: "rejected", applications: [{ id: later.id, version: reload(later.id).version }], reason: "skills_mismatch" },
        contextFor(recruiter),
      );
      undo(later.id, "screening", true);
      expect(reload(later.id).stageChangedAt.getTime()).toBeGreaterThan(later.entered.getTime());

      const stale = movedByMistake("undo-d", "interviewing");
      db()
        .update(stageEvents)
        .set({ createdAt: new Date(Date.now() - 3 * 60_000) })
        .where(eq(stageEvents.id, lastEventId(stale.id)))
        .run();
      undo(stale.id, "screening", true);
      expect(reload(stale.id).stageChangedAt.getTime()).toBeGreaterThan(stale.entered.getTime());
    });
  });

  describe("Undo of one's own move, where the stage rules refuse the way back", () => {
    /** An application submitted by the recruiter, then moved by the hiring manager to `to`. */
    function movedByClient(name: string, to: Stage) {
      const app = newApplication(name);
      moveApplications({ roleId, to: "submitted", applications: [{ id: app.id, version: app.version }] }, contextFor(recruiter));
      const extra = to === "rejected" ? { reason: "client_declined" } : {};
      const made = moveApplications({ roleId, to, applications: [{ id: app.id, version: reload(app.id).version }], ...extra }, contextFor(hiringManager));
      expect(made.ok).toBe(true);
      return app.id;
    }
    const back = (id: number, to: Stage, by = hiringManager, undo = true) =>
      moveApplications({ roleId, to, applications: [{ id, version: reload(id).version }], ...(undo ? { undo } : {}) }, contextFor(by));

    it("lets a hiring manager take back their own rejection, or their move to Client interview, within the window", () => {
      const rejected = movedByClient("hm-undo-reject", "rejected");
      expect(back(rejected, "submitted")).toMatchObject({ ok: true, message: "Moved 1 candidate to Submitted." });
      expect(reload(rejected)).toMatchObject({ stage: "submitted", rejectionReason: null });
      // The audit row says it was an Undo (why a hiring manager moved a candidate out of Rejected).
      const audit = db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "application"), eq(auditLog.entityId, String(rejected)), eq(auditLog.actorId, hiringManager.id)))
        .all()
        .map((a) => a.details);
      expect(audit).toContainEqual({ from: "rejected", to: "submitted", reason: null, undo: true });
      const interviewed = movedByClient("hm-undo-interview", "client_interview");
      expect(back(interviewed, "submitted").ok).toBe(true);
      expect(eventsOf(interviewed).map((e) => [e.fromStage, e.toStage, e.actorId])).toEqual([
        [null, "sourced", recruiter.id],
        ["sourced", "submitted", recruiter.id],
        ["submitted", "client_interview", hiringManager.id],
        ["client_interview", "submitted", hiringManager.id],
      ]);
    });

    it("leaves no trace in the client's latest move or the furthest stage reached (the recruiter's home, the funnel)", () => {
      // Offer taken back at once: the agency put the candidate in Client interview, the client made no move that stands.
      const app = newApplication("hm-undo-offer");
      moveApplications({ roleId, to: "submitted", applications: [{ id: app.id, version: app.version }] }, contextFor(recruiter));
      moveApplications({ roleId, to: "client_interview", applications: [{ id: app.id, version: reload(app.id).version }] }, contextFor(recruiter));
      moveApplications({ roleId, to: "offer", applications: [{ id: app.id, version: reload(app.id).version }] }, contextFor(hiringManager));
      expect(reload(app.id)).toMatchObject({ reachedRank: 5 });
      expect(reload(app.id).clientMovedAt).not.toBeNull();
      expect(back(app.id, "client_interview").ok).toBe(true);
      expect(reload(app.id)).toMatchObject({ stage: "client_interview", reachedRank: 4, clientMovedAt: null });
      const events = eventsOf(app.id);
      expect(events.at(-1)!.undoesId).toBe(events.at(-2)!.id);
      // No stay in Offer, and the stay in Client interview goes on as if never left (time in stage).
      const stays = () => eventsOf(app.id).map((e) => [e.toStage, e.leftAt === null ? "open" : "ended"]);
      expect(stays()).toEqual([
        ["sourced", "ended"],
        ["submitted", "ended"],
        ["client_interview", "open"],
        ["offer", "open"],
        ["client_interview", "open"],
      ]);
      // The next move ends that stay, from its start: the undone move and the Undo are no stays of their own.
      moveApplications({ roleId, to: "offer", applications: [{ id: app.id, version: reload(app.id).version }] }, contextFor(recruiter));
      const after = eventsOf(app.id);
      expect(after[2].leftAt).toEqual(after[5].createdAt);
      expect([after[3].leftAt, after[4].leftAt]).toEqual([null, null]);
      // A client move that stands is still theirs after a later one is undone.
      const interviewed = movedByClient("hm-undo-keeps", "client_interview");
      const movedAt = reload(interviewed).clientMovedAt;
      moveApplications({ roleId, to: "offer", applications: [{ id: interviewed, version: reload(interviewed).version }] }, contextFor(hiringManager));
      expect(back(interviewed, "client_interview").ok).toBe(true);
      expect(reload(interviewed)).toMatchObject({ reachedRank: 4, clientMovedAt: movedAt });
      // An Undo sent again for the Undo itself is an ordinary move, not the undoing of both.
      const again = movedByClient("hm-undo-again", "client_interview");
      moveApplications({ roleId, to: "offer", applications: [{ id: again, version: reload(again).version }] }, contextFor(hiringManager));
      expect(back(again, "client_interview").ok).toBe(true);
      expect(back(again, "offer").ok).toBe(true);
      expect(eventsOf(again).at(-1)!.undoesId).toBeNull();
      expect(reload(again)).toMatchObject({ stage: "offer", reachedRank: 5 });
      expect(reload(again).clientMovedAt).not.toBeNull();
      // A plain move back (no Undo) is a move like any other: the Offer stays reached.
      const plain = movedByClient("hm-undo-none", "offer");
      back(plain, "client_interview", recruiter, false);
      expect(reload(plain)).toMatchObject({ reachedRank: 5 });
    });

    it("is refused by the stage rules without the flag, for someone else's move, after a later move, or once the window has passed", () => {
      const plain = movedByClient("hm-undo-plain", "rejected");
      expect(back(plain, "submitted", hiringManager, false)).toMatchObject({ ok: false, message: "Only the agency can move a candidate out of Rejected" });
      // The recruiter rejected this one: the hiring manager's Undo is not theirs to make.
      const app = newApplication("hm-undo-theirs");
      moveApplications({ roleId, to: "submitted", applications: [{ id: app.id, version: app.version }] }, contextFor(recruiter));
      moveApplications(
        { roleId, to: "rejected", applications: [{ id: app.id, version: reload(app.id).version }], reason: "skills_mismatch" },
        contextFor(recruiter),
      );
      expect(back(app.id, "submitted").ok).toBe(false);
      // Moved on since (to Offer): an Undo back to Submitted is not the latest move's reverse.
      const later = movedByClient("hm-undo-later", "client_interview");
      moveApplications({ roleId, to: "offer", applications: [{ id: later, version: reload(later).version }] }, contextFor(hiringManager));
      expect(back(later, "submitted").ok).toBe(false);
      const stale = movedByClient("hm-undo-stale", "rejected");
      const last = Math.max(...eventsOf(stale).map((e) => e.id));
      db()
        .update(stageEvents)
        .set({ createdAt: new Date(Date.now() - 3 * 60_000) })
        .where(eq(stageEvents.id, last))
        .run();
      expect(back(stale, "submitted").ok).toBe(false);
      for (const id of [plain, app.id, stale]) expect(reload(id).stage).toBe("rejected");
      expect(reload(later).stage).toBe("offer");
    });

    it("never takes back a trial's end: only a trial's decision (or an admin reopening it) does", () => {
      const app = newApplication("hm-undo-trial");
      moveApplications({ roleId, to: "submitted", applications: [{ id: app.id, version: app.version }] }, contextFor(recruiter));
      moveApplications({ roleId, to: "offer", applications: [{ id: app.id, version: reload(app.id).version }] }, contextFor(hiringManager));
      // A trial ended by the hiring manager's decision: its stage event runs from Trial to Rejected.
      db().update(applications).set({ stage: "trial" }).where(eq(applications.id, app.id)).run();
      db().insert(stageEvents).values({ applicationId: app.id, fromStage: "offer", toStage: "trial", actorId: recruiter.id }).run();
      db().update(applications).set({ stage: "rejected" }).where(eq(applications.id, app.id)).run();
      db().insert(stageEvents).values({ applicationId: app.id, fromStage: "trial", toStage: "rejected", actorId: hiringManager.id }).run();
      expect(back(app.id, "trial").ok).toBe(false);
      expect(reload(app.id).stage).toBe("rejected");
    });

    it("carries no form: a hiring manager's Undo to Submitted cannot decide the résumé's sharing", () => {
      const id = movedByClient("hm-undo-share", "client_interview");
      expect(reload(id).resumeShared).toBe(false);
      const sneaky = moveApplications(
        { roleId, to: "submitted", applications: [{ id, version: reload(id).version }], undo: true, shareResume: true },
        contextFor(hiringManager),
      );
      expect(sneaky.ok).toBe(true);
      expect(reload(id)).toMatchObject({ stage: "submitted", resumeShared: false });
    });
  });

  it("a bulk move is all or nothing: one stale version rolls back every move", () => {
    const a = newApplication("bulk-a");
    const b = newApplication("bulk-b");
    moveApplications({ roleId, to: "screening", applications: [{ id: b.id, version: b.version }], note: "" }, contextFor(otherRecruiter));
    expect(() =>
      moveApplications(
        {
          roleId,
          to: "interviewing",
          applications: [
            { id: a.id, version: a.version },
            { id: b.id, version: b.version },
          ],
          note: "",
        },
        contextFor(recruiter),
      ),
    ).toThrow(Conflict);
    expect(reload(a.id).stage).toBe("sourced");
    expect(reload(b.id).stage).toBe("screening");
  });

  it("a hiring manager cannot see, so cannot move, what was never submitted; nor another company's", () => {
    const app = newApplication("unsubmitted");
    expect(
      moveApplications({ roleId, to: "client_interview", applications: [{ id: app.id, version: app.version }], note: "" }, contextFor(hiringManager)),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
    const submitted = newApplication("submitted");
    moveApplications({ roleId, to: "submitted", applications: [{ id: submitted.id, version: submitted.version }], note: "" }, contextFor(recruiter));
    const v = reload(submitted.id).version;
    expect(moveApplications({ roleId, to: "offer", applications: [{ id: submitted.id, version: v }], note: "" }, contextFor(otherHiringManager))).toMatchObject(
      {
        ok: false,
        message: expect.stringMatching(/^Not found/),
      },
    );
    expect(moveApplications({ roleId, to: "screening", applications: [{ id: submitted.id, version: v }], note: "" }, contextFor(hiringManager))).toMatchObject({
      ok: false,
      message: "You can move candidates only to Client interview, Offer or Rejected",
    });
    expect(moveApplications({ roleId, to: "client_interview", applications: [{ id: submitted.id, version: v }], note: "" }, contextFor(hiringManager)).ok).toBe(
      true,
    );
  });

  it("puts a candidate on a role only once", () => {
    const app = newApplication("once");
    expect(addCandidateToRole({ roleId, candidateId: app.candidateId }, contextFor(recruiter))).toMatchObject({
      ok: false,
      message: expect.stringContaining("already on this role"),
    });
  });
});
