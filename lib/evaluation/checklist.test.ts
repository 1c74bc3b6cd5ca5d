import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, auditLog, candidates, checklistTicks, roleLoops, roles } from "@/db/schema";
import { contextFor, makeInterview, makeOrg, makeScorecard, makeViewer } from "@/lib/testing/factories";
import { getApplicationDetail } from "@/lib/pipeline/application";
import { tickSchema } from "./checklist-schemas";
import { getChecklist, systemTick, TICKED_BY_REFERENCES, tickChecklistItem, untickChecklistItem } from "./checklist";
import { REFERENCES_ITEM } from "./defaults";

let recruiter: ReturnType<typeof makeViewer>;
let hiringManager: ReturnType<typeof makeViewer>;
let clientViewer: ReturnType<typeof makeViewer>;
let otherHiringManager: ReturnType<typeof makeViewer>;
let otherRecruiter: ReturnType<typeof makeViewer>;
let seniorRole: number;
let customRole: number;

function newApplication(roleId: number, name: string, submitted = true) {
  const c = db()
    .insert(candidates)
    .values({ name, email: `${name}@x.test`, emailNormalized: `${name}@x.test`, source: "sourced" })
    .returning()
    .get();
  const now = new Date();
  return db()
    .insert(applications)
    .values({
      roleId,
      candidateId: c.id,
      stage: submitted ? "submitted" : "screening",
      stageChangedAt: now,
      submittedAt: submitted ? now : null,
      ownerId: recruiter.id,
    })
    .returning()
    .get();
}
const ticksOf = (id: number) => db().select().from(checklistTicks).where(eq(checklistTicks.applicationId, id)).all();
/** The tick a page shows (its time), as the untick button sends it back. */
const seen = (id: number, item: string) =>
  ticksOf(id)
    .find((t) => t.item === item)!
    .tickedAt.getTime();

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  const otherClient = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  otherRecruiter = makeViewer("recruiter", agency);
  hiringManager = makeViewer("hiring_manager", client);
  clientViewer = makeViewer("client_viewer", client);
  otherHiringManager = makeViewer("hiring_manager", otherClient);
  seniorRole = db().insert(roles).values({ clientId: client.id, title: "Senior", type: "senior", status: "open", ownerId: recruiter.id }).returning().get().id;
  customRole = db().insert(roles).values({ clientId: client.id, title: "Lead", type: "lead", status: "open", ownerId: recruiter.id }).returning().get().id;
  db()
    .insert(roleLoops)
    .values({ roleId: customRole, plan: JSON.stringify(["coding"]), weights: JSON.stringify({}), checklist: JSON.stringify(["Past startup work"]) })
    .run();
});

describe("the tick's input", () => {
  it.each([
    ["", "missing"],
    ["  ok ", "two characters once trimmed"],
    [undefined, "absent"],
  ])("refuses evidence %j (%s) with the message next to the field", (evidence, _why) => {
    const result = tickSchema.safeParse({ applicationId: 1, item: "Deep coding exercise", evidence });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path[0], i.message])).toEqual([["evidence", "Write a short note of the evidence (at least 3 characters)"]]);
  });

  it("trims the evidence and refuses more than 500 characters", () => {
    expect(tickSchema.parse({ applicationId: "1", item: "x", evidence: "  Solid tests  " }).evidence).toBe("Solid tests");
    expect(tickSchema.safeParse({ applicationId: 1, item: "x", evidence: "a".repeat(501) }).success).toBe(false);
  });
});

describe("ticking the checklist (real database)", () => {
  it("lists the role's items with progress, and a tick keeps its evidence, who and when, audited in the same transaction", () => {
    const app = newApplication(seniorRole, "ticked");
    const before = getChecklist(recruiter, { id: app.id, role: { id: seniorRole, type: "senior" } as never })!;
    expect(before).toMatchObject({ done: 0, total: 5 });
    expect(before.items.map((i) => i.item)).toContain(REFERENCES_ITEM);

    const result = tickChecklistItem({ applicationId: app.id, item: "Deep coding exercise", evidence: "Paired on the billing service" }, contextFor(recruiter));
    expect(result).toMatchObject({ ok: true });
    const after = getChecklist(recruiter, getApplicationDetail(recruiter, app.id)!)!;
    expect(after.done).toBe(1);
    const entry = after.items.find((i) => i.item === "Deep coding exercise")!;
    expect(entry.tick).toMatchObject({ evidence: "Paired on the billing service", by: { id: recruiter.id, name: recruiter.name } });
    expect(entry.tick!.at).toBeInstanceOf(Date);
    const audit = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "checklist.tick"), eq(auditLog.entityId, String(app.id))))
      .all();
    expect(audit).toHaveLength(1);
  });

  it("refuses an item that is not on the role's checklist, even one of the role type's template", () => {
    const app = newApplication(customRole, "custom");
    const result = tickChecklistItem({ applicationId: app.id, item: "Evidence of mentoring", evidence: "Mentored two juniors" }, contextFor(recruiter));
    expect(result).toMatchObject({ ok: false, fieldErrors: { item: expect.stringContaining("not on the role's checklist") } });
    expect(ticksOf(app.id)).toEqual([]);
    expect(tickChecklistItem({ applicationId: app.id, item: "Past startup work", evidence: "CTO at a seed startup" }, contextFor(recruiter)).ok).toBe(true);
  });

  it("a second tick of the same item is refused and keeps the first evidence", () => {
    const app = newApplication(seniorRole, "twice");
    tickChecklistItem({ applicationId: app.id, item: "Debugging and testing task", evidence: "First" + " note" }, contextFor(recruiter));
    const again = tickChecklistItem({ applicationId: app.id, item: "Debugging and testing task", evidence: "Second note" }, contextFor(recruiter));
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining("already ticked") });
    expect(ticksOf(app.id).map((t) => t.evidence)).toEqual(["First note"]);
  });

  it("unticking removes the tick and keeps an audit row with its evidence", () => {
    const app = newApplication(seniorRole, "unticked");
    tickChecklistItem({ applicationId: app.id, item: "Deep coding exercise", evidence: "Strong pairing" }, contextFor(recruiter));
    const tickedAt = seen(app.id, "Deep coding exercise");
    expect(untickChecklistItem({ applicationId: app.id, item: "Deep coding exercise", tickedAt }, contextFor(recruiter)).ok).toBe(true);
    expect(ticksOf(app.id)).toEqual([]);
    const audit = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "checklist.untick"), eq(auditLog.entityId, String(app.id))))
      .get();
    expect(audit?.details).toMatchObject({ item: "Deep coding exercise", evidence: "Strong pairing", tickedById: recruiter.id });
    expect(untickChecklistItem({ applicationId: app.id, item: "Deep coding exercise", tickedAt }, contextFor(recruiter)).ok).toBe(false);
  });

  it("an untick from a page loaded before someone ticked the item again is refused, and their tick stays", () => {
    const app = newApplication(seniorRole, "stale-untick");
    const item = "Deep coding exercise";
    tickChecklistItem({ applicationId: app.id, item, evidence: "First look" }, contextFor(recruiter));
    const stale = seen(app.id, item);
    expect(untickChecklistItem({ applicationId: app.id, item, tickedAt: stale }, contextFor(otherRecruiter)).ok).toBe(true);
    const later = Date.now() + 2;
    while (Date.now() < later); // the new tick is a later moment than the one the stale page shows
    tickChecklistItem({ applicationId: app.id, item, evidence: "Fresh evidence" }, contextFor(otherRecruiter));
    expect(untickChecklistItem({ applicationId: app.id, item, tickedAt: stale }, contextFor(recruiter))).toMatchObject({
      ok: false,
      message: `Someone ticked "${item}" again since you loaded the page; reload to see their evidence.`,
    });
    expect(ticksOf(app.id).map((t) => t.evidence)).toEqual(["Fresh evidence"]);
  });

  it("leaves 'Two references checked' to the references: no one ticks it by hand or unticks the system's tick", () => {
    const app = newApplication(seniorRole, "references");
    expect(tickChecklistItem({ applicationId: app.id, item: REFERENCES_ITEM, evidence: "Called them both" }, contextFor(recruiter))).toMatchObject({
      ok: false,
      fieldErrors: { item: TICKED_BY_REFERENCES },
    });
    expect(ticksOf(app.id)).toEqual([]);
    db().transaction((tx) => systemTick(tx, contextFor(recruiter), { applicationId: app.id, item: REFERENCES_ITEM, evidence: "References: A, B" }));
    expect(untickChecklistItem({ applicationId: app.id, item: REFERENCES_ITEM, tickedAt: seen(app.id, REFERENCES_ITEM) }, contextFor(recruiter))).toMatchObject(
      {
        ok: false,
        message: TICKED_BY_REFERENCES,
      },
    );
    expect(ticksOf(app.id).map((t) => [t.item, t.evidence, t.tickedById])).toEqual([[REFERENCES_ITEM, "References: A, B", null]]);
  });

  it("another company's hiring manager, and any client user, is answered not found and nothing is written", () => {
    const app = newApplication(seniorRole, "guarded");
    for (const viewer of [otherHiringManager, hiringManager, clientViewer]) {
      expect(tickChecklistItem({ applicationId: app.id, item: "Deep coding exercise", evidence: "Sneaky" }, contextFor(viewer))).toMatchObject({
        ok: false,
        message: expect.stringContaining("Not found"),
      });
      expect(untickChecklistItem({ applicationId: app.id, item: "Deep coding exercise", tickedAt: Date.now() }, contextFor(viewer)).ok).toBe(false);
    }
    expect(ticksOf(app.id)).toEqual([]);
    expect(getChecklist(hiringManager, getApplicationDetail(hiringManager, app.id)!)).toBeUndefined();
  });

  it("an application that does not exist is not found", () => {
    expect(tickChecklistItem({ applicationId: 999_999, item: "Deep coding exercise", evidence: "Nothing" }, contextFor(recruiter))).toMatchObject({
      ok: false,
      message: expect.stringContaining("Not found"),
    });
  });
});

describe("evidence and the blind rule", () => {
  it("an interviewer who owes a scorecard sees what is ticked, by whom, but not another's evidence until they submit", () => {
    const agency = makeOrg("agency");
    const interviewer = makeViewer("recruiter", agency);
    const app = newApplication(seniorRole, "blind-evidence");
    tickChecklistItem({ applicationId: app.id, item: "Deep coding exercise", evidence: "Strong yes from the coding round" }, contextFor(recruiter));
    const interview = makeInterview(app, [interviewer]);
    tickChecklistItem({ applicationId: app.id, item: "Debugging and testing task", evidence: "My own note" }, contextFor(interviewer));

    const owing = getChecklist(interviewer, getApplicationDetail(interviewer, app.id)!)!;
    const tickOf = (list: typeof owing, item: string) => list.items.find((i) => i.item === item)!.tick;
    expect(owing.blind).toBe(true);
    expect(tickOf(owing, "Deep coding exercise")).toMatchObject({ evidence: null, by: { id: recruiter.id } });
    expect(tickOf(owing, "Debugging and testing task")).toMatchObject({ evidence: "My own note" });
    // The system's tick of the references quotes the calls, which the References section shows anyway.
    db().transaction((tx) =>
      systemTick(tx, contextFor(recruiter), { applicationId: app.id, item: REFERENCES_ITEM, evidence: "References: A (positive), B (mixed)" }),
    );
    expect(tickOf(getChecklist(interviewer, getApplicationDetail(interviewer, app.id)!)!, REFERENCES_ITEM)).toMatchObject({
      evidence: "References: A (positive), B (mixed)",
      by: null,
    });
    // The recruiter running it owes nothing and sees everything.
    expect(tickOf(getChecklist(recruiter, getApplicationDetail(recruiter, app.id)!)!, "Deep coding exercise")).toMatchObject({
      evidence: "Strong yes from the coding round",
    });

    makeScorecard(interview, interviewer, { status: "submitted", recommendation: "yes" });
    const submitted = getChecklist(interviewer, getApplicationDetail(interviewer, app.id)!)!;
    expect(submitted.blind).toBe(false);
    expect(tickOf(submitted, "Deep coding exercise")).toMatchObject({ evidence: "Strong yes from the coding round" });
  });
});
