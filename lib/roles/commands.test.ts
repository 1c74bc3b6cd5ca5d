import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { roles } from "@/db/schema";
import { contextFor, makeApplication, makeOrg, makeViewer } from "@/lib/testing/factories";
import { createRole, updateRole } from "./commands";
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
