import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { auditLog, passwordTokens, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/current-user";
import { makeOrg, makeViewer } from "@/lib/testing/factories";

// The actions as a caller posting them directly would reach them: the session is whoever the test
// says is signed in; the request's headers are a plain local request.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => session.viewer }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "trialboard.test", "x-forwarded-for": "10.2.3.4" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createClientUserAction, deactivateClientUserAction, sendPasswordLinkAction } = await import("./people-actions");

const agency = makeOrg("agency");
const client = makeOrg("client", "Action Client");
type Kind = "admin" | "recruiter" | "hiring_manager" | "client_viewer";
const form = (fields: { name: string; email: string; kind?: Kind }) => ({ organizationId: client.id, title: "", kind: "client_viewer" as Kind, ...fields });

describe("the client page's people actions", () => {
  it("a recruiter creates a viewer and gets the link, built on the request's host", async () => {
    session.viewer = makeViewer("recruiter", agency);
    const result = await createClientUserAction(null, form({ name: "Aida Action", email: "aida@action.test" }));
    expect(result).toMatchObject({
      ok: true,
      data: { name: "Aida Action", link: expect.stringMatching(/^http:\/\/trialboard\.test\/set-password\/[\w-]{43}$/) },
    });
    expect(result.ok && "token" in (result.data as object)).toBe(false);
    // The person shows on this very page: no link away to a list only admins may open.
    expect(result.ok && result.link).toBeUndefined();
  });

  it("a recruiter asking for an agency kind gets a field error and nothing is written", async () => {
    session.viewer = makeViewer("recruiter", agency);
    const result = await createClientUserAction(null, form({ name: "Rex Recruiter", email: "rex@action.test", kind: "recruiter" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { kind: expect.stringMatching(/agency users are added by an admin/) } });
    expect(db().select().from(users).where(eq(users.email, "rex@action.test")).get()).toBeUndefined();
  });

  it.each(["hiring_manager", "client_viewer"] as const)("a %s posting them is answered not found, audited, and nothing changes", async (kind) => {
    const target = makeViewer("client_viewer", client);
    session.viewer = makeViewer(kind, client);
    const results = [
      await createClientUserAction(null, form({ name: "Forged", email: `forged-${kind}@action.test` })),
      await sendPasswordLinkAction(null, { userId: target.id }),
      await deactivateClientUserAction(null, { userId: target.id, version: 1 }),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
    expect(
      db()
        .select()
        .from(users)
        .where(eq(users.email, `forged-${kind}@action.test`))
        .get(),
    ).toBeUndefined();
    expect(db().select().from(passwordTokens).where(eq(passwordTokens.userId, target.id)).all()).toEqual([]);
    expect(db().select().from(users).where(eq(users.id, target.id)).get()).toMatchObject({ active: true, version: 1 });
    const refusals = db().select().from(auditLog).where(eq(auditLog.actorId, session.viewer.id)).all();
    expect(refusals.map((r) => r.action)).toEqual(["access.denied", "access.denied", "access.denied"]);
  });

  it("the loser of a concurrent deactivation is told", async () => {
    const target = makeViewer("client_viewer", client);
    session.viewer = makeViewer("recruiter", agency);
    expect(await deactivateClientUserAction(null, { userId: target.id, version: 1 })).toMatchObject({ ok: true });
    expect(await deactivateClientUserAction(null, { userId: target.id, version: 1 })).toMatchObject({
      ok: false,
      conflict: true,
      message: expect.stringMatching(/changed by someone else/),
    });
  });
});
