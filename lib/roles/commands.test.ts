import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { roles, users } from "@/db/schema";
import { contextFor, makeApplication, makeOrg, makeViewer } from "@/lib/testing/factories";
import { createRole, hiringManagerChoices, updateRole } from "./commands";
import { roleFieldsSchema } from "./schemas";

const agency = makeOrg("agency");
const client = makeOrg("client");
const recruiter = makeViewer("recruiter", agency);
const fields = (over: Record<string, string> = {}) =>
  roleFieldsSchema.parse({
    title: "Staff engineer",
    clientId: String(client.id),
    type: "lead",
    status: "open",
    headcount: "2",
    ownerId: String(recruiter.id),
    ...over,
  });

describe("a role's headcount and status against its hires", () => {
  it("cannot be created Filled with nobody hired", () => {
    expect(createRole(fields({ status: "filled" }), contextFor(recruiter))).toMatchObject({
      ok: false,
      fieldErrors: { status: "Filled once 2 of 2 are hired (0 so far): a role ended otherwise is Closed" },
    });
  });

  it("cannot need fewer people than it has hired, nor be Filled before it has them all", () => {
    const made = createRole(fields(), contextFor(recruiter));
    const id = made.ok ? made.data!.id : 0;
    makeApplication({ id }, "hired");
    const version = () => db().select().from(roles).where(eq(roles.id, id)).get()!.version;
    const update = (over: Record<string, string>) => updateRole({ ...fields(over), roleId: id, version: version() }, contextFor(recruiter));
    makeApplication({ id }, "hired");
    expect(update({ headcount: "1" })).toMatchObject({ ok: false, fieldErrors: { headcount: "2 already hired: the headcount cannot be lower" } });
    expect(update({ headcount: "3", status: "filled" })).toMatchObject({ ok: false, fieldErrors: { status: expect.stringContaining("(2 so far)") } });
    expect(update({ headcount: "2", status: "filled" })).toMatchObject({ ok: true });
    expect(update({ headcount: "3", status: "open" })).toMatchObject({ ok: true });
    // A third hire by a trial's conversion takes it past a headcount of 2: its other fields can still be edited.
    expect(update({ headcount: "2", status: "filled" })).toMatchObject({ ok: true });
    makeApplication({ id }, "hired");
    expect(update({ headcount: "2", status: "filled", title: "Staff engineer, payments" })).toMatchObject({ ok: true });
  });
});

describe("the role form's hiring managers of a picked client", () => {
  it("lists the client's active hiring managers by name, not its viewers, nor the deactivated, nor another client's", () => {
    const agency = makeOrg("agency");
    const recruiter = makeViewer("recruiter", agency);
    const client = makeOrg("client");
    const other = makeOrg("client");
    const zed = makeViewer("hiring_manager", client);
    const amy = makeViewer("hiring_manager", client);
    const gone = makeViewer("hiring_manager", client);
    makeViewer("client_viewer", client);
    makeViewer("hiring_manager", other);
    db().update(users).set({ name: "Zed Last" }).where(eq(users.id, zed.id)).run();
    db().update(users).set({ name: "Amy First" }).where(eq(users.id, amy.id)).run();
    db().update(users).set({ active: false }).where(eq(users.id, gone.id)).run();
    const result = hiringManagerChoices({ clientId: client.id }, contextFor(recruiter));
    expect(result).toEqual({
      ok: true,
      data: [
        { id: amy.id, name: "Amy First" },
        { id: zed.id, name: "Zed Last" },
      ],
    });
  });

  it("answers not found for the agency's id, an unknown id, and for a hiring manager asking", () => {
    const agency = makeOrg("agency");
    const recruiter = makeViewer("recruiter", agency);
    const client = makeOrg("client");
    const hm = makeViewer("hiring_manager", client);
    for (const [viewer, clientId] of [
      [recruiter, agency.id],
      [recruiter, 999_999],
      [hm, client.id],
    ] as const) {
      const result = hiringManagerChoices({ clientId }, contextFor(viewer));
      expect(result.ok, `${viewer.kind} asking for ${clientId}`).toBe(false);
      expect(result).toMatchObject({ message: expect.stringMatching(/not found/i) });
    }
  });
});
