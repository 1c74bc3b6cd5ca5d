import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applications, auditLog, candidates, checklistTicks, interviews, roleLoops, roles, scorecards } from "@/db/schema";
import { Conflict } from "@/lib/action";
import { createRole } from "@/lib/roles/commands";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import { defaultKits, defaultTemplates, type Weights } from "./defaults";
import { kits, roleLoop, templates } from "./loops";
import { checklistTickCounts, rescoreImpact, rescoreMessage, roleLoopState } from "./role-loop-queries";
import { resetRoleLoop, saveKit, saveRoleLoop, saveTemplate } from "./template-commands";
import { kitSchema, roleLoopSchema, templateSchema } from "./template-schemas";
import { hiddenTicks } from "./checklist-schemas";

let admin: ReturnType<typeof makeViewer>;
let recruiter: ReturnType<typeof makeViewer>;
let hiringManager: ReturnType<typeof makeViewer>;
let otherHiringManager: ReturnType<typeof makeViewer>;
let clientId: number;

beforeAll(() => {
  const agency = makeOrg("agency");
  const client = makeOrg("client");
  clientId = client.id;
  admin = makeViewer("admin", agency);
  recruiter = makeViewer("recruiter", agency);
  hiringManager = makeViewer("hiring_manager", client);
  otherHiringManager = makeViewer("hiring_manager", makeOrg("client"));
});

/** The form's fields for a template: one per weight, plan[] in order, lines for lists. */
function templateForm(weights: Weights, extra: Record<string, unknown> = {}) {
  const t = defaultTemplates.senior;
  return {
    roleType: "senior",
    version: "0",
    plan: t.plan,
    ...Object.fromEntries(Object.entries(weights).map(([a, w]) => [`weights.${a}`, String(w)])),
    checklist: t.checklist.join("\n"),
    redFlags: t.redFlags.join("\n"),
    ...extra,
  };
}
const shifted = (by: number): Weights => ({ ...defaultTemplates.senior.weights, technical_depth: defaultTemplates.senior.weights.technical_depth + by });

describe("the weights rule (the form's schema)", () => {
  it.each([
    [-1, "they add up to 99"],
    [1, "they add up to 101"],
  ])("refuses weights off by %i, with the message on the weights field", (by, message) => {
    const parsed = templateSchema.safeParse(templateForm(shifted(by)));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path[0], i.message])).toEqual([["weights", expect.stringContaining(message)]]);
  });

  it("accepts weights summing to exactly 100, and reads lines and the plan's order", () => {
    const parsed = templateSchema.parse(templateForm(shifted(0), { checklist: " First \n\n Second\r\n", plan: ["references", "coding"] }));
    expect(parsed.weights).toEqual(defaultTemplates.senior.weights);
    expect(parsed.checklist).toEqual(["First", "Second"]);
    expect(parsed.plan).toEqual(["references", "coding"]);
  });

  it("refuses a weight that is not a whole number from 0 to 100, and an empty plan", () => {
    const bad = templateSchema.safeParse({ ...templateForm(shifted(0)), "weights.ownership": "1.5", plan: undefined });
    expect(bad.error!.issues.map((i) => i.path[0]).sort()).toEqual(["plan", "weights"]);
    const negative = roleLoopSchema.safeParse({ ...templateForm({ ...shifted(10), mentorship: -10 }), roleId: "1" });
    // The message names the attribute: the nine weights share one message line.
    expect(negative.error!.issues[0]).toMatchObject({ path: ["weights", "mentorship"], message: "Mentorship: a whole number from 0 to 100" });
    expect(bad.error!.issues.find((i) => i.path[0] === "weights")).toMatchObject({ message: "Ownership: a whole number from 0 to 100" });
  });

  it("pairs a kit's prompts with what to listen for, dropping blank pairs", () => {
    const kit = kitSchema.parse({ kind: "coding", version: "0", attributes: "ownership", prompt: ["Q1", "", "Q3"], listenFor: ["L1", "", ""] });
    expect(kit).toMatchObject({
      attributes: ["ownership"],
      prompts: [
        { prompt: "Q1", listenFor: "L1" },
        { prompt: "Q3", listenFor: "" },
      ],
    });
    const orphan = kitSchema.safeParse({ kind: "coding", version: "0", attributes: [], prompt: [""], listenFor: ["L"] });
    expect(orphan.error!.issues.map((i) => i.path[0]).sort()).toEqual(["attributes", "prompts"]);
  });

  it("names the prompt at fault by its place in the form, blank pairs before it counted", () => {
    const bad = kitSchema.safeParse({
      kind: "coding",
      version: "0",
      attributes: "ownership",
      prompt: ["", "Q".repeat(501), "", "Q4"],
      listenFor: ["", "", "listen only", "L".repeat(501)],
    });
    expect(bad.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["prompts.1.prompt", "Each prompt is at most 500 characters"],
      ["prompts.2.prompt", "Each prompt needs its question"],
      ["prompts.3.listenFor", "What to listen for is at most 500 characters"],
    ]);
  });
});

describe("saving a template (real database)", () => {
  it("saves over the defaults (version 0), then only over the version it was loaded at", () => {
    expect(templates().senior).toMatchObject({ version: 0, edited: false });
    const first = saveTemplate(templateSchema.parse(templateForm(shifted(0), { plan: ["coding", "references"] })), contextFor(admin));
    expect(first).toMatchObject({ ok: true });
    expect(templates().senior).toMatchObject({ version: 1, edited: true, plan: ["coding", "references"] });

    // A second admin who loaded the defaults too is told, and nothing changes.
    const stale = templateSchema.parse(templateForm(shifted(0), { plan: ["culture"] }));
    expect(() => saveTemplate(stale, contextFor(admin))).toThrow(Conflict);
    expect(templates().senior.plan).toEqual(["coding", "references"]);

    const weights = { ...shifted(-5), ownership: defaultTemplates.senior.weights.ownership + 5 };
    expect(saveTemplate(templateSchema.parse(templateForm(weights, { version: "1" })), contextFor(admin))).toMatchObject({ ok: true });
    expect(templates().senior).toMatchObject({ version: 2, weights });
    expect(() => saveTemplate(templateSchema.parse(templateForm(weights, { version: "1" })), contextFor(admin))).toThrow(Conflict);
    const audits = db().select().from(auditLog).where(eq(auditLog.action, "evaluation.template.save")).all();
    expect(audits.map((a) => [a.actorId, a.entityId])).toEqual([
      [admin.id, "senior"],
      [admin.id, "senior"],
    ]);
  });

  it("is refused to anyone but an admin, as not found", () => {
    const input = templateSchema.parse(templateForm(shifted(0), { roleType: "lead" }));
    for (const user of [recruiter, hiringManager]) {
      expect(saveTemplate(input, contextFor(user))).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
    }
    expect(templates().lead.edited).toBe(false);
    const kit = kitSchema.parse({ kind: "culture", version: "0", attributes: ["culture_fit"], prompt: ["Q"], listenFor: ["L"] });
    expect(saveKit(kit, contextFor(recruiter))).toMatchObject({ ok: false });
    expect(kits().culture).toMatchObject({ edited: false, prompts: defaultKits.culture.prompts });
  });

  it("saves a kit, version checked", () => {
    const kit = kitSchema.parse({ kind: "culture", version: "0", attributes: ["culture_fit", "communication"], prompt: ["Q"], listenFor: ["L"] });
    expect(saveKit(kit, contextFor(admin))).toMatchObject({ ok: true, message: "Saved the Culture kit." });
    expect(kits().culture).toMatchObject({ version: 1, attributes: ["culture_fit", "communication"], prompts: [{ prompt: "Q", listenFor: "L" }] });
    expect(() => saveKit(kit, contextFor(admin))).toThrow(Conflict);
  });
});

function newRole(type: "lead" | "senior" | "engineering_manager") {
  const fields = {
    title: `A ${type}`,
    clientId,
    type,
    status: "open",
    headcount: 1,
    ownerId: recruiter.id,
    description: "",
    skills: "",
    timezoneOverlap: "",
    openedOn: "",
  } as const;
  const result = createRole(fields, contextFor(recruiter));
  if (!result.ok) throw new Error(result.message);
  return db().select().from(roles).where(eq(roles.id, result.data!.id)).get()!;
}

describe("each role's loop (real database)", () => {
  it("a new role copies its type's template (as it is now) into its own loop", () => {
    const role = newRole("senior");
    const row = db().select().from(roleLoops).where(eq(roleLoops.roleId, role.id)).get()!;
    expect(row).toMatchObject({ version: 1, updatedById: recruiter.id });
    expect(JSON.parse(row.plan)).toEqual(templates().senior.plan);
    expect(JSON.parse(row.weights)).toEqual(templates().senior.weights);
    expect(JSON.parse(row.checklist)).toEqual(templates().senior.checklist);
    expect(roleLoopState(role)).toMatchObject({ custom: true, fromTemplate: "copy" });
  });

  it("saves the role's weights over its version, refuses a stale one, and resets to the template", () => {
    const role = newRole("lead");
    const weights = { ...defaultTemplates.lead.weights, leadership: 5, technical_depth: 20 };
    const input = roleLoopSchema.parse({ ...templateForm(weights), roleId: String(role.id), version: "1", checklist: "Only item" });
    expect(saveRoleLoop(input, contextFor(recruiter))).toMatchObject({ ok: true });
    expect(roleLoop(role)).toMatchObject({ version: 2, weights, checklist: ["Only item"] });
    expect(roleLoopState(role).fromTemplate).toBe("customised");
    expect(() => saveRoleLoop(input, contextFor(recruiter))).toThrow(Conflict);

    expect(resetRoleLoop({ roleId: role.id, version: 2 }, contextFor(recruiter))).toMatchObject({ ok: true, message: "Reset to the Lead Engineer template." });
    expect(roleLoop(role)).toMatchObject({ version: 3, weights: defaultTemplates.lead.weights });
    expect(roleLoopState(role).fromTemplate).toBe("copy");
  });

  it("saves the loop of a role created before loops existed (version 0)", () => {
    const role = db().insert(roles).values({ clientId, title: "Old", type: "engineering_manager", status: "open", ownerId: recruiter.id }).returning().get();
    expect(roleLoopState(role)).toMatchObject({ version: 0, fromTemplate: "uses" });
    const input = roleLoopSchema.parse({ ...templateForm(defaultTemplates.engineering_manager.weights), roleId: String(role.id), version: "0" });
    expect(saveRoleLoop(input, contextFor(recruiter))).toMatchObject({ ok: true });
    expect(roleLoop(role)).toMatchObject({ version: 1, custom: true });
  });

  it("is not found for a client user, whether or not they see the role", () => {
    const role = newRole("senior");
    const input = roleLoopSchema.parse({ ...templateForm(defaultTemplates.senior.weights), roleId: String(role.id), version: "1" });
    for (const user of [hiringManager, otherHiringManager]) {
      expect(saveRoleLoop(input, contextFor(user))).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
      expect(resetRoleLoop({ roleId: role.id, version: 1 }, contextFor(user))).toMatchObject({ ok: false });
    }
    expect(roleLoop(role).version).toBe(1);
  });
});

describe("the re-score count", () => {
  it("counts current submitted scorecards on the role's applications, and on how many applications", () => {
    const role = newRole("senior");
    const other = newRole("senior");
    const appOn = (roleId: number, name: string) => {
      const c = db()
        .insert(candidates)
        .values({ name, email: `${name}@x.test`, emailNormalized: `${name}@x.test`, source: "sourced" })
        .returning()
        .get();
      return db().insert(applications).values({ roleId, candidateId: c.id, stage: "interviewing", ownerId: recruiter.id }).returning().get();
    };
    const card = (app: { id: number }, status: "draft" | "submitted", superseded = false, revision = 1) => {
      const interview = db()
        .insert(interviews)
        .values({ applicationId: app.id, kind: "coding", startsAt: new Date(), durationMinutes: 60, createdById: recruiter.id, status: "completed" })
        .returning()
        .get();
      db()
        .insert(scorecards)
        .values({
          interviewId: interview.id,
          applicationId: app.id,
          interviewerId: recruiter.id,
          status,
          revision,
          supersededAt: superseded ? new Date() : null,
        })
        .run();
    };
    expect(rescoreImpact(recruiter, role.id)).toEqual({ scorecards: 0, applications: 0 });
    const [a, b, c] = [appOn(role.id, "rs-a"), appOn(role.id, "rs-b"), appOn(other.id, "rs-c")];
    card(a, "submitted");
    card(a, "submitted");
    card(b, "submitted");
    card(b, "draft"); // not submitted
    card(b, "submitted", true); // an amended earlier revision
    card(c, "submitted"); // another role
    const impact = rescoreImpact(recruiter, role.id)!;
    expect(impact).toEqual({ scorecards: 3, applications: 2 });
    expect(rescoreMessage(impact)).toBe("Changing the weights re-scores 3 submitted scorecards on 2 applications.");
    expect(rescoreMessage({ scorecards: 1, applications: 1 })).toBe("Changing the weights re-scores 1 submitted scorecard on 1 application.");
    expect(rescoreImpact(otherHiringManager, role.id)).toBeUndefined();

    // The same weights re-score nothing: the save does not claim it did.
    const same = roleLoopSchema.parse({ ...templateForm(roleLoopState(role).weights), roleId: String(role.id), version: "1" });
    expect(saveRoleLoop(same, contextFor(recruiter))).toMatchObject({ ok: true, message: "Saved the role's loop." });
    const now = roleLoopState(role).weights;
    const moved = { ...now, technical_depth: now.technical_depth - 5, system_design: now.system_design + 5 };
    const input = roleLoopSchema.parse({ ...templateForm(moved), roleId: String(role.id), version: "2" });
    expect(saveRoleLoop(input, contextFor(recruiter))).toMatchObject({
      ok: true,
      message: "Saved. The new weights re-scored 3 submitted scorecards on 2 applications.",
    });
  });

  it("says which ticks a checklist change hides, before saving (the page's counts) and after", () => {
    const role = newRole("senior");
    const c = db().insert(candidates).values({ name: "ht", email: "ht@x.test", emailNormalized: "ht@x.test", source: "sourced" }).returning().get();
    const app = db().insert(applications).values({ roleId: role.id, candidateId: c.id, stage: "interviewing", ownerId: recruiter.id }).returning().get();
    const [first, ...rest] = defaultTemplates.senior.checklist;
    db().insert(checklistTicks).values({ applicationId: app.id, item: first, evidence: "Seen in the coding round", tickedById: recruiter.id }).run();
    const counts = checklistTickCounts(recruiter, role.id);
    expect(counts).toEqual({ [first]: 1 });
    expect(hiddenTicks(counts, defaultTemplates.senior.checklist, [`${first} (renamed)`, ...rest])).toEqual([{ item: first, ticks: 1 }]);
    expect(hiddenTicks(counts, defaultTemplates.senior.checklist, defaultTemplates.senior.checklist)).toEqual([]);
    const renamed = roleLoopSchema.parse({
      ...templateForm(defaultTemplates.senior.weights, { checklist: [`${first} (renamed)`, ...rest].join("\n") }),
      roleId: String(role.id),
      version: "1",
    });
    expect(saveRoleLoop(renamed, contextFor(recruiter))).toMatchObject({
      ok: true,
      message: `Saved. The ticks of “${first}” (1 tick) are kept but no longer shown.`,
    });
    expect(checklistTickCounts(otherHiringManager, role.id)).toEqual({});
  });
});
