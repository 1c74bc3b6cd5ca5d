import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { candidates, notes, roles } from "@/db/schema";
import { addNote, createCandidate } from "@/lib/candidates/commands";
import { candidateFieldsSchema, noteSchema } from "@/lib/candidates/schemas";
import { createRole } from "@/lib/roles/commands";
import { roleFieldsSchema } from "@/lib/roles/schemas";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";

// Loose input found by the security review, posted as a form would post it and run through the
// real schema and command (what action() does), then read back from the database.

let recruiter: ReturnType<typeof makeViewer>;
let clientId: number;
let n = 0;

beforeAll(() => {
  const agency = makeOrg("agency");
  clientId = makeOrg("client").id;
  recruiter = makeViewer("recruiter", agency);
});

const candidateForm = (overrides: Record<string, unknown>) => ({ name: "Ada Lovelace", email: `ada${++n}@x.test`, source: "sourced", ...overrides });
const roleForm = (overrides: Record<string, unknown>) => ({
  title: "Staff engineer",
  clientId: String(clientId),
  type: "lead",
  status: "open",
  headcount: "1",
  ownerId: String(recruiter.id),
  ...overrides,
});

describe("strict numbers, dates and text through the real commands", () => {
  it.each<[unknown, string]>([
    ["0x10", "hex"],
    [true, "a boolean"],
    ["1e1", "an exponent"],
    ["4.5", "a fraction"],
    ["61", "too many years"],
  ])("refuses %j years of experience (%s) with a field message and stores nothing", (years) => {
    const parsed = candidateFieldsSchema.safeParse(candidateForm({ yearsExperience: years }));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ["yearsExperience"] });
    expect(parsed.error!.issues[0].message).toMatch(/whole number of years|At most 60/);
  });

  it('stores 12 years from the form string "12", and nothing from a blank field', async () => {
    const twelve = candidateFieldsSchema.parse(candidateForm({ yearsExperience: "12" }));
    const blank = candidateFieldsSchema.parse(candidateForm({ yearsExperience: "" }));
    const a = await createCandidate(twelve, contextFor(recruiter));
    const b = await createCandidate(blank, contextFor(recruiter));
    const stored = (id: number) => db().select().from(candidates).where(eq(candidates.id, id)).get()!.yearsExperience;
    expect(stored(a.ok ? a.data!.id : 0)).toBe(12);
    expect(stored(b.ok ? b.data!.id : 0)).toBeNull();
  });

  it("refuses a role opened on 2026-02-31 with “Enter a real date”, and accepts 2024-02-29", () => {
    const bad = roleFieldsSchema.safeParse(roleForm({ openedOn: "2026-02-31" }));
    expect(bad.success).toBe(false);
    expect(bad.error!.issues).toEqual([expect.objectContaining({ path: ["openedOn"], message: expect.stringContaining("Enter a real date") })]);
    expect(roleFieldsSchema.safeParse(roleForm({ openedOn: "2024-02-29" })).success).toBe(true);
  });

  it("accepts a role opening next month and refuses one opened in 2206 (a typo for 2026)", () => {
    const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(roleFieldsSchema.safeParse(roleForm({ openedOn: nextMonth })).success).toBe(true);
    const typo = roleFieldsSchema.safeParse(roleForm({ openedOn: "2206-03-01" }));
    expect(typo.error!.issues).toEqual([expect.objectContaining({ path: ["openedOn"], message: "A role opens at most a year from today" })]);
  });

  it('refuses a headcount of "0x2" and a client id of true', () => {
    const parsed = roleFieldsSchema.safeParse(roleForm({ headcount: "0x2", clientId: true }));
    expect(parsed.success).toBe(false);
    const fields = parsed.error!.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["headcount", "clientId"]));
  });

  it("stores names and titles without NUL or bidi override characters", async () => {
    const form = candidateForm({ name: "Ada\u0000 \u202ELovelace\u202C", currentTitle: "Lead\u2066 engineer\u2069\u0007" });
    const created = await createCandidate(candidateFieldsSchema.parse(form), contextFor(recruiter));
    const row = db()
      .select()
      .from(candidates)
      .where(eq(candidates.id, created.ok ? created.data!.id : 0))
      .get()!;
    expect(row.name).toBe("Ada Lovelace");
    expect(row.currentTitle).toBe("Lead engineer");

    const role = createRole(roleFieldsSchema.parse(roleForm({ title: "\u202Erenigne ffats\u0000" })), contextFor(recruiter));
    expect(
      db()
        .select()
        .from(roles)
        .where(eq(roles.id, role.ok ? role.data!.id : 0))
        .get()!.title,
    ).toBe("renigne ffats");
  });

  it("refuses a name that is only control characters as empty", () => {
    const parsed = candidateFieldsSchema.safeParse(candidateForm({ name: "\u202E\u0000" }));
    expect(parsed.error!.issues[0]).toMatchObject({ path: ["name"], message: "Enter the candidate's name" });
  });

  it("keeps a note's line breaks (\\r\\n made \\n) but not its NUL, bell or U+202E", async () => {
    const created = await createCandidate(candidateFieldsSchema.parse(candidateForm({})), contextFor(recruiter));
    const candidateId = created.ok ? created.data!.id : 0;
    const input = noteSchema.parse({ candidateId: String(candidateId), visibility: "internal", body: "First line\r\nsecond\u0000 line\u0007\n\u202Ethird" });
    expect(addNote(input, contextFor(recruiter)).ok).toBe(true);
    expect(db().select().from(notes).where(eq(notes.candidateId, candidateId)).get()!.body).toBe("First line\nsecond line\nthird");
  });
});

describe("a stage move's note", () => {
  it("is cleaned of NUL and bidi overrides like every other text, before it reaches the stage history", async () => {
    const { addCandidateToRole, moveApplications } = await import("@/lib/pipeline/commands");
    const { stageEvents } = await import("@/db/schema");
    const role = createRole(roleFieldsSchema.parse(roleForm({ title: "Note cleaning" })), contextFor(recruiter));
    const candidate = await createCandidate(candidateFieldsSchema.parse(candidateForm({})), contextFor(recruiter));
    if (!role.ok || !candidate.ok) throw new Error("setup failed");
    const added = addCandidateToRole({ roleId: role.data!.id, candidateId: candidate.data!.id }, contextFor(recruiter));
    if (!added.ok) throw new Error(added.message);
    const moved = moveApplications(
      { roleId: role.data!.id, to: "rejected", applications: [{ id: added.data!.id, version: 1 }], reason: "other", note: "late\u0000 \u202Eevil" },
      contextFor(recruiter),
    );
    expect(moved.ok).toBe(true);
    const event = db().select().from(stageEvents).where(eq(stageEvents.applicationId, added.data!.id)).all().at(-1)!;
    expect(event.reason).toBe("Other: late evil");
  });
});
