import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, auditLog, candidates, checklistTicks, references, roleLoops, roles } from "@/db/schema";
import { Conflict } from "@/lib/action";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import { tickChecklistItem, untickChecklistItem } from "./checklist";
import { saveRoleLoop } from "./template-commands";
import { defaultTemplates, REFERENCES_ITEM } from "./defaults";
import { checklistProgress, referenceSummaries } from "./summaries";
import { addRefereeSchema } from "./reference-schemas";
import { addReferee, listReferences, recordReferenceCall, referenceQuestionsFor, removeReferee, updateReferee } from "./references";

let recruiter: ReturnType<typeof makeViewer>;
let otherRecruiter: ReturnType<typeof makeViewer>;
let hiringManager: ReturnType<typeof makeViewer>;
let otherHiringManager: ReturnType<typeof makeViewer>;
let leadRole: number;
let client: ReturnType<typeof makeOrg>;
let noReferencesRole: number;

function newApplication(roleId: number, name: string) {
  const c = db()
    .insert(candidates)
    .values({ name, email: `${name}@x.test`, emailNormalized: `${name}@x.test`, source: "sourced" })
    .returning()
    .get();
  const now = new Date();
  return db()
    .insert(applications)
    .values({ roleId, candidateId: c.id, stage: "submitted", stageChangedAt: now, submittedAt: now, ownerId: recruiter.id })
    .returning()
    .get();
}
const referee = (applicationId: number, name: string) => {
  const result = addReferee(
    { applicationId, name, relationship: "Manager", company: "Acme", email: `${name.split(" ")[0]}@ref.test`, phone: "" },
    contextFor(recruiter),
  );
  if (!result.ok) throw new Error(result.message);
  return db().select().from(references).where(eq(references.id, result.data!.id)).get()!;
};
const call = (ref: { id: number; version: number }, outcome: "positive" | "mixed" | "negative", viewer = recruiter) =>
  recordReferenceCall(
    { referenceId: ref.id, version: ref.version, answers: referenceQuestionsFor("lead").map((q) => `Answer to ${q}`), notes: "Warm call", outcome },
    contextFor(viewer),
  );
const tickOf = (applicationId: number) =>
  db()
    .select()
    .from(checklistTicks)
    .where(and(eq(checklistTicks.applicationId, applicationId), eq(checklistTicks.item, REFERENCES_ITEM)))
    .all();

beforeAll(() => {
  const agency = makeOrg("agency");
  client = makeOrg("client");
  const otherClient = makeOrg("client");
  recruiter = makeViewer("recruiter", agency);
  otherRecruiter = makeViewer("recruiter", agency);
  hiringManager = makeViewer("hiring_manager", client);
  otherHiringManager = makeViewer("hiring_manager", otherClient);
  leadRole = db().insert(roles).values({ clientId: client.id, title: "Lead", type: "lead", status: "open", ownerId: recruiter.id }).returning().get().id;
  noReferencesRole = db()
    .insert(roles)
    .values({ clientId: client.id, title: "Lead 2", type: "lead", status: "open", ownerId: recruiter.id })
    .returning()
    .get().id;
  db()
    .insert(roleLoops)
    .values({ roleId: noReferencesRole, plan: JSON.stringify(["coding"]), weights: JSON.stringify({}), checklist: JSON.stringify(["Past startup work"]) })
    .run();
});

describe("referees", () => {
  it("asks for a name, a relationship, and an email or a phone", () => {
    const result = addRefereeSchema.safeParse({ applicationId: 1, name: "Ana", relationship: "Manager", email: "", phone: "" });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["email", "Give an email or a phone number"]]);
    const missing = addRefereeSchema.safeParse({ applicationId: 1, name: " ", relationship: "", email: "ana@x.test" });
    expect(missing.error?.issues.map((i) => i.path[0])).toEqual(["name", "relationship"]);
  });

  it("adds, edits with a version check (the second of two concurrent edits is told), and removes until the call is recorded", () => {
    const app = newApplication(leadRole, "edited");
    const ana = referee(app.id, "Ana Ruiz");
    const fields = { name: "Ana Ruiz", relationship: "Her manager at Acme", company: "Acme", email: "ana@ref.test", phone: "+1 555 0100" };
    expect(updateReferee({ referenceId: ana.id, version: ana.version, ...fields }, contextFor(recruiter)).ok).toBe(true);
    expect(() => updateReferee({ referenceId: ana.id, version: ana.version, ...fields, phone: "" }, contextFor(otherRecruiter))).toThrow(Conflict);
    expect(listReferences(recruiter, app)![0]).toMatchObject({ relationship: "Her manager at Acme", phone: "+1 555 0100", version: ana.version + 1 });
    expect(() => removeReferee({ referenceId: ana.id, version: ana.version }, contextFor(recruiter))).toThrow(Conflict);

    const reloaded = listReferences(recruiter, app)![0];
    expect(call(reloaded, "positive").ok).toBe(true);
    const completed = listReferences(recruiter, app)![0];
    expect(completed.completedAt).toBeInstanceOf(Date);
    expect(completed.answers[0]).toEqual({ question: "How did they deliver under pressure?", answer: "Answer to How did they deliver under pressure?" });
    expect(completed.answers.map((a) => a.question)).toContain("How did they delegate?");
    expect(removeReferee({ referenceId: completed.id, version: completed.version }, contextFor(recruiter))).toMatchObject({ ok: false });

    const ben = referee(app.id, "Ben Okoye");
    expect(removeReferee({ referenceId: ben.id, version: ben.version }, contextFor(recruiter)).ok).toBe(true);
    expect(listReferences(recruiter, app)!.map((r) => r.name)).toEqual(["Ana Ruiz"]);
    expect(db().select().from(auditLog).where(eq(auditLog.action, "reference.delete")).all()).toHaveLength(1);
  });

  it("a call answers the role type's questions: answers to another set are refused", () => {
    const app = newApplication(leadRole, "questions");
    const ben = referee(app.id, "Ben Okoye");
    expect(
      recordReferenceCall({ referenceId: ben.id, version: ben.version, answers: ["only one"], notes: "", outcome: "mixed" }, contextFor(recruiter)),
    ).toMatchObject({ ok: false, message: expect.stringContaining("questions") });
  });
});

describe("the system tick of 'Two references checked'", () => {
  it("the second completed reference ticks it, by the system, with the references as evidence; the first does not and a third does not tick again", () => {
    const app = newApplication(leadRole, "referenced");
    const ana = referee(app.id, "Ana Ruiz");
    const ben = referee(app.id, "Ben Okoye");
    const cy = referee(app.id, "Cy Tan");
    expect(call(ana, "positive").ok).toBe(true);
    expect(tickOf(app.id)).toEqual([]);
    expect(call(ben, "mixed").ok).toBe(true);
    const [tick] = tickOf(app.id);
    expect(tick).toMatchObject({ tickedById: null, evidence: "References: Ana Ruiz (positive), Ben Okoye (mixed)" });
    expect(call(cy, "negative").ok).toBe(true);
    expect(tickOf(app.id)).toEqual([tick]);
    const audits = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "checklist.tick"), eq(auditLog.entityId, String(app.id))))
      .all();
    expect(audits.map((a) => a.details)).toEqual([expect.objectContaining({ item: REFERENCES_ITEM, bySystem: true })]);
  });

  it("a referee added but not called does not count", () => {
    const app = newApplication(leadRole, "half");
    const ana = referee(app.id, "Ana Ruiz");
    referee(app.id, "Ben Okoye");
    call(ana, "positive");
    expect(tickOf(app.id)).toEqual([]);
  });

  it("ticks when the item joins a role's checklist after two calls, and takes the place of a hand tick taken off", () => {
    const role = db().insert(roles).values({ clientId: client.id, title: "Lead 3", type: "lead", status: "open", ownerId: recruiter.id }).returning().get().id;
    db()
      .insert(roleLoops)
      .values({
        roleId: role,
        plan: JSON.stringify(["coding"]),
        weights: JSON.stringify(defaultTemplates.lead.weights),
        checklist: JSON.stringify(["Past startup work"]),
      })
      .run();
    const app = newApplication(role, "late-item");
    call(referee(app.id, "Ana Ruiz"), "positive");
    call(referee(app.id, "Ben Okoye"), "mixed");
    expect(tickOf(app.id)).toEqual([]);
    const loop = db().select().from(roleLoops).where(eq(roleLoops.roleId, role)).get()!;
    const saved = saveRoleLoop(
      { roleId: role, version: loop.version, plan: ["coding"], weights: defaultTemplates.lead.weights, checklist: ["Past startup work", REFERENCES_ITEM] },
      contextFor(recruiter),
    );
    expect(saved.ok).toBe(true);
    expect(tickOf(app.id)).toEqual([expect.objectContaining({ tickedById: null, evidence: "References: Ana Ruiz (positive), Ben Okoye (mixed)" })]);

    // A hand tick from before the rule: taken off, the system's replaces it since the calls are there.
    const old = newApplication(leadRole, "hand-ticked");
    db()
      .insert(checklistTicks)
      .values({ applicationId: old.id, item: REFERENCES_ITEM, evidence: "Called both by phone", tickedById: recruiter.id, tickedAt: new Date() })
      .run();
    call(referee(old.id, "Ana Ruiz"), "positive");
    call(referee(old.id, "Ben Okoye"), "positive");
    expect(tickOf(old.id)).toEqual([expect.objectContaining({ tickedById: recruiter.id })]);
    const handTick = tickOf(old.id)[0].tickedAt.getTime();
    expect(untickChecklistItem({ applicationId: old.id, item: REFERENCES_ITEM, tickedAt: handTick }, contextFor(recruiter)).ok).toBe(true);
    expect(tickOf(old.id)).toEqual([expect.objectContaining({ tickedById: null, evidence: "References: Ana Ruiz (positive), Ben Okoye (positive)" })]);
  });

  it("is not ticked when the role's checklist does not have the item", () => {
    const app = newApplication(noReferencesRole, "no-item");
    call(referee(app.id, "Ana Ruiz"), "positive");
    call(referee(app.id, "Ben Okoye"), "positive");
    expect(tickOf(app.id)).toEqual([]);
  });
});

describe("references are the agency's", () => {
  it("a hiring manager (own company or another) is answered not found and sees nothing", () => {
    const app = newApplication(leadRole, "private");
    const ana = referee(app.id, "Ana Ruiz");
    for (const viewer of [hiringManager, otherHiringManager]) {
      expect(addReferee({ applicationId: app.id, name: "X", relationship: "Y", company: "", email: "x@x.test", phone: "" }, contextFor(viewer))).toMatchObject({
        ok: false,
        message: expect.stringContaining("Not found"),
      });
      expect(call(ana, "negative", viewer)).toMatchObject({ ok: false, message: expect.stringContaining("Not found") });
      expect(removeReferee({ referenceId: ana.id, version: ana.version }, contextFor(viewer)).ok).toBe(false);
      expect(listReferences(viewer, app)).toBeUndefined();
    }
    expect(listReferences(recruiter, app)).toHaveLength(1);
  });
});

describe("summaries for many applications", () => {
  it("counts the role's ticked items and the completed calls per application, for the agency only", () => {
    const done = newApplication(leadRole, "summary-done");
    const empty = newApplication(leadRole, "summary-empty");
    tickChecklistItem({ applicationId: done.id, item: "Past startup work", evidence: "Founding engineer" }, contextFor(recruiter));
    call(referee(done.id, "Ana Ruiz"), "positive");
    call(referee(done.id, "Ben Okoye"), "negative");
    referee(done.id, "Cy Tan");
    const role = { id: leadRole, type: "lead" as const };
    expect(checklistProgress(recruiter, role, [done.id, empty.id])).toEqual(
      new Map([
        [done.id, { done: 2, total: 7 }],
        [empty.id, { done: 0, total: 7 }],
      ]),
    );
    expect(referenceSummaries(recruiter, [done.id, empty.id])).toEqual(
      new Map([
        [done.id, { completed: 2, outcomes: ["positive", "negative"] }],
        [empty.id, { completed: 0, outcomes: [] }],
      ]),
    );
    expect(checklistProgress(hiringManager, role, [done.id])).toBeUndefined();
    expect(referenceSummaries(hiringManager, [done.id])).toBeUndefined();
  });
});
